import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeDatasetAtomically } from './write.js';

const enc = new TextEncoder();

describe('writeDatasetAtomically', () => {
  it('replaces the previous output as a whole and leaves no temporary folder', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'stale.csv'), 'old');
    writeDatasetAtomically(out, new Map([['a.csv', { path: 'a.csv', bytes: enc.encode('new') }]]));
    expect(readdirSync(out)).toEqual(['a.csv']);
    expect(readdirSync(root)).toEqual(['dist']);
  });

  it('leaves the previous output intact when writing fails', () => {
    const root = mkdtempSync(join(tmpdir(), 'dossier-write-'));
    const out = join(root, 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.csv'), 'previous');
    // A file whose parent path is a file cannot be created: the write fails half-way.
    const files = new Map([
      ['ok.csv', { path: 'ok.csv', bytes: enc.encode('x') }],
      ['bad', { path: 'ok.csv/child.csv', bytes: enc.encode('y') }],
    ]);
    expect(() => writeDatasetAtomically(out, files)).toThrow();
    expect(readFileSync(join(out, 'keep.csv'), 'utf8')).toBe('previous');
    expect(readdirSync(root)).toEqual(['dist']);
  });
});
