/** The output guard: `--out` paths whose replacement would destroy a user's files are refused before anything runs. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { DiagnosticsError } from '@dossier/core';
import { writeFilesAtomically } from '@dossier/export';
import { buildDataset } from './build.js';
import { unsafeOutputReasons } from './out-guard.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

const ARTICLE = 'date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\nThe harbour board met on Tuesday.\n';

/** A workspace like a user's clone: repo/.git, repo/data/raw/a.txt, repo/data/gold/g.json. */
function clone(): string {
  const repo = mkdtempSync(join(tmpdir(), 'dossier-guard-'));
  roots.push(repo);
  mkdirSync(join(repo, '.git'));
  writeFileSync(join(repo, '.git', 'HEAD'), 'ref: refs/heads/main\n');
  mkdirSync(join(repo, 'data', 'raw'), { recursive: true });
  mkdirSync(join(repo, 'data', 'gold'), { recursive: true });
  writeFileSync(join(repo, 'data', 'raw', 'a.txt'), ARTICLE);
  writeFileSync(join(repo, 'data', 'gold', 'g.json'), '{}');
  writeFileSync(join(repo, 'notes.md'), '# my notes\n');
  return repo;
}

function snapshot(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
}

async function refused(inputDir: string, outDir: string, reason: RegExp) {
  const error = await buildDataset({ inputDir, outDir, jobs: 1 }).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error, `the build into ${outDir} should have been refused`).toBeInstanceOf(DiagnosticsError);
  const [d] = (error as DiagnosticsError).diagnostics;
  expect(d!.ruleId).toBe('pipeline/unsafe-output');
  expect(d!.message).toMatch(reason);
  expect(d!.expected).toBeTruthy();
  expect(d!.actual).toBeTruthy();
}

describe('buildDataset refuses an output folder it would destroy', () => {
  it('--out equal to --input: the articles stay', async () => {
    const repo = clone();
    const before = snapshot(repo);
    await refused(join(repo, 'data', 'raw'), join(repo, 'data', 'raw'), /is the input folder/);
    expect(snapshot(repo)).toEqual(before);
  });

  it('--out inside --input', async () => {
    const repo = clone();
    await refused(join(repo, 'data', 'raw'), join(repo, 'data', 'raw', 'dist'), /inside the input folder/);
  });

  it('--input data/raw --out data: data/raw and data/gold stay', async () => {
    const repo = clone();
    const before = snapshot(repo);
    await refused(join(repo, 'data', 'raw'), join(repo, 'data'), /contains the input folder/);
    expect(snapshot(repo)).toEqual(before);
  });

  it('--out the repository root (input elsewhere): .git stays', async () => {
    const repo = clone();
    const elsewhere = clone();
    const before = snapshot(repo);
    await refused(join(elsewhere, 'data', 'raw'), repo, /contains a repository/);
    expect(snapshot(repo)).toEqual(before);
  });

  it('--out inside a .git folder', async () => {
    const repo = clone();
    const elsewhere = clone();
    await refused(join(elsewhere, 'data', 'raw'), join(repo, '.git', 'dist'), /inside a \.git folder/);
  });

  it('--out an existing file: notes.md stays a file', async () => {
    const repo = clone();
    const elsewhere = clone();
    await refused(join(elsewhere, 'data', 'raw'), join(repo, 'notes.md'), /existing file/);
    expect(readFileSync(join(repo, 'notes.md'), 'utf8')).toBe('# my notes\n');
  });

  it('--out an existing non-empty folder that is not a Dossier build', async () => {
    const repo = clone();
    const elsewhere = clone();
    const photos = join(elsewhere, 'photos');
    mkdirSync(photos);
    writeFileSync(join(photos, 'cat.jpg'), 'meow');
    writeFileSync(join(photos, 'datapackage.json'), '{"name": "someone-else"}');
    await refused(join(repo, 'data', 'raw'), photos, /non-empty folder without a datapackage\.json written by dossier/);
    expect(readdirSync(photos).sort()).toEqual(['cat.jpg', 'datapackage.json']);
  });

  it('--out reached through a symbolic link to the input folder', async () => {
    const repo = clone();
    const link = join(repo, 'link-to-raw');
    symlinkSync(join(repo, 'data', 'raw'), link);
    await refused(join(repo, 'data', 'raw'), link, /is the input folder/);
  });

  it('accepts a new folder, an empty one, and its own previous output', async () => {
    const repo = clone();
    const input = join(repo, 'data', 'raw');
    expect(unsafeOutputReasons(input, join(repo, 'data', 'dist'))).toEqual([]);
    mkdirSync(join(repo, 'data', 'empty'));
    expect(unsafeOutputReasons(input, join(repo, 'data', 'empty'))).toEqual([]);
    const out = join(repo, 'data', 'dist');
    await buildDataset({ inputDir: input, outDir: out, jobs: 1 });
    await buildDataset({ inputDir: input, outDir: out, jobs: 1 });
    expect(readdirSync(out)).toContain('datapackage.json');
  });
});

/**
 * A folder that cannot be written, even by root: `chattr +i` makes it immutable (ext4 and most Linux file
 * systems). Where chattr is missing or refused (tmpfs, no capability), these cases are skipped.
 */
function immutableFolder(): string | undefined {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-readonly-'));
  roots.push(dir);
  const locked = join(dir, 'locked');
  mkdirSync(locked);
  if (spawnSync('chattr', ['+i', locked]).status !== 0) return undefined;
  lockedFolders.push(locked);
  return locked;
}
const lockedFolders: string[] = [];
afterAll(() => {
  for (const f of lockedFolders) spawnSync('chattr', ['-i', f]);
});
const probe = spawnSync('sh', ['-c', 'command -v chattr']).status === 0;

describe.skipIf(!probe)('an output folder that cannot be written', () => {
  it('is refused as "permission denied", naming the folder (not ENOENT)', async (context) => {
    const locked = immutableFolder();
    if (!locked) return context.skip();
    const repo = clone();
    await refused(
      join(repo, 'data', 'raw'),
      join(locked, 'dist'),
      /permission denied: .*locked cannot be written \(E(PERM|ACCES)\)/,
    );
  });

  it('a failure to write is said as "permission denied" by the atomic writer too', async (context) => {
    const locked = immutableFolder();
    if (!locked) return context.skip();
    await expect(writeFilesAtomically(join(locked, 'dist'), () => {})).rejects.toThrow(
      /^permission denied: cannot write the output into .*locked \(E(PERM|ACCES)\)/,
    );
  });
});
