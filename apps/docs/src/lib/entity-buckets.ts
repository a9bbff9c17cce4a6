/**
 * Where the long tail of entities is published: not one file per entity (192,452 files at 100,000 articles,
 * and the file system was most of the build's time), but a fixed number of bucket files, each a JSON object
 * of the shards of the entities whose ID hashes to it. The entity viewer (src/scripts/entity-viewer.ts)
 * reads the bucket count from ENTITY_INDEX_FILE, hashes the ID the same way and fetches one bucket.
 * This module runs in the browser too: no Node imports.
 */

/** FNV-1a over UTF-16 code units: cheap, the same in Node and in the browser, and stable across runs. */
export function fnv1a(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/**
 * The fewest buckets; also the number of files the build spills evidence records into
 * (src/lib/stream/record-spill.ts). Bucket counts are powers of two from here up, so every bucket's
 * entities come from one spill file (hash mod a multiple of 256 fixes the hash mod 256).
 */
export const MIN_ENTITY_BUCKETS = 256;
/** About this many entities per bucket: a bucket of the long tail weighs tens of kilobytes. */
const ENTITIES_PER_BUCKET = 32;

/** The bucket count for a dataset: a power of two ≥ MIN_ENTITY_BUCKETS with about ENTITIES_PER_BUCKET in each. */
export function entityBucketCount(entityCount: number): number {
  let buckets = MIN_ENTITY_BUCKETS;
  while (buckets * ENTITIES_PER_BUCKET < entityCount) buckets *= 2;
  return buckets;
}

export function entityBucketOf(entityId: string, bucketCount: number): number {
  return fnv1a(entityId) % bucketCount;
}

/** The small file that tells the viewer how many buckets there are. */
export const ENTITY_INDEX_FILE = 'data/entities/index.json';

export interface EntityIndex {
  buckets: number;
}

/** The file (under the site's root) of one bucket of long-tail entity shards. */
export function entityBucketPath(bucket: number): string {
  return `data/entities/${bucket}.json`;
}
