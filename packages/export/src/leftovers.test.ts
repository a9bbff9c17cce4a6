import { afterAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  utimesSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileInto, writeFilesAtomically } from './write.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function root(): string {
  const dir = mkdtempSync(join(tmpdir(), 'dossier-leftovers-'));
  roots.push(dir);
  return dir;
}

/** The PID of a process that has exited. */
function deadPid(): number {
  return spawnSync(process.execPath, ['-e', '0']).pid!;
}

function folderWith(path: string, file: string, content: string) {
  mkdirSync(path, { recursive: true });
  writeFileSync(join(path, file), content);
}

describe('leftovers of killed builds', () => {
  it('removes the .tmp- and .old- folders a dead build left beside the output', async () => {
    const dir = root();
    const out = join(dir, 'dist');
    folderWith(out, 'a.csv', 'previous');
    const pid = deadPid();
    folderWith(join(dir, `.dist.tmp-${pid}`), 'half.csv', 'x');
    folderWith(join(dir, `.dist.old-${pid}-abc123`), 'older.csv', 'y');
    await writeFilesAtomically(out, (folder) => void writeFileInto(folder, 'b.csv', 'new'));
    expect(readdirSync(dir)).toEqual(['dist']);
    expect(readdirSync(out)).toEqual(['b.csv']);
  });

  it('puts the previous output back when a build was killed between its two renames', async () => {
    const dir = root();
    const pid = deadPid();
    folderWith(join(dir, `.dist.old-${pid}`), 'a.csv', 'previous');
    await expect(
      writeFilesAtomically(join(dir, 'dist'), () => {
        throw new Error('this build fails too');
      }),
    ).rejects.toThrow('this build fails too');
    expect(readFileSync(join(dir, 'dist', 'a.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(dir)).toEqual(['dist']);
  });

  it('does not collide with a folder a previous process of the same PID left (containers reuse PIDs)', async () => {
    const dir = root();
    const out = join(dir, 'dist');
    folderWith(out, 'a.csv', 'previous');
    const mine = join(dir, `.dist.old-${process.pid}`);
    folderWith(mine, 'left.csv', 'from a killed build');
    const longAgo = new Date(Date.now() - 3_600_000 * 24 * 365);
    utimesSync(mine, longAgo, longAgo);
    await writeFilesAtomically(out, (folder) => void writeFileInto(folder, 'b.csv', 'new'));
    expect(readdirSync(out)).toEqual(['b.csv']);
    expect(existsSync(mine)).toBe(false);
  });

  it('leaves alone the folders of a build that is still running', async () => {
    const dir = root();
    const out = join(dir, 'dist');
    const running = join(dir, `.dist.tmp-${process.ppid}-xyz`);
    folderWith(running, 'busy.csv', 'x');
    await writeFilesAtomically(out, (folder) => void writeFileInto(folder, 'b.csv', 'new'));
    expect(existsSync(join(running, 'busy.csv'))).toBe(true);
  });
});
