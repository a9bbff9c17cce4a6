/**
 * What the site-data step remembers of each article while it streams the dataset, so that the entity files
 * can be rebuilt only where their inputs changed (src/lib/entity-files.ts): the article's place in the order,
 * whether its files were kept (its inputs unchanged), and the entities its rows show (as indices into the
 * entities table: at 100,000 articles some two million of them). An entity is *affected* when a recomputed,
 * new or removed article has a record of it, in the article's new records or in its previous ones; only the
 * files of affected entities (and of entities whose rows changed) need their evidence gathered again.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { recordsPath } from './article-work.ts';
import type { EntitiesRow } from './dataset.ts';
import { recordHead } from './entity-records.ts';
import type { RecordSpill } from './stream/record-spill.ts';

/** A spilled record's line: the article's place, zero-padded so that text order is article order, then the record. */
const spillLine = (ordinal: number, line: string) => `${String(ordinal).padStart(9, '0')}\t${line}`;

/** The records of a spilled entity in article order (the spill gives them in the order they were added). */
export function inArticleOrder(spilled: readonly string[]): string[] {
  return [...spilled]
    .sort((a, b) => (a.slice(0, 9) < b.slice(0, 9) ? -1 : a.slice(0, 9) > b.slice(0, 9) ? 1 : 0))
    .map((line) => line.slice(10));
}

/** The lines of a records file ('' when the file is missing: an article seen for the first time). */
function recordLines(file: string): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return [];
  }
  return text === '' ? [] : text.slice(0, -1).split('\n');
}

interface LedgerEntry {
  id: string;
  reused: boolean;
  entities: Int32Array;
}

export class ArticleLedger {
  private readonly index: Map<string, number>;
  private readonly articles: LedgerEntry[] = [];
  readonly affected = new Set<string>();

  constructor(
    entities: readonly EntitiesRow[],
    private readonly root: string,
  ) {
    this.index = new Map(entities.map((e, i) => [e.entity_id, i]));
  }

  /**
   * Notes an article whose files are being made again: the entities of its previous records are affected
   * (read now, before the new records replace them).
   */
  recomputing(articleId: string): void {
    this.affectRecordsFile(recordsPath(articleId));
  }

  /** Notes an article that is gone: the entities of its records are affected. */
  removed(recordsFile: string): void {
    this.affectRecordsFile(recordsFile);
  }

  private affectRecordsFile(relPath: string): void {
    for (const line of recordLines(join(this.root, relPath))) this.affected.add(recordHead(line).e);
  }

  /**
   * Adds the next article in order; `fresh` are the records of one made again that its entities' shards keep
   * (spilled now; the caller marks the entities of all its records affected), none for one whose files were
   * reused.
   */
  add(articleId: string, entityIds: readonly string[], fresh: readonly string[] | undefined, spill: RecordSpill): void {
    const ordinal = this.articles.length;
    const indices = entityIds.map((id) => this.index.get(id) ?? -1).filter((i) => i >= 0);
    this.articles.push({ id: articleId, reused: fresh === undefined, entities: Int32Array.from(indices) });
    for (const line of fresh ?? []) {
      const { e } = recordHead(line);
      this.affected.add(e);
      spill.add(e, spillLine(ordinal, line));
    }
  }

  /**
   * Spills the records of `wanted` entities that articles whose files were reused hold (all of them: which
   * are kept is decided when they are gathered in article order); only articles whose rows show one of them
   * are read.
   */
  spillReusedRecords(wanted: ReadonlySet<string>, spill: RecordSpill): void {
    if (wanted.size === 0) return;
    const wantedIndex = new Uint8Array(this.index.size);
    for (const id of wanted) {
      const i = this.index.get(id);
      if (i !== undefined) wantedIndex[i] = 1;
    }
    this.articles.forEach((article, ordinal) => {
      if (!article.reused || !article.entities.some((i) => wantedIndex[i] === 1)) return;
      for (const line of recordLines(join(this.root, recordsPath(article.id)))) {
        const { e } = recordHead(line);
        if (wanted.has(e)) spill.add(e, spillLine(ordinal, line));
      }
    });
  }
}
