/**
 * Which Parquet files the SQL page loads: those of the newest release that has them, else the current
 * (unreleased) build's. Decided at build time from the files on disk; the page then fetches them from the
 * site's own /downloads/ folder.
 */
import { existsSync, readdirSync } from 'node:fs';
import { DATA_DIST } from './paths.ts';
import { listReleases, UNRELEASED, type ReleaseFile } from './releases.ts';
import { downloadUrl } from './urls.ts';

export interface SqlSource {
  /** A release version, or "unreleased". */
  version: string;
  tables: Array<{ name: string; url: string }>;
}

/** The build's Parquet files by name (sizes and hashes are not needed here). */
function unreleasedParquetFiles(): Array<Pick<ReleaseFile, 'path'>> {
  if (!existsSync(DATA_DIST)) return [];
  return readdirSync(DATA_DIST)
    .filter((f) => f.endsWith('.parquet'))
    .map((path) => ({ path }));
}

function parquetTables(version: string, files: ReadonlyArray<Pick<ReleaseFile, 'path'>>): SqlSource['tables'] {
  return files
    .filter((f) => /^[a-z_]+\.parquet$/u.test(f.path))
    .map((f) => ({ name: f.path.replace(/\.parquet$/u, ''), url: downloadUrl(version, f.path) }))
    .sort((a, b) => (a.name < b.name ? -1 : 1));
}

export function sqlSource(): SqlSource {
  for (const release of listReleases()) {
    const tables = parquetTables(release.version, release.files);
    if (tables.length) return { version: release.version, tables };
  }
  // Names only: hashing every file of the build (unreleasedFiles) is the downloads page's work, not this one's.
  return { version: UNRELEASED, tables: parquetTables(UNRELEASED, unreleasedParquetFiles()) };
}

/** The example queries, shown as buttons that fill the editor. */
export const EXAMPLE_QUERIES: Array<{ label: string; sql: string }> = [
  {
    label: 'Every title held by a person',
    sql: `SELECT person.name AS person, r.title,
       coalesce(org.name, country.name) AS affiliation,
       r.text, r.article_id
FROM roles r
JOIN entities person ON person.entity_id = r.person_id
LEFT JOIN entities org ON org.entity_id = r.organization_id
LEFT JOIN entities country ON country.entity_id = r.country_id
ORDER BY person, r.title, r.article_id, r.start;`,
  },
  {
    label: 'Quotes per speaker',
    sql: `SELECT coalesce(e.name, q.speaker_text, '(unknown)') AS speaker, count(*) AS quotes
FROM quotes q
LEFT JOIN entities e ON e.entity_id = q.speaker_id
GROUP BY speaker
ORDER BY quotes DESC, speaker;`,
  },
  {
    label: 'Most mentioned entities',
    sql: `SELECT e.name, e.type, count(*) AS mentions
FROM mentions m JOIN entities e USING (entity_id)
GROUP BY e.name, e.type
ORDER BY mentions DESC, e.name
LIMIT 20;`,
  },
];
