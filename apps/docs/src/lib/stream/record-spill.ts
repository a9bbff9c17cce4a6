/**
 * Lines of JSON spilled to disk by key, so that a build can gather, say, every record of one entity without
 * holding every entity's records in memory: a line goes to one of BUCKETS files chosen by a hash of its key;
 * `groups()` then reads one file at a time and yields each key's lines in the order they were added.
 */
import { appendFileSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileLines } from './json-rows.ts';

const BUCKETS = 256;
/** Buffered bytes (about) after which every bucket's buffer is appended to its file. */
const FLUSH_AT = 16 << 20;

/** FNV-1a over UTF-16 code units: cheap, and stable across runs. */
function bucketOf(key: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) hash = Math.imul(hash ^ key.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % BUCKETS;
}

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
    this.buffers[bucketOf(key)]!.push(`${key}\t${line}\n`);
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
    this.flush();
    const files = readdirSync(this.dir)
      .filter((f) => f.endsWith('.tsv'))
      .sort((a, b) => Number.parseInt(a, 10) - Number.parseInt(b, 10));
    for (const file of files) {
      const byKey = new Map<string, string[]>();
      for (const line of fileLines(join(this.dir, file))) {
        if (line === '') continue;
        const tab = line.indexOf('\t');
        const key = line.slice(0, tab);
        let lines = byKey.get(key);
        if (!lines) byKey.set(key, (lines = []));
        lines.push(line.slice(tab + 1));
      }
      yield* [...byKey].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    }
    rmSync(this.dir, { recursive: true, force: true });
  }
}
