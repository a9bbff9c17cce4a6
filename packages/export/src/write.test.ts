import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeFilesAtomically } from './write.js';

describe('writeFilesAtomically', () => {
  it('replaces the previous output as a whole, leaves no temporary folder, and reports size and hash', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.csv'), 'old');
    const facts: unknown[] = [];
    writeFilesAtomically(out, (write) => facts.push(write('a.csv', 'né\n')));
    expect(readdirSync(out)).toEqual(['a.csv']);
    expect(readdirSync(root)).toEqual(['dist']);
    const bytes = Buffer.from('né\n', 'utf8');
    expect(facts).toEqual([{ path: 'a.csv', bytes: 4, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` }]);
  });

  it('leaves the previous output intact when writing fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.csv'), 'previous');
    // A file whose parent path is a file cannot be created: the write fails half-way.
    const produce = (write: (path: string, content: string) => unknown) => {
      write('ok.csv', 'x');
      write('ok.csv/child.csv', 'y');
    };
    expect(() => writeFilesAtomically(out, produce)).toThrow();
    expect(readFileSync(join(out, 'keep.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the previous output intact when rendering fails after some files were written', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.csv'), 'previous');
    expect(() =>
      writeFilesAtomically(out, (write) => {
        write('a.csv', 'x');
        throw new Error('a later table failed to render');
      }),
    ).toThrow('a later table failed to render');
    expect(readdirSync(out)).toEqual(['keep.csv']);
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
