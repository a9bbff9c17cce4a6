/**
 * Takes each article's rows out of its outcome as the outcome arrives and puts them in the spill (spill.ts),
 * keeping only what the corpus step needs of every article at once: its local entities (for resolution), its
 * source facts (collisions, sources.json, bytes in) and its spans checked against its body, which is then
 * dropped. So the per-article stage's list of outcomes ends up holding diagnostics, not rows.
 */
import type { ArticleRows, ArticleTableName } from '@dossier/assemble';
import type { Diagnostic } from '@dossier/core';
import { TABLE_NAMES } from '@dossier/schema';
import { StreamedValidation } from '@dossier/validate';
import type { ArticleOutcome } from './process.js';
import { digestOf, type CachedDigest } from './cache-verify.js';
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

/** The whole outcome of an article that arrived as a digest (a cache hit), and a warning if it had to be redone. */
export type OutcomeLoader = (sourceFile: string) => { outcome: ArticleOutcome; warning?: Diagnostic };

type KeptDigest = ArticleDigest & { facts: ArticleFacts; lazy: boolean };

type AnyRow = Record<string, unknown>;

export class CorpusSink {
  readonly spill = new ArticleSpill();
  readonly validation = new StreamedValidation();
  /** Cache entries that no longer verified when an article's rows were loaded (each processed afresh). */
  readonly warnings: Diagnostic[] = [];
  private readonly digests = new Map<number, KeptDigest>();
  /** Entity names, keys and types, outlets and dates recur across articles: one copy each (string-pool.ts). */
  private readonly strings = new StringPool();
  /** The last article whose rows were loaded from the cache: rowsOf is asked for each of its tables in turn. */
  private loaded?: { index: number; rows: ArticleRows['rows'] };

  /** `load` gives the rows of articles that arrive as digests (cache hits of a warm build). */
  constructor(private readonly load?: OutcomeLoader) {}

  /**
   * Moves the outcome's rows to the spill; the outcome keeps its diagnostics. An outcome that carries only its
   * digest (a cache hit) spills nothing: its rows stay in the cache until rowsOf asks for them.
   */
  take(index: number, outcome: ArticleOutcome): void {
    if (outcome.digest) {
      this.keep(index, outcome.sourceFile, outcome.digest, true);
      outcome.digest = undefined;
      return;
    }
    const processed = outcome.processed;
    if (!processed) return;
    const article = processed.rows.articles[0]!;
    this.validation.checkArticleSpans(
      article as unknown as Record<string, unknown>,
      processed.rows as unknown as Record<string, Record<string, unknown>[]>,
    );
    this.spill.add(index, processed);
    this.keep(index, article.source_file, digestOf(outcome)!, false);
    // Not `delete`: that turns each of the 100,000 outcomes the build keeps into a slow, larger dictionary object.
    outcome.processed = undefined;
  }

  private keep(index: number, sourceFile: string, digest: CachedDigest, lazy: boolean): void {
    this.digests.set(index, {
      index,
      articleId: digest.articleId,
      entities: digest.entities.map((entity) => this.strings.entity(entity)),
      facts: {
        source_file: sourceFile,
        outlet: this.strings.intern(digest.outlet),
        published: this.strings.intern(digest.published),
        sha256: digest.sha256,
        bodyBytes: digest.bodyBytes,
      },
      lazy,
    });
  }

  /** One article's rows of `table` (empty when it has none): from the spill, or from the cache for a digest. */
  rowsOf(table: ArticleTableName, index: number): AnyRow[] {
    const kept = this.digests.get(index);
    if (!kept?.lazy) return this.spill.articleRows(table, index);
    if (this.loaded?.index !== index) this.loaded = { index, rows: this.loadRows(kept) };
    return this.loaded.rows[table] as unknown as AnyRow[];
  }

  /**
   * A digest's rows from its cache entry, with their spans checked as take() checks an arriving article's. The
   * entry must still be the one whose digest entity resolution used: one edited in between fails the build.
   */
  private loadRows(kept: KeptDigest): ArticleRows['rows'] {
    if (!this.load) throw new Error(`the rows of ${kept.facts.source_file} were not kept and cannot be loaded`);
    const { outcome, warning } = this.load(kept.facts.source_file);
    if (warning) this.warnings.push(warning);
    const digest = digestOf(outcome);
    if (!digest || !sameDigest(digest, kept))
      throw new Error(
        `${kept.facts.source_file}: its cache entry changed while the build ran (its rows no longer match the entities read at the start); build again`,
      );
    const processed = outcome.processed!;
    this.validation.checkArticleSpans(
      processed.rows.articles[0] as unknown as Record<string, unknown>,
      processed.rows as unknown as Record<string, Record<string, unknown>[]>,
    );
    return processed.rows;
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
    for (const d of digests) {
      const kept = this.digests.get(d.index)!;
      if (kept.lazy) byIndex.get(d.index)!.rows = this.loadRows(kept);
    }
    return digests.map((d) => byIndex.get(d.index)!);
  }

  remove(): void {
    this.spill.remove();
  }
}

/** The digest an article's loaded rows imply is the one it arrived with (JSON is the digest's own form). */
function sameDigest(digest: CachedDigest, kept: KeptDigest): boolean {
  return (
    digest.articleId === kept.articleId &&
    digest.sha256 === kept.facts.sha256 &&
    JSON.stringify(digest.entities.map(entityFields)) === JSON.stringify(kept.entities.map(entityFields))
  );
}

function entityFields(e: CachedDigest['entities'][number]): unknown[] {
  return [e.key, e.type, e.name, e.aliases, e.countryCode];
}

function articleTables(): ArticleTableName[] {
  return TABLE_NAMES().filter((name) => name !== 'entities' && name !== 'quarantine') as ArticleTableName[];
}

function emptyRows(): ArticleRows['rows'] {
  return Object.fromEntries(articleTables().map((name) => [name, []])) as unknown as ArticleRows['rows'];
}
