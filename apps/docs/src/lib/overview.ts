/** Facts for the overview page, computed from the current build and the release folders. */
import { siteModel } from './model.ts';
import { LATEST, UNRELEASED, latestRelease } from './releases.ts';

/** The version a reader should cite and download: the newest release, or the unreleased build. */
export function versionStatus() {
  const { data } = siteModel();
  const latest = latestRelease();
  return {
    buildVersion: data.datapackage.version,
    latestVersion: latest?.version,
    /** The folder name under /downloads/ for "the data to use": latest, or unreleased when nothing is released. */
    downloadFolder: latest ? LATEST : UNRELEASED,
    citeVersion: latest?.version ?? `${data.datapackage.version} (unreleased)`,
  };
}
