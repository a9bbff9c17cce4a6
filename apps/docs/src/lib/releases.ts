/**
 * Releases are folders data/releases/<version>/ (frozen by the release flow). The site lists them, and the
 * downloads integration copies their bytes unchanged to /downloads/<version>/ and /downloads/latest/.
 * The current build (data/dist) is published as "unreleased" beside them.
 */
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { KnownHashes } from './known-hashes.ts';
import { DATA_DIST, RELEASES_DIR } from './paths.ts';

export const UNRELEASED = 'unreleased';
export const LATEST = 'latest';

export interface ReleaseFile {
  /** Path inside the release folder, with "/" separators. */
  path: string;
  bytes: number;
  sha256: string;
}

export interface Release {
  version: string;
  dir: string;
  files: ReleaseFile[];
}

const SEMVER = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?$/u;

/** Orders versions newest first; a pre-release sorts before its release. */
export function compareVersionsDescending(a: string, b: string): number {
  const pa = SEMVER.exec(a);
  const pb = SEMVER.exec(b);
  if (!pa || !pb) throw new Error(`not a semantic version: "${!pa ? a : b}" (expected MAJOR.MINOR.PATCH)`);
  for (let i = 1; i <= 3; i++) {
    const d = Number(pb[i]) - Number(pa[i]);
    if (d !== 0) return d;
  }
  if (pa[4] === pb[4]) return 0;
  if (pa[4] === undefined) return -1;
  if (pb[4] === undefined) return 1;
  return pb[4] < pa[4] ? -1 : 1;
}

export function isVersion(name: string): boolean {
  return SEMVER.test(name);
}

/** A file's size and SHA-256, from its bytes. */
function hashedFile(file: string): { bytes: number; sha256: string } {
  const bytes = readFileSync(file);
  return { bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex') };
}

/** Every file under `dir` in path order, with its size and SHA-256 (`describe` may take them from a cache). */
export function listFiles(dir: string, describe = hashedFile): ReleaseFile[] {
  const out: ReleaseFile[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true }).sort((x, y) => (x.name < y.name ? -1 : 1))) {
      const full = join(d, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push({ path: relative(dir, full).split(sep).join('/'), ...describe(full) });
    }
  };
  walk(dir);
  return out;
}

let cached: Release[] | undefined;

/** Every release folder, newest first. Folders whose names are not versions are ignored with a warning. */
export function listReleases(): Release[] {
  if (cached) return cached;
  if (!existsSync(RELEASES_DIR)) return (cached = []);
  const versions = readdirSync(RELEASES_DIR).filter((name) => statSync(join(RELEASES_DIR, name)).isDirectory());
  for (const name of versions.filter((v) => !isVersion(v))) {
    console.warn(`[docs] data/releases/${name}: not a MAJOR.MINOR.PATCH folder name, so not published`);
  }
  cached = versions
    .filter(isVersion)
    .sort(compareVersionsDescending)
    .map((version) => ({ version, dir: join(RELEASES_DIR, version), files: listFiles(join(RELEASES_DIR, version)) }));
  return cached;
}

export function latestRelease(): Release | undefined {
  return listReleases()[0];
}

let unreleased: ReleaseFile[] | undefined;

/**
 * The files of the current build, hashed once per build: the downloads and SQL pages both list them, and at
 * 10,000 articles (414 MB of files) each of the two pages spent about 3 s hashing them. With `knownHashes` (a
 * file in the site-data store), a file unchanged since the previous build keeps its hash (src/lib/known-hashes.ts).
 */
export function unreleasedFiles(knownHashes?: string): ReleaseFile[] {
  if (unreleased) return unreleased;
  if (!knownHashes) return (unreleased = listFiles(DATA_DIST));
  const known = new KnownHashes(knownHashes);
  unreleased = listFiles(DATA_DIST, known.describe);
  known.save();
  return unreleased;
}

/** Reads a JSON file of a release (quality.json, diff.json, …) when it is there. */
export function readReleaseJson(release: { dir: string }, ...names: string[]): unknown {
  for (const name of names) {
    const file = join(release.dir, name);
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8'));
  }
  return undefined;
}

/** A file's role in a release, for grouping on the downloads page. */
export function fileKind(path: string): 'archive' | 'table' | 'package' | 'checksums' | 'schema' | 'report' | 'other' {
  if (path === 'datapackage.json') return 'package';
  if (/\.(zip|tar\.gz)$/u.test(path)) return 'archive';
  if (/(^|\/)(SHA256SUMS|checksums?)(\.[a-z0-9]+)?$/iu.test(path) || path.endsWith('.sha256')) return 'checksums';
  if (path.startsWith('schemas/') || path.endsWith('.schema.json')) return 'schema';
  if (/^(quality|diff|tombstones|crosswalk|CHANGELOG|README)/iu.test(path)) return 'report';
  if (/\.(csv|json|parquet)$/u.test(path)) return 'table';
  return 'other';
}
