/**
 * Edge: the immutability checks. A release folder must match its SHA256SUMS exactly (no changed, missing
 * or extra file) and say its own version; in a git checkout, no commit and no working-tree change may have
 * modified or deleted a file that a release added.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { isVersion } from '../bump.js';
import { CHECKSUM_FILE, parseSha256Sums, sha256Hex } from '../freeze/checksums.js';
import { readTree } from './files.js';

export function verifyReleaseFolder(dir: string, version: string): string[] {
  const sumsPath = join(dir, CHECKSUM_FILE);
  if (!existsSync(sumsPath)) return [`${sumsPath}: missing; every release folder carries its checksums`];
  const problems: string[] = [];
  let listed: Map<string, string>;
  try {
    listed = parseSha256Sums(readFileSync(sumsPath, 'utf8'), sumsPath);
  } catch (e) {
    return [(e as Error).message];
  }
  const present = new Map(
    readTree(dir)
      .filter((f) => f.path !== CHECKSUM_FILE)
      .map((f) => [f.path, f.bytes]),
  );
  for (const [path, expected] of listed) {
    const bytes = present.get(path);
    if (!bytes)
      problems.push(`${join(dir, path)}: listed in ${CHECKSUM_FILE} but missing (released files are never deleted)`);
    else if (sha256Hex(bytes) !== expected)
      problems.push(
        `${join(dir, path)}: changed after release (sha256 expected ${expected}, found ${sha256Hex(bytes)}); released files are immutable: revert it and release a new version instead`,
      );
  }
  for (const path of present.keys()) {
    if (!listed.has(path))
      problems.push(`${join(dir, path)}: not in ${CHECKSUM_FILE}; nothing may be added to a released folder`);
  }
  const dp = present.get('datapackage.json');
  if (dp) {
    const declared = (JSON.parse(Buffer.from(dp).toString('utf8')) as { version?: unknown }).version;
    if (declared !== version)
      problems.push(
        `${join(dir, 'datapackage.json')}: version is ${JSON.stringify(declared)}, expected ${version} (the folder name)`,
      );
  } else if (!problems.length) {
    problems.push(`${join(dir, 'datapackage.json')}: missing`);
  }
  return problems;
}

/** Checks every folder in data/releases; names must be versions (temporary folders left by a crash are reported). */
export function verifyReleases(releasesDir: string): { releases: string[]; problems: string[] } {
  if (!existsSync(releasesDir)) return { releases: [], problems: [] };
  const releases: string[] = [];
  const problems: string[] = [];
  for (const name of readdirSync(releasesDir).sort()) {
    const full = join(releasesDir, name);
    if (!statSync(full).isDirectory()) continue;
    if (!isVersion(name)) {
      problems.push(
        `${full}: not a release folder (expected a MAJOR.MINOR.PATCH name${name.includes('.tmp-') ? '; this is what an interrupted release leaves behind: delete it' : ''})`,
      );
      continue;
    }
    releases.push(name);
    problems.push(...verifyReleaseFolder(full, name));
  }
  return { releases, problems };
}

function git(root: string, args: string[]): string | null {
  try {
    return execFileSync('git', args, {
      cwd: root,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch {
    return null;
  }
}

/**
 * Git remembers what checksums cannot: a released file edited together with its SHA256SUMS, or a folder
 * deleted and released again. Any commit or uncommitted change that modifies, deletes or renames a file under
 * the releases folder is a problem. Outside a git checkout (a downloaded tarball) this check is skipped.
 */
export function gitReleaseHistoryProblems(root: string, releasesDir: string): { checked: boolean; problems: string[] } {
  if (git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return { checked: false, problems: [] };
  const top = git(root, ['rev-parse', '--show-toplevel'])?.trim() ?? root;
  const rel = relative(top, releasesDir) || '.';
  const problems: string[] = [];
  const hasHead = git(root, ['rev-parse', '--verify', '-q', 'HEAD']) !== null;
  if (hasHead) {
    const log = git(top, ['log', '--format=commit %h %s', '--name-status', '--diff-filter=MDRT', '--', rel]) ?? '';
    let commit = '';
    for (const line of log.split('\n')) {
      if (line.startsWith('commit ')) commit = line.slice(7);
      else if (/^[MDRT]/.test(line))
        problems.push(
          `commit ${commit}: ${line.split('\t').slice(1).join(' → ')} (${line[0] === 'D' ? 'deleted' : 'modified'} a released file)`,
        );
    }
    const work = git(top, ['diff', '--name-status', 'HEAD', '--', rel]) ?? '';
    for (const line of work.split('\n')) {
      if (/^[MDRT]/.test(line))
        problems.push(
          `uncommitted change: ${line.split('\t').slice(1).join(' → ')} (${line[0] === 'D' ? 'deleted' : 'modified'} a released file)`,
        );
    }
  }
  return { checked: true, problems };
}

/**
 * Tracked files outside data/ with uncommitted changes: a release built from them cannot be rebuilt from any
 * commit. The release flow itself only touches data/ and .changeset/, so those are left out.
 */
export function uncommittedSourceChanges(root: string): string[] {
  if (git(root, ['rev-parse', '--is-inside-work-tree'])?.trim() !== 'true') return [];
  const out =
    git(root, ['status', '--porcelain', '--untracked-files=no', '--', '.', ':(exclude)data', ':(exclude).changeset']) ??
    '';
  return out
    .split('\n')
    .filter(Boolean)
    .map((l) => l.slice(3))
    .sort();
}
