import { describe, expect, it } from 'vitest';
import { entityBucketCount, entityBucketOf, fnv1a, MIN_ENTITY_BUCKETS } from './entity-buckets.ts';
import { spillBucketOf } from './stream/record-spill.ts';

describe('entity buckets', () => {
  it('hashes with FNV-1a (the published test vectors)', () => {
    expect(fnv1a('')).toBe(0x811c9dc5);
    expect(fnv1a('a')).toBe(0xe40c292c);
    expect(fnv1a('foobar')).toBe(0xbf9cf968);
  });

  it('grows the bucket count in powers of two, about 32 entities each', () => {
    expect(entityBucketCount(0)).toBe(MIN_ENTITY_BUCKETS);
    expect(entityBucketCount(256 * 32)).toBe(256);
    expect(entityBucketCount(256 * 32 + 1)).toBe(512);
    expect(entityBucketCount(192_452)).toBe(8192);
  });

  it('puts every entity of a bucket in one spill file, whatever the count', () => {
    const ids = Array.from({ length: 2000 }, (_, i) => `organization:group-${i}`);
    for (const count of [256, 1024, 8192])
      for (const id of ids) expect(entityBucketOf(id, count) % MIN_ENTITY_BUCKETS).toBe(spillBucketOf(id));
  });

  it('spreads IDs over the buckets', () => {
    const used = new Set(Array.from({ length: 4096 }, (_, i) => entityBucketOf(`person:someone-${i}`, 256)));
    expect(used.size).toBeGreaterThan(240);
  });
});
