/** The input files' recorded hashes: given back only for a file whose size, time, inode and device are unchanged. */
import { describe, expect, it } from 'vitest';
import { copyFileSync, linkSync, mkdtempSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SourceStats, SourceStatsWriter } from './source-stats.js';

const temp = () => mkdtempSync(join(tmpdir(), 'dossier-sources-'));

/** A file and a list recording it, sealed a minute after the file was written (so not racily clean). */
function recorded(): { file: string; list: string } {
  const dir = temp();
  const file = join(dir, 'a01.txt');
  writeFileSync(file, 'date 2024-05-01 By Lena Vasquez, Coastline Courier\n\nThe ferry runs again.\n');
  const writer = new SourceStatsWriter();
  writer.set(file, statSync(file), 'recorded-hash');
  const list = join(dir, 'digests', 'sources.json');
  writer.commit(list);
  const sealed = new Date(statSync(file).mtimeMs + 60_000);
  utimesSync(list, sealed, sealed);
  return { file, list };
}

describe('the recorded hashes of the input files', () => {
  it('gives the recorded hash for an unchanged file, and none for a file it does not know', () => {
    const { file, list } = recorded();
    const stats = SourceStats.open(list)!;
    expect(stats.contentHash(file, statSync(file))).toBe('recorded-hash');
    expect(stats.contentHash(`${file}.other`, statSync(file))).toBeUndefined();
  });

  it('knows the same file under the same name in another folder (a hard link), not a copy of it', () => {
    const { file, list } = recorded();
    const stats = SourceStats.open(list)!;
    const linked = join(temp(), 'a01.txt');
    linkSync(file, linked);
    expect(stats.contentHash(file, statSync(linked))).toBe('recorded-hash');
    const copied = join(temp(), 'a01.txt');
    copyFileSync(file, copied);
    utimesSync(copied, statSync(file).atime, statSync(file).mtime);
    expect(stats.contentHash(file, statSync(copied))).toBeUndefined();
  });

  it('gives none for a file written since (same size), replaced by another, or resized', () => {
    const { file, list } = recorded();
    const stats = SourceStats.open(list)!;
    const before = statSync(file);
    writeFileSync(file, readFileSync(file, 'utf8').replace('runs', 'sank'));
    utimesSync(file, new Date(before.mtimeMs + 1000), new Date(before.mtimeMs + 1000));
    expect(statSync(file).size).toBe(before.size);
    expect(stats.contentHash(file, statSync(file))).toBeUndefined();
    expect(stats.contentHash(file, { ...before, ino: before.ino + 1 } as typeof before)).toBeUndefined();
    expect(stats.contentHash(file, { ...before, dev: before.dev + 1 } as typeof before)).toBeUndefined();
    expect(stats.contentHash(file, { ...before, size: before.size + 1 } as typeof before)).toBeUndefined();
  });

  it('is not used when its bytes were edited', () => {
    const { file, list } = recorded();
    writeFileSync(list, readFileSync(list, 'utf8').replace('recorded-hash', 'forged-hash!!'));
    expect(SourceStats.open(list)).toBeUndefined();
    expect(statSync(file).size).toBeGreaterThan(0);
  });
});
