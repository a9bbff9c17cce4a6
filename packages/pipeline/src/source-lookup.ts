/**
 * The cache key of each input file of a streamed build, from the previous build's recorded hash where the file's
 * size, time, inode and device say it is unchanged (source-stats.ts), else from its bytes; and the record of
 * this build's files for the next one.
 */
import { statSync, type Stats } from 'node:fs';
import { resolve } from 'node:path';
import { readArticleFile, type RawArticle } from '@dossier/ingest';
import type { ArticleCache } from './cache.js';
import { SourceStats, SourceStatsWriter } from './source-stats.js';

export class SourceLookup {
  private readonly previous: SourceStats | undefined;
  private readonly seen = new SourceStatsWriter();
  /** Files keyed from their recorded hash and not read since (reread takes one back). */
  unread = 0;

  constructor(private readonly cache: ArticleCache) {
    this.previous = SourceStats.open(cache.sourceStatsPath);
  }

  /** The key, and the bytes unless the recorded hash spared reading them. */
  keyOf(inputDir: string, file: string): { raw?: RawArticle; key: string } {
    const stat = statOrUndefined(resolve(inputDir, file));
    const known = stat && this.previous?.contentHash(file, stat);
    if (known !== undefined) {
      this.seen.set(file, stat!, known);
      this.unread++;
      return { key: this.cache.keyOfContent(file, known) };
    }
    // Read as before; a file that cannot be stat'ed is not recorded (the read says what is wrong with it).
    const raw = readArticleFile(inputDir, file);
    const key = this.cache.keyOf(file, raw.bytes);
    if (stat) this.seen.set(file, stat, this.cache.contentHashOf(key)!);
    return { raw, key };
  }

  /** A file keyed from its recorded hash was read after all: what its bytes hash to is what is kept. */
  reread(file: string, key: string): void {
    this.unread--;
    this.seen.rehash(file, this.cache.contentHashOf(key)!);
  }

  /** Writes this build's record in place of the previous one (only after a per-article stage that finished). */
  commit(): void {
    this.seen.commit(this.cache.sourceStatsPath);
  }
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}
