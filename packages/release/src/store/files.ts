/** Edge: reading folders into FileEntry lists and writing a release folder all at once. */
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import { isVersion, sortVersions } from '../bump.js';
import type { FileEntry } from '../freeze/plan.js';

/** Every regular file under dir, paths relative and "/"-separated, sorted. Hidden files are skipped. */
export function readTree(dir: string, prefix = ''): FileEntry[] {
  const out: FileEntry[] = [];
  for (const name of readdirSync(dir).sort()) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    const rel = prefix ? `${prefix}/${name}` : name;
    if (statSync(full).isDirectory()) out.push(...readTree(full, rel));
    else out.push({ path: rel, bytes: readFileSync(full) });
  }
  return out;
}

/** Release folders (MAJOR.MINOR.PATCH names), oldest first. Anything else in the folder is ignored here and reported by verify. */
export function listReleases(releasesDir: string): string[] {
  if (!existsSync(releasesDir)) return [];
  return sortVersions(
    readdirSync(releasesDir).filter((n) => isVersion(n) && statSync(join(releasesDir, n)).isDirectory()),
  );
}

/**
 * Writes the whole folder under a temporary name and renames it into place, so a release is either
 * complete or absent. Refuses to touch an existing release folder.
 */
export function writeReleaseFolder(releasesDir: string, version: string, files: FileEntry[]): string {
  const target = join(releasesDir, version);
  if (existsSync(target))
    throw new Error(`${target} already exists: released folders are immutable and a version is released once`);
  mkdirSync(releasesDir, { recursive: true });
  // PID plus a random suffix: a killed release's leftover (or another process with a reused PID) never collides.
  const temp = mkdtempSync(join(releasesDir, `.${version}.tmp-${process.pid}-`));
  try {
    for (const f of files) {
      const path = join(temp, ...f.path.split('/'));
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.bytes);
    }
    renameSync(temp, target);
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    throw e;
  }
  return target;
}
