/** Facts for the overview page, computed from the current build and the release folders. */
import { describeRole, siteModel } from './model.ts';
import { LATEST, UNRELEASED, latestRelease } from './releases.ts';
import type { EntitiesRow } from './dataset.ts';

export function coverage() {
  const { data } = siteModel();
  const dates = data.articles.map((a) => a.published).sort();
  const outlets = [...new Set(data.articles.map((a) => a.outlet))].sort();
  const byType = new Map<string, number>();
  for (const e of data.entities) byType.set(e.type, (byType.get(e.type) ?? 0) + 1);
  return {
    articles: data.articles.length,
    words: data.articles.reduce((n, a) => n + a.word_count, 0),
    outlets,
    firstDate: dates[0],
    lastDate: dates.at(-1),
    entitiesByType: [...byType].sort((a, b) => b[1] - a[1]),
  };
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
  return m.data.entities
    .filter((e) => e.type === 'person')
    .sort((a, b) => b.mention_count - a.mention_count || (a.name < b.name ? -1 : 1))
    .slice(0, limit)
    .map((entity) => {
      const counts = new Map<string, number>();
      for (const r of m.rolesByPerson.get(entity.entity_id) ?? []) {
        const label = describeRole(r);
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
      const role = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]?.[0];
      return { entity, role };
    });
}
