/** Facts for the overview page, computed from the current build and the release folders. */
import { siteModel } from './model.ts';
import { pageFacts } from './page-model.ts';
import { LATEST, UNRELEASED, latestRelease } from './releases.ts';
import type { EntitiesRow } from './dataset.ts';

export function coverage() {
  return pageFacts().coverage;
}

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

/** The most mentioned people, each with the role articles most often state for them. */
export function prominentPeople(limit: number): Array<{ entity: EntitiesRow; role: string | undefined }> {
  const m = siteModel();
  return pageFacts()
    .prominentPeople.slice(0, limit)
    .map(({ id, role }) => ({ entity: m.entityById.get(id)!, role }));
}
