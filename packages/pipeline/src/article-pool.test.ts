/** The reader is held back while the worker pool has enough unfinished batches (ArticlePool.room). */
import { describe, expect, it } from 'vitest';
import { ArticlePool, type Pending } from './article-pool.js';

const article = (index: number): Pending => ({
  index,
  raw: {
    sourceFile: `held-${index}.txt`,
    bytes: new TextEncoder().encode(' date 2024-05-01 By Ana Ruiz, Ledger\n\nThe council met on Monday.\n'),
  },
});

describe('ArticlePool.room', () => {
  it('lets the reader go on at once below the limit, and only after a batch finishes at it', async () => {
    let finished = 0;
    const pool = new ArticlePool(1, 1, () => {
      finished++;
    });
    try {
      // One thread: room for 4 unfinished batches of one article each.
      for (let i = 0; i < 3; i++) expect(pool.add(article(i))).toBe(true);
      await pool.room();
      expect(pool.add(article(3))).toBe(true);
      await pool.room();
      expect(finished).toBeGreaterThanOrEqual(1);
      await pool.finish();
      expect(finished).toBe(4);
    } finally {
      await pool.destroy();
    }
  }, 120_000);
});

describe('ArticlePool with this thread as a helper', () => {
  it('processes a batch here whenever the workers have their fill, and never holds the reader back', async () => {
    const helped: string[] = [];
    const done: string[] = [];
    const helper = (batch: Pending['raw'][]) =>
      batch.map((raw) => {
        helped.push(raw.sourceFile);
        return { sourceFile: raw.sourceFile, diagnostics: [], timings: { ingest: 0, extract: 0 } };
      });
    const pool = new ArticlePool(1, 1, (pending) => done.push(pending.raw.sourceFile), helper);
    try {
      // One worker: 4 unfinished batches fill it, so the next two run here at once, in order.
      for (let i = 0; i < 6; i++) expect(pool.add(article(i))).toBe(true);
      expect(helped).toEqual(['held-4.txt', 'held-5.txt']);
      expect(done).toEqual(['held-4.txt', 'held-5.txt']);
      await pool.room();
      await pool.finish();
      expect([...done].sort()).toEqual([0, 1, 2, 3, 4, 5].map((i) => `held-${i}.txt`));
    } finally {
      await pool.destroy();
    }
  }, 120_000);
});
