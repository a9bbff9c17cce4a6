import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { batchSize } from './article-pool.js';

describe('batchSize', () => {
  it('gives every thread several tasks, at most 8 articles each, and never an empty batch', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), fc.integer({ min: 1, max: 64 }), (articles, threads) => {
        const size = batchSize(articles, threads);
        expect(size).toBeGreaterThanOrEqual(1);
        expect(size).toBeLessThanOrEqual(8);
        if (size > 1) expect(Math.ceil(articles / size)).toBeGreaterThanOrEqual(threads * 8);
      }),
    );
  });

  it('sends one article per task when there are few, and batches of 8 for a large corpus', () => {
    expect(batchSize(10, 2)).toBe(1);
    expect(batchSize(50, 2)).toBe(3);
    expect(batchSize(10_000, 2)).toBe(8);
  });
});
