/**
 * Lines of JSON spilled to disk by key, so that a build can gather, say, every record of one entity without
 * holding every entity's records in memory: a line goes to one of BUCKETS files chosen by a hash of its key;
 * `groups()` then reads one file at a time and yields each key's lines in the order they were added.
 */
import { appendFileSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fnv1a, MIN_ENTITY_BUCKETS } from '../entity-buckets.ts';
import { fileLines } from './json-rows.ts';

/** As many as the fewest entity buckets, with the same hash, so an entity bucket's records are in one file. */
const BUCKETS = MIN_ENTITY_BUCKETS;
/** Buffered bytes (about) after which every bucket's buffer is appended to its file. */
const FLUSH_AT = 16 << 20;

/** The spill file of a key: its FNV-1a hash modulo BUCKETS (src/lib/entity-buckets.ts). */
export const spillBucketOf = (key: string): number => fnv1a(key) % BUCKETS;

export class RecordSpill {
  private readonly buffers: string[][] = Array.from({ length: BUCKETS }, () => []);
  private buffered = 0;

  /** `dir` is emptied first: it holds only this spill's files. */
  constructor(private readonly dir: string) {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
  }

  add(key: string, line: string): void {
    if (line.includes('\n')) throw new Error(`a spilled line holds a line break (key ${key})`);
    this.buffers[spillBucketOf(key)]!.push(`${key}\t${line}\n`);
    this.buffered += line.length + key.length + 2;
    if (this.buffered > FLUSH_AT) this.flush();
  }

  private flush(): void {
    this.buffers.forEach((lines, bucket) => {
      if (lines.length) appendFileSync(join(this.dir, `${bucket}.tsv`), lines.join(''));
      this.buffers[bucket] = [];
    });
    this.buffered = 0;
  }

  /** Every key with its lines, bucket by bucket (keys sorted within a bucket); the files are removed after. */
  *groups(): Generator<[string, string[]]> {
    for (const [, groups] of this.buckets()) yield* groups;
  }

  /**
   * Every bucket, empty ones included, with its keys' lines (keys sorted); the files are removed after.
   * One bucket's lines are in memory at a time.
   */
  *buckets(): Generator<[number, Array<[string, string[]]>]> {
    for (let bucket = 0; bucket < BUCKETS; bucket++) {
      const byKey = new Map<string, string[]>();
      for (const [key, line] of this.bucketEntries(bucket)) {
        let lines = byKey.get(key);
        if (!lines) byKey.set(key, (lines = []));
        lines.push(line);
      }
      yield [bucket, [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))];
    }
    this.remove();
  }

  /**
   * One bucket's lines with their keys, in the order they were added, read one at a time (no more lines may
   * be added once a bucket is read); `remove` removes the files after.
   */
  *bucketEntries(bucket: number): Generator<[string, string]> {
    if (this.buffered > 0) this.flush();
    const file = join(this.dir, `${bucket}.tsv`);
    if (!existsSync(file)) return;
    for (const line of fileLines(file)) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      yield [line.slice(0, tab), line.slice(tab + 1)];
    }
  }

  /** Removes the spill's files. */
  remove(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }
}
