import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFileInto, writeFilesAtomically } from './write.js';

describe('writeFilesAtomically', () => {
  it('replaces the previous output as a whole, leaves no temporary folder, and reports size and hash', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.csv'), 'old');
    const facts: unknown[] = [];
    await writeFilesAtomically(out, (folder) => {
      facts.push(writeFileInto(folder, 'a.csv', 'né\n'));
    });
    expect(readdirSync(out)).toEqual(['a.csv']);
    expect(readdirSync(root)).toEqual(['dist']);
    const bytes = Buffer.from('né\n', 'utf8');
    expect(facts).toEqual([
      { path: 'a.csv', bytes: 4, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` },
    ]);
  });

  it('leaves the previous output intact when writing fails', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.csv'), 'previous');
    // A file whose parent path is a file cannot be created: the write fails half-way.
    const produce = (folder: string) => {
      writeFileInto(folder, 'ok.csv', 'x');
      writeFileInto(folder, 'ok.csv/child.csv', 'y');
    };
    await expect(writeFilesAtomically(out, produce)).rejects.toThrow();
    expect(readFileSync(join(out, 'keep.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the previous output intact when rendering fails after some files were written', async () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.csv'), 'previous');
    await expect(
      writeFilesAtomically(out, async (folder) => {
        writeFileInto(folder, 'a.csv', 'x');
        throw new Error('a later table failed to render');
      }),
    ).rejects.toThrow('a later table failed to render');
    expect(readdirSync(out)).toEqual(['keep.csv']);
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
