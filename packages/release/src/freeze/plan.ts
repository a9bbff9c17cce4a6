/**
 * What a release folder holds, and whether a version may be released. Pure: the caller reads the build,
 * the schemas and the previous releases, and writes the planned files.
 */
import { bumpBetween, bumpRank, isVersion, sortVersions } from '../bump.js';
import type { DatasetDiff } from '../diff/dataset-diff.js';
import { renderDiffMarkdown } from '../diff/render.js';
import type { Tombstone } from '../tombstones/compute.js';
import { renderTombstonesCsv } from '../tombstones/csv.js';
import type { CrosswalkRow } from '../crosswalk/compute.js';
import { CROSSWALK_FILE, renderCrosswalkCsv } from '../crosswalk/csv.js';
import { releaseArchives } from './archives.js';
import { CHECKSUM_FILE, renderSha256Sums } from './checksums.js';

export interface FileEntry {
  /** Relative to the release folder, "/"-separated. */
  path: string;
  bytes: Uint8Array;
}

export const SCHEMAS_SUBDIR = 'schemas';
export const RELEASE_OWN_FILES = ['diff.json', 'diff.md', 'tombstones.csv', CROSSWALK_FILE, CHECKSUM_FILE];

export interface ReleaseCheckInput {
  version: string;
  released: string[];
  /** "version" in the built datapackage.json. */
  builtVersion: string | null;
  /** Pending changeset files that still name the dataset package. */
  pendingChangesets: string[];
  /** Last release → build; null for the first release. */
  diff: DatasetDiff | null;
}

/** Every reason not to release, as messages that say what to do. Empty means go. */
export function releaseProblems(input: ReleaseCheckInput): string[] {
  const { version } = input;
  if (!isVersion(version)) return [`data/package.json version "${version}" is not MAJOR.MINOR.PATCH`];
  const problems: string[] = [];
  if (version === '0.0.0')
    problems.push(
      'data/package.json is still at 0.0.0: add a changeset for @dossier/dataset (pnpm changeset) and apply it (pnpm version-dataset) first',
    );
  if (input.released.includes(version)) {
    problems.push(
      `version ${version} is already released (data/releases/${version}); released folders are immutable, so a new release needs a new version: add a changeset and run pnpm version-dataset`,
    );
  }
  const latest = sortVersions(input.released).at(-1) ?? null;
  if (latest !== null && !input.released.includes(version) && safeBump(latest, version) === 0) {
    problems.push(`version ${version} is older than the latest release ${latest}: releases only move forward`);
  }
  if (input.builtVersion !== version) {
    problems.push(
      `data/dist/datapackage.json says version ${JSON.stringify(input.builtVersion)}, but data/package.json says ${version}: rebuild (pnpm release builds first; or pnpm build)`,
    );
  }
  if (input.pendingChangesets.length) {
    problems.push(
      `changesets for @dossier/dataset are still pending (${input.pendingChangesets.join(', ')}): run pnpm version-dataset so that the version and CHANGELOG include them`,
    );
  }
  if (latest !== null && input.diff && problems.length === 0) {
    const actual = bumpBetween(latest, version);
    if (input.diff.bump === 'none')
      problems.push(`the build has the same data as release ${latest}: there is nothing to release`);
    else if (bumpRank(actual) < bumpRank(input.diff.bump)) {
      problems.push(
        `${latest} → ${version} is a ${actual} bump, but the data needs ${input.diff.bump} because:\n${input.diff.reasons
          .filter((r) => bumpRank(r.bump) > bumpRank(actual))
          .map((r) => `  - ${r.bump}: ${r.text}`)
          .join('\n')}`,
      );
    }
  }
  return problems;
}

function safeBump(from: string, to: string): number {
  try {
    return bumpRank(bumpBetween(from, to));
  } catch {
    return 0;
  }
}

/**
 * The release folder's files, SHA256SUMS last (it covers every other file); crosswalk.csv only when some row
 * changed its ID. Given a version, also dossier-<version>.zip and .tar.gz: every other file of the folder, so
 * not SHA256SUMS (which lists their hashes) and not each other.
 */
export function planReleaseFiles(input: {
  dist: FileEntry[];
  schemas: FileEntry[];
  diff: DatasetDiff;
  tombstones: Tombstone[];
  crosswalk?: CrosswalkRow[];
  version?: string;
}): FileEntry[] {
  const clash = input.dist.filter((f) => RELEASE_OWN_FILES.includes(f.path) || f.path.startsWith(`${SCHEMAS_SUBDIR}/`));
  if (clash.length)
    throw new Error(
      `the build holds ${clash.map((f) => f.path).join(', ')}, which the release writes itself: rename them in the build`,
    );
  const text = (s: string): Uint8Array => new TextEncoder().encode(s);
  const files: FileEntry[] = [
    ...input.dist,
    ...input.schemas.map((f) => ({ path: `${SCHEMAS_SUBDIR}/${f.path}`, bytes: f.bytes })),
    { path: 'diff.json', bytes: text(`${JSON.stringify(input.diff, null, 2)}\n`) },
    { path: 'diff.md', bytes: text(renderDiffMarkdown(input.diff, { maxRowsPerList: 500 })) },
    { path: 'tombstones.csv', bytes: text(renderTombstonesCsv(input.tombstones)) },
  ];
  if (input.crosswalk?.length) files.push({ path: CROSSWALK_FILE, bytes: text(renderCrosswalkCsv(input.crosswalk)) });
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  if (input.version !== undefined) {
    const archives = releaseArchives(input.version, files);
    files.push(archives.tarGz, archives.zip);
    files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  }
  return [...files, { path: CHECKSUM_FILE, bytes: text(renderSha256Sums(files)) }];
}
