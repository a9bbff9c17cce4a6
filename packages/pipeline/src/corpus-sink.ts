/**
 * Takes each article's rows out of its outcome as the outcome arrives and puts them in the spill (spill.ts),
 * keeping only what the corpus step needs of every article at once: its local entities (for resolution), its
 * source facts (collisions, sources.json, bytes in) and its spans checked against its body, which is then
 * dropped. So the per-article stage's list of outcomes ends up holding diagnostics, not rows.
 */
import type { ArticleRows, ArticleTableName } from '@dossier/assemble';
import { TABLE_NAMES } from '@dossier/schema';
import { StreamedValidation } from '@dossier/validate';
import type { ArticleOutcome } from './process.js';
import { ArticleSpill } from './spill.js';
import { StringPool } from './string-pool.js';
import type { ArticleDigest } from './streamed-corpus.js';

/** What sources.json and the collision check need of an article. */
export interface ArticleFacts {
  source_file: string;
  outlet: string;
  published: string;
  sha256: string;
  bodyBytes: number;
}

export class CorpusSink {
  readonly spill = new ArticleSpill();
  readonly validation = new StreamedValidation();
  private readonly digests = new Map<number, ArticleDigest & { facts: ArticleFacts }>();
  /** Entity names, keys and types, outlets and dates recur across articles: one copy each (string-pool.ts). */
  private readonly strings = new StringPool();

  /** Moves the outcome's rows to the spill; the outcome keeps its diagnostics. */
  take(index: number, outcome: ArticleOutcome): void {
    const processed = outcome.processed;
    if (!processed) return;
    const article = processed.rows.articles[0]!;
    this.validation.checkArticleSpans(
      article as unknown as Record<string, unknown>,
      processed.rows as unknown as Record<string, Record<string, unknown>[]>,
    );
    this.spill.add(index, processed);
    this.digests.set(index, {
      index,
      articleId: processed.articleId,
      entities: processed.entities.map((entity) => this.strings.entity(entity)),
      facts: {
        source_file: article.source_file,
        outlet: this.strings.intern(article.outlet),
        published: this.strings.intern(article.published),
        sha256: article.sha256,
        bodyBytes: Buffer.byteLength(article.body),
      },
    });
    // Not `delete`: that turns each of the 100,000 outcomes the build keeps into a slow, larger dictionary object.
    outcome.processed = undefined;
  }

  factsOf(index: number): ArticleFacts | undefined {
    return this.digests.get(index)?.facts;
  }

  /** The kept articles in input order, leaving out `dropped` indexes. */
  articleDigests(dropped: ReadonlySet<number> = new Set()): ArticleDigest[] {
    return [...this.digests.values()].filter((d) => !dropped.has(d.index)).sort((a, b) => a.index - b.index);
  }

  /** Every kept article's rows back in memory, in input order: for the in-memory corpus step. */
  articleRows(dropped: ReadonlySet<number> = new Set()): ArticleRows[] {
    this.spill.finish();
    const digests = this.articleDigests(dropped);
    const byIndex = new Map<number, ArticleRows>(
      digests.map((d) => [d.index, { articleId: d.articleId, entities: d.entities, rows: emptyRows() }]),
    );
    for (const name of articleTables()) {
      for (const [index, rows] of this.spill.tableRows(name, (i) => byIndex.has(i))) {
        (byIndex.get(index)!.rows as unknown as Record<string, unknown[]>)[name] = rows;
      }
    }
    return digests.map((d) => byIndex.get(d.index)!);
  }

  remove(): void {
    this.spill.remove();
  }
}

function articleTables(): ArticleTableName[] {
  return TABLE_NAMES().filter((name) => name !== 'entities' && name !== 'quarantine') as ArticleTableName[];
}

function emptyRows(): ArticleRows['rows'] {
  return Object.fromEntries(articleTables().map((name) => [name, []])) as unknown as ArticleRows['rows'];
}
