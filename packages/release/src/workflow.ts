/**
 * The release workflow and the CI check, wiring the pure cores to the repository's files.
 * Every path comes from ReleasePaths, so tests run the same code on temporary copies.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { formatDiagnostic } from '@dossier/core';
import { readDataset, validateTables } from '@dossier/validate';
import { renderReleaseNotes, insertReleaseNotes, CHANGELOG_TITLE } from './changelog.js';
import { diffDatasets, type DatasetDiff } from './diff/dataset-diff.js';
import { loadSnapshot } from './diff/load.js';
import { renderDiffSummary } from './diff/render.js';
import { EMPTY_DATASET, type DatasetSnapshot } from './diff/snapshot.js';
import { planReleaseFiles, releaseProblems } from './freeze/plan.js';
import { DATASET_PACKAGE, evaluateGate, type GateResult } from './gate/gate.js';
import { summarizeQuality } from './quality.js';
import { pendingBumpFor } from './store/changesets.js';
import { listReleases, readTree, writeReleaseFolder } from './store/files.js';
import { gitReleaseHistoryProblems, verifyReleases } from './store/verify.js';
import { computeTombstones, type Tombstone } from './tombstones/compute.js';
import { checkTombstones, parseTombstonesCsv } from './tombstones/csv.js';
import { computeCrosswalk, type CrosswalkRow } from './crosswalk/compute.js';
import { setCitationVersion } from './citation-file.js';
import { checkCrosswalk } from './crosswalk/csv.js';

export interface ReleasePaths {
  /** The workspace root: where .changeset/ and pnpm-workspace.yaml live. */
  root: string;
  dist: string;
  releases: string;
  schemas: string;
  datasetPackage: string;
  changelog: string;
}

export function defaultPaths(root: string): ReleasePaths {
  const r = resolve(root);
  return {
    root: r,
    dist: join(r, 'data', 'dist'),
    releases: join(r, 'data', 'releases'),
    schemas: join(r, 'schemas'),
    datasetPackage: join(r, 'data', 'package.json'),
    changelog: join(r, 'data', 'CHANGELOG.md'),
  };
}

/** The nearest folder at or above `from` that holds pnpm-workspace.yaml (else `from`). */
export function findWorkspaceRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = resolve(dir, '..');
    if (parent === dir) return resolve(from);
    dir = parent;
  }
}

function packageVersion(paths: ReleasePaths): string {
  const pkg = JSON.parse(readFileSync(paths.datasetPackage, 'utf8')) as { name?: string; version?: string };
  if (pkg.name !== DATASET_PACKAGE)
    throw new Error(`${paths.datasetPackage}: name is ${JSON.stringify(pkg.name)}, expected "${DATASET_PACKAGE}"`);
  return pkg.version ?? '0.0.0';
}

/** Resolves a diff argument: an existing folder, a released version, or "latest". */
export function resolveDatasetArg(arg: string, paths: ReleasePaths): { dir: string; label: string } {
  if (arg === 'latest') {
    const latest = listReleases(paths.releases).at(-1);
    if (!latest) throw new Error(`"latest": there is no release in ${paths.releases}`);
    return { dir: join(paths.releases, latest), label: latest };
  }
  if (existsSync(join(arg, 'datapackage.json'))) return { dir: arg, label: arg };
  const released = join(paths.releases, arg);
  if (existsSync(join(released, 'datapackage.json'))) return { dir: released, label: arg };
  throw new Error(
    `"${arg}" is neither a dataset folder (no datapackage.json there) nor a release in ${paths.releases} (found: ${listReleases(paths.releases).join(', ') || 'none'})`,
  );
}

export function diffFolders(oldArg: string, newArg: string, paths: ReleasePaths): DatasetDiff {
  return diffFoldersWithTombstones(oldArg, newArg, paths).diff;
}

/**
 * The diff of two folders and the tombstones it implies: every ID of OLD that NEW lacks, with its reason,
 * stamped with the version NEW declares (a release stamps its own). Not cumulative: only OLD → NEW.
 */
export function diffFoldersWithTombstones(
  oldArg: string,
  newArg: string,
  paths: ReleasePaths,
): { diff: DatasetDiff; tombstones: Tombstone[] } {
  const a = resolveDatasetArg(oldArg, paths);
  const b = resolveDatasetArg(newArg, paths);
  const before = loadSnapshot(a.dir);
  const after = loadSnapshot(b.dir);
  const diff = diffDatasets(before, after, { from: a.label, to: b.label });
  const crosswalk = checkedCrosswalk(before, after, paths);
  const tombstones = computeTombstones([], before, after, diff, after.version ?? '0.0.0', renamedIds(crosswalk));
  const problems = checkTombstones(tombstones, join(paths.schemas, 'tombstones.schema.json'));
  if (problems.length)
    throw new Error(`tombstones do not match schemas/tombstones.schema.json:\n${problems.join('\n')}`);
  return { diff, tombstones };
}

/** The crosswalk between two folders (see computeCrosswalk), checked against schemas/crosswalk.schema.json. */
export function crosswalkFolders(oldArg: string, newArg: string, paths: ReleasePaths): CrosswalkRow[] {
  return checkedCrosswalk(
    loadSnapshot(resolveDatasetArg(oldArg, paths).dir),
    loadSnapshot(resolveDatasetArg(newArg, paths).dir),
    paths,
  );
}

function checkedCrosswalk(before: DatasetSnapshot, after: DatasetSnapshot, paths: ReleasePaths): CrosswalkRow[] {
  const crosswalk = computeCrosswalk(before, after);
  const problems = checkCrosswalk(crosswalk, join(paths.schemas, 'crosswalk.schema.json'));
  if (problems.length)
    throw new Error(`the crosswalk does not match schemas/crosswalk.schema.json:\n${problems.join('\n')}`);
  return crosswalk;
}

function renamedIds(crosswalk: CrosswalkRow[]): Map<string, string> {
  return new Map(crosswalk.map((r) => [`${r.table}\u0000${r.old_id}`, r.new_id]));
}

export interface CheckResult {
  ok: boolean;
  lines: string[];
  gate: GateResult | null;
}

/** The CI check: every release folder intact, git history clean, and the pending changesets big enough. */
export async function runCheck(paths: ReleasePaths): Promise<CheckResult> {
  const lines: string[] = [];
  const { releases, problems } = verifyReleases(paths.releases);
  const history = gitReleaseHistoryProblems(paths.root, paths.releases);
  const immutability = [...problems, ...history.problems];
  if (immutability.length)
    lines.push(`immutability: ${immutability.length} problem(s):`, ...immutability.map((p) => `  - ${p}`));
  else
    lines.push(
      `immutability: ${releases.length} release(s) intact${releases.length ? ` (${releases.join(', ')})` : ''}${history.checked ? '; git history has no edit to a released file' : '; not a git checkout, history not checked'}`,
    );
  const last = releases.at(-1) ?? null;
  let diff: DatasetDiff | null = null;
  if (last !== null) {
    if (!existsSync(join(paths.dist, 'datapackage.json'))) {
      lines.push(`semver gate: ${paths.dist} has no build to compare with release ${last}: run pnpm build first`);
      return { ok: false, lines, gate: null };
    }
    try {
      diff = diffDatasets(loadSnapshot(join(paths.releases, last)), loadSnapshot(paths.dist), {
        from: last,
        to: 'current build',
      });
    } catch (e) {
      // A damaged release cannot be compared with; the immutability problems above already say why.
      lines.push(`semver gate: cannot compare release ${last} with the build: ${(e as Error).message.split('\n')[0]}`);
      return { ok: false, lines, gate: null };
    }
  }
  const gate = evaluateGate({
    lastRelease: last,
    packageVersion: packageVersion(paths),
    pending: await pendingBumpFor(paths.root, DATASET_PACKAGE),
    diff,
  });
  lines.push(gate.message);
  return { ok: immutability.length === 0 && gate.ok, lines, gate };
}

export interface ReleaseResult {
  version: string;
  folder: string;
  diff: DatasetDiff;
  tombstones: Tombstone[];
  /** Rows whose ID changed though the row did not (written as crosswalk.csv when not empty). */
  crosswalk: CrosswalkRow[];
  files: number;
}

/** Freezes the current build as the dataset package's version. Throws with every reason when it may not. */
export async function runRelease(paths: ReleasePaths): Promise<ReleaseResult> {
  const version = packageVersion(paths);
  const verified = verifyReleases(paths.releases);
  if (verified.problems.length)
    throw new Error(
      `the existing releases are not intact; fix that before releasing:\n${verified.problems.map((p) => `  - ${p}`).join('\n')}`,
    );
  const released = listReleases(paths.releases);
  const previous = released.at(-1) ?? null;
  if (!existsSync(join(paths.dist, 'datapackage.json')))
    throw new Error(`${paths.dist} has no build: run pnpm build (pnpm release builds first)`);

  // The release is what a consumer would download: read it as one and validate every row before freezing it.
  const read = readDataset(paths.dist);
  const invalid = [...read.diagnostics.filter((d) => d.severity === 'error'), ...validateTables(read.tables)];
  if (invalid.length)
    throw new Error(`${paths.dist} is not a valid dataset:\n${invalid.map(formatDiagnostic).join('\n')}`);

  const before = previous ? loadSnapshot(join(paths.releases, previous)) : EMPTY_DATASET;
  const after = loadSnapshot(paths.dist);
  const diff = diffDatasets(before, after, { from: previous, to: version });
  const pending = await pendingBumpFor(paths.root, DATASET_PACKAGE);
  const problems = releaseProblems({
    version,
    released,
    builtVersion: read.datapackage.version ?? null,
    pendingChangesets: pending.files,
    diff: previous ? diff : null,
  });
  if (problems.length) throw new Error(`cannot release ${version}:\n${problems.map((p) => `  - ${p}`).join('\n')}`);

  const previousTombstonesFile = previous ? join(paths.releases, previous, 'tombstones.csv') : null;
  const previousTombstones =
    previousTombstonesFile && existsSync(previousTombstonesFile)
      ? parseTombstonesCsv(readFileSync(previousTombstonesFile, 'utf8'), previousTombstonesFile)
      : [];
  const crosswalk = checkedCrosswalk(before, after, paths);
  const tombstones = computeTombstones(previousTombstones, before, after, diff, version, renamedIds(crosswalk));
  const tombstoneProblems = checkTombstones(tombstones, join(paths.schemas, 'tombstones.schema.json'));
  if (tombstoneProblems.length)
    throw new Error(`tombstones do not match schemas/tombstones.schema.json:\n${tombstoneProblems.join('\n')}`);

  const files = planReleaseFiles({
    dist: readTree(paths.dist),
    schemas: readTree(paths.schemas),
    diff,
    tombstones,
    crosswalk,
    version,
  });
  const folder = writeReleaseFolder(paths.releases, version, files);

  const qualityFile = join(paths.dist, 'quality.json');
  const quality = existsSync(qualityFile) ? summarizeQuality(JSON.parse(readFileSync(qualityFile, 'utf8'))) : null;
  const notes = renderReleaseNotes({ version, diffSummary: renderDiffSummary(diff), quality });
  const changelog = existsSync(paths.changelog) ? readFileSync(paths.changelog, 'utf8') : `${CHANGELOG_TITLE}\n`;
  writeFileSync(paths.changelog, insertReleaseNotes(changelog, version, notes));
  const citationFile = join(paths.root, 'CITATION.cff');
  if (existsSync(citationFile))
    writeFileSync(citationFile, setCitationVersion(readFileSync(citationFile, 'utf8'), version, citationFile));
  return { version, folder, diff, tombstones, crosswalk, files: files.length };
}
