/** The benchmark's corpus generator is seeded: same seed, same bytes; a larger corpus extends a smaller one. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArticle } from '@dossier/ingest';
import { generateCorpus } from '../src/generate.js';

const SOURCES = [fileURLToPath(new URL('../../../data/raw/', import.meta.url))];
const temp = () => mkdtempSync(join(tmpdir(), 'dossier-gen-'));
const contents = (dir: string) =>
  readdirSync(dir)
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')] as const);

describe('generateCorpus', () => {
  it('gives byte-identical corpora for the same seed and different ones for another seed', () => {
    const a = generateCorpus({ dir: temp(), count: 30, seed: 1, sources: SOURCES });
    const b = generateCorpus({ dir: temp(), count: 30, seed: 1, sources: SOURCES });
    const c = generateCorpus({ dir: temp(), count: 30, seed: 2, sources: SOURCES });
    expect(contents(a.dir)).toEqual(contents(b.dir));
    expect(contents(a.dir)).not.toEqual(contents(c.dir));
  });

  it('makes articles that parse, with no two alike', () => {
    const { dir, files } = generateCorpus({ dir: temp(), count: 40, seed: 3, sources: SOURCES });
    const texts = files.map((f) => readFileSync(join(dir, f)));
    for (const [i, bytes] of texts.entries()) {
      const { doc, diagnostics } = parseArticle(files[i]!, bytes);
      expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(doc?.paragraphs.length).toBeGreaterThanOrEqual(6);
    }
    expect(new Set(texts.map((t) => t.toString())).size).toBe(texts.length);
  });

  it('extends a corpus: article n is the same whatever the count, and startAt adds the next one', () => {
    const small = generateCorpus({ dir: temp(), count: 5, seed: 9, sources: SOURCES });
    const large = generateCorpus({ dir: temp(), count: 6, seed: 9, sources: SOURCES });
    generateCorpus({ dir: small.dir, count: 1, startAt: 6, seed: 9, sources: SOURCES });
    expect(contents(small.dir)).toEqual(contents(large.dir));
  });
});
