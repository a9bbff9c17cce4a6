/** The digest index's file: what the writer puts in, the reader gives back, and nothing from a file that changed. */
import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DigestIndex, DigestIndexWriter } from './digest-index.js';

const keyOf = (n: number) => createHash('sha256').update(`entry ${n}`).digest('hex');
/** Digests of varied lengths, some with text outside ASCII, so lines and keys fall across the reader's 1 MiB pieces. */
const digestOf = (n: number) =>
  JSON.stringify({
    articleId: `a${n}`,
    outlet: `Harbour Gazette ${'é'.repeat(n % 7)}`,
    pad: 'x'.repeat(300 + (n % 500)),
  });

function written(entries: number, format = 5): string {
  const path = join(mkdtempSync(join(tmpdir(), 'dossier-digests-')), 'digests', 'index');
  const writer = new DigestIndexWriter(path, format);
  for (let n = 0; n < entries; n++) writer.add(keyOf(n), digestOf(n));
  writer.add(keyOf(0), '{"ignored": true}');
  writer.commit();
  return path;
}

describe('the digest index', () => {
  it('gives back every line it was given, in any order of lookup, across pieces of the file', () => {
    const path = written(4000);
    expect(readFileSync(path).length).toBeGreaterThan(2 * (1 << 20));
    const index = DigestIndex.open(path, 5)!;
    expect(index.size).toBe(4000);
    for (const n of [3999, 0, 1, 2048, 17, 3998, 1024])
      expect([n, index.digestJson(keyOf(n))]).toEqual([n, digestOf(n)]);
    for (let n = 0; n < 4000; n++) expect(index.digestJson(keyOf(n))).toBe(digestOf(n));
    expect(index.digestJson(keyOf(4000))).toBeUndefined();
    index.close();
    // Written as a temp file, then renamed: nothing else is left beside it.
    expect(readdirSync(join(path, '..'))).toEqual(['index']);
  });

  it('is not used when any byte changed, when cut short, or for another cache format', () => {
    const path = written(50);
    const bytes = readFileSync(path);
    expect(DigestIndex.open(path, 6)).toBeUndefined();
    const edited = Buffer.from(bytes);
    edited[bytes.length - 20] = edited[bytes.length - 20] === 0x78 ? 0x79 : 0x78;
    writeFileSync(path, edited);
    expect(DigestIndex.open(path, 5)).toBeUndefined();
    writeFileSync(path, bytes.subarray(0, bytes.length - 1));
    expect(DigestIndex.open(path, 5)).toBeUndefined();
    writeFileSync(path, bytes);
    expect(DigestIndex.open(path, 5)?.digestJson(keyOf(7))).toBe(digestOf(7));
  });

  it('leaves the previous index in place when the build abandons its own', () => {
    const path = written(3);
    const writer = new DigestIndexWriter(path, 5);
    writer.add(keyOf(9), digestOf(9));
    writer.abandon();
    expect(DigestIndex.open(path, 5)?.digestJson(keyOf(2))).toBe(digestOf(2));
    expect(readdirSync(join(path, '..'))).toEqual(['index']);
    expect(existsSync(path)).toBe(true);
  });
});
