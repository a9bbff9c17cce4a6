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
import { closeSync, existsSync, mkdirSync, openSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { CACHE_DIR } from './article-work.ts';
import type { ShardStore } from './shard-store.ts';
import { fileLines } from './stream/json-rows.ts';

export const ARTICLE_INDEX_FILE = `${CACHE_DIR}/article-index.jsonl`;

export interface IndexedArticle {
  /** The key of the article's files (`articleKey` in src/lib/site-data.ts). */
  key: string;
  /** The entities the article's evidence records are about, sorted. */
  recordEntityIds: string[];
  /** The summary's JSON text (the first line of the article's records file). */
  summaryText: string;
}

/** The previous build's index by article ID; empty when there is none or it cannot be read. */
export function readArticleIndex(store: ShardStore): Map<string, IndexedArticle> {
  const index = new Map<string, IndexedArticle>();
  if (!existsSync(join(store.root, ARTICLE_INDEX_FILE))) return index;
  try {
    for (const line of fileLines(join(store.root, ARTICLE_INDEX_FILE))) {
      if (line === '') continue;
      const tab = line.indexOf('\t');
      const [id, key, recordEntityIds] = JSON.parse(line.slice(0, tab)) as [string, string, string[]];
      index.set(id, { key, recordEntityIds, summaryText: line.slice(tab + 1) });
    }
  } catch {
    return new Map(); // missing or torn: every article is checked against its own files
  }
  return index;
}

/** Bytes held before they are appended to the index's temp file. */
const FLUSH_AT = 4 << 20;

/**
 * Writes the index line by line (at 100,000 articles it holds some 300 MB of summaries): to a temp file, renamed
 * over the old one by `finish`, which records it in the store.
 */
export class ArticleIndexWriter {
  private readonly temp: string;
  private readonly fd: number;
  private pending: string[] = [];
  private pendingBytes = 0;
  private bytes = 0;

  constructor(private readonly store: ShardStore) {
    mkdirSync(join(store.root, CACHE_DIR), { recursive: true });
    this.temp = join(store.root, `${ARTICLE_INDEX_FILE}.tmp-${process.pid}`);
    this.fd = openSync(this.temp, 'w');
  }

  add(id: string, entry: IndexedArticle): void {
    if (entry.summaryText.includes('\n')) throw new Error(`the summary of article "${id}" holds a line break`);
    const line = `${JSON.stringify([id, entry.key, entry.recordEntityIds])}\t${entry.summaryText}\n`;
    this.pending.push(line);
    this.pendingBytes += line.length;
    if (this.pendingBytes > FLUSH_AT) this.flush();
  }

  private flush(): void {
    this.bytes += writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingBytes = 0;
  }

  finish(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, join(this.store.root, ARTICLE_INDEX_FILE));
    this.store.adopt(ARTICLE_INDEX_FILE, { bytes: this.bytes, written: true });
  }
}
