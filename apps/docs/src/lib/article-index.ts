/**
 * What a warm site-data step needs of each unchanged article, in one file of the store's private cache: the key
 * of its files, the entities its evidence records are about, and its summary (src/lib/article-summary.ts).
 * Reading it spares opening every article's records file (some 10,000 files and 470 MB at 10,000 articles) to
 * take the summary from its first line: the records themselves are kept by entity in the evidence files
 * (src/lib/entity-evidence.ts). One line per article, in the dataset's order: the JSON array
 * `[id, key, recordEntityIds]`, a tab, then the summary's JSON text as the article's records file holds it.
 * An entry is used only when its key is the one the article's inputs give now (`keptArticle` in
 * src/lib/site-data.ts), and a file that cannot be read counts as none.
 */
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './article-work.ts';
import type { ShardStore } from './shard-store.ts';
import { fileLines } from './stream/json-rows.ts';
import { LineWriter } from './stream/line-writer.ts';

export const ARTICLE_INDEX_FILE = `${CACHE_DIR}/article-index.jsonl`;

export interface IndexedArticle {
  /** The key of the article's files (`articleKey` in src/lib/site-data.ts). */
  key: string;
  /** The entities the article's evidence records are about, sorted. */
  recordEntityIds: string[];
  /** The summary's JSON text (the first line of the article's records file). */
  summaryText: string;
}

/**
 * The previous build's index. Only each entry's key, entities and the place of its summary in the file are held
 * (at 100,000 articles the summaries weigh some 450 MB): `get` reads the summary. No file, or one that cannot
 * be read, gives no entries.
 */
export class PreviousArticleIndex {
  private readonly entries = new Map<string, { key: string; recordEntityIds: string[]; at: number; bytes: number }>();
  private fd: number | undefined;

  constructor(store: ShardStore) {
    const file = join(store.root, ARTICLE_INDEX_FILE);
    if (!existsSync(file)) return;
    try {
      let at = 0;
      for (const line of fileLines(file)) {
        const tab = line.indexOf('\t');
        if (tab >= 0) {
          const [id, key, recordEntityIds] = JSON.parse(line.slice(0, tab)) as [string, string, string[]];
          const summaryAt = at + Buffer.byteLength(line.slice(0, tab + 1));
          this.entries.set(id, {
            key,
            recordEntityIds,
            at: summaryAt,
            bytes: at + Buffer.byteLength(line) - summaryAt,
          });
        }
        at += Buffer.byteLength(line) + 1;
      }
      this.fd = openSync(file, 'r');
    } catch {
      this.entries.clear(); // torn: every article is checked against its own files
    }
  }

  get(id: string): IndexedArticle | undefined {
    const entry = this.entries.get(id);
    if (!entry || this.fd === undefined) return undefined;
    const summary = Buffer.allocUnsafe(entry.bytes);
    if (readSync(this.fd, summary, 0, entry.bytes, entry.at) !== entry.bytes) return undefined;
    return { key: entry.key, recordEntityIds: entry.recordEntityIds, summaryText: summary.toString('utf8') };
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
    this.entries.clear();
  }
}

/**
 * Writes the index line by line (at 100,000 articles it holds some 450 MB of summaries, src/lib/stream/line-writer.ts);
 * `finish` puts it in place and records it in the store.
 */
export class ArticleIndexWriter {
  private readonly writer: LineWriter;

  constructor(private readonly store: ShardStore) {
    this.writer = new LineWriter(join(store.root, ARTICLE_INDEX_FILE));
  }

  add(id: string, entry: IndexedArticle): void {
    if (entry.summaryText.includes('\n')) throw new Error(`the summary of article "${id}" holds a line break`);
    this.writer.line(`${JSON.stringify([id, entry.key, entry.recordEntityIds])}\t${entry.summaryText}`);
  }

  finish(): void {
    this.store.adopt(ARTICLE_INDEX_FILE, { bytes: this.writer.finish(), written: true });
  }
}
