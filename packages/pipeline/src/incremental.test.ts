/** The per-article cache: a rebuild after adding one article reprocesses only that article, with identical output. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from './build.js';
import { ArticleCache } from './cache.js';

function temp(prefix: string) {
  return mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
}

/** Invented news articles; names and places are made up for these tests. */
function article(n: number): string {
  return [
    `date 2024-03-${String(10 + n).padStart(2, '0')} By Mara Okafor and Tomas Lindqvist, Northfield Daily`,
    '',
    `PORT ELLIS (Meridian Wire) — Harbour minister Ines Ferreira said on Tuesday that talks number ${n} would resume "within days."`,
    '',
    `The delegation of ${n + 2} officials arrived on March ${n + 1}, according to a statement from the ministry.`,
    '',
  ].join('\n');
}

function writeArticles(dir: string, numbers: number[]) {
  for (const n of numbers) writeFileSync(join(dir, `a${String(n).padStart(3, '0')}.txt`), article(n));
}

function readFolder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

describe('incremental builds with the per-article cache', () => {
  it('reprocesses only the added article and writes the same bytes as a build without cache', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    writeArticles(input, [1, 2, 3, 4, 5]);

    const first = await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), jobs: 1, cacheDir });
    expect(first.processing).toMatchObject({ cacheHits: 0, cacheMisses: 5 });

    writeArticles(input, [6]);
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, jobs: 1, cacheDir });
    expect(warm.processing).toMatchObject({ cacheHits: 5, cacheMisses: 1 });

    const freshOut = join(temp('out'), 'd');
    const fresh = await buildDataset({ inputDir: input, outDir: freshOut, jobs: 1 });
    expect(fresh.processing).toMatchObject({ cacheHits: 0, cacheMisses: 0 });
    expect(readFolder(warmOut)).toEqual(readFolder(freshOut));
  });

  it('misses when the bytes of an article change, and when the same bytes appear under another name', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    writeArticles(input, [1, 2]);
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), jobs: 1, cacheDir });

    writeFileSync(join(input, 'a001.txt'), article(1).replace('Tuesday', 'Wednesday'));
    const edited = await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), jobs: 1, cacheDir });
    expect(edited.processing).toMatchObject({ cacheHits: 1, cacheMisses: 1 });

    const cache = new ArticleCache(cacheDir);
    const bytes = readFileSync(join(input, 'a002.txt'));
    expect(cache.keyOf('a002.txt', bytes)).not.toBe(cache.keyOf('renamed.txt', bytes));
  });

  it('keys entries by the pipeline fingerprint, so new code or lexicons miss', () => {
    const cacheDir = temp('cache');
    const bytes = new TextEncoder().encode(article(1));
    const before = new ArticleCache(cacheDir, 'fingerprint-a');
    // An outcome without rows must carry its error (a verified entry never drops an article silently).
    const refused = {
      ruleId: 'ingest/header-format',
      source: 'ingest',
      place: { file: 'a.txt', line: 1 },
      message: 'not a header',
      severity: 'error' as const,
    };
    before.set(before.keyOf('a.txt', bytes), {
      sourceFile: 'a.txt',
      diagnostics: [refused],
      timings: { ingest: 1, extract: 1 },
    });
    expect(before.get('a.txt', before.keyOf('a.txt', bytes))).toEqual({ sourceFile: 'a.txt', diagnostics: [refused] });

    const after = new ArticleCache(cacheDir, 'fingerprint-b');
    expect(after.get('a.txt', after.keyOf('a.txt', bytes))).toBeUndefined();
  });

  it('treats a corrupt entry as a miss and rewrites it', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    writeArticles(input, [1]);
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), jobs: 1, cacheDir });
    const [shard] = readdirSync(cacheDir);
    const [entry] = readdirSync(join(cacheDir, shard!));
    writeFileSync(join(cacheDir, shard!, entry!), '{"sourceFile": "a0');
    const again = await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), jobs: 1, cacheDir });
    expect(again.processing).toMatchObject({ cacheHits: 0, cacheMisses: 1 });
    const third = await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), jobs: 1, cacheDir });
    expect(third.processing).toMatchObject({ cacheHits: 1, cacheMisses: 0 });
    rmSync(cacheDir, { recursive: true, force: true });
  });

  it('has a fingerprint that is stable within a process', async () => {
    const { pipelineFingerprint } = await import('./cache.js');
    expect(pipelineFingerprint()).toMatch(/^[0-9a-f]{64}$/);
    expect(pipelineFingerprint()).toBe(pipelineFingerprint());
  });
});
