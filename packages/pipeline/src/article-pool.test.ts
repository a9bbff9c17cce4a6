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
