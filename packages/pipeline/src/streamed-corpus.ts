/**
 * The corpus-level steps (assembly, validation, export) article by article, reading the per-article rows back
 * from the spill (spill.ts) instead of holding every article's rows. Only entity resolution needs every
 * article, and only its local entities (names, types, aliases), which the build keeps as the articles arrive.
 *
 * The files are byte-identical to the in-memory path (staged-export.ts) because the rows are the same and
 * come in the same order: the same per-table resolution (resolvedRows), the same sort (finishTable, per
 * article, see below) and the same renderers (TableWriter writes what writeTableFiles writes).
 * `streamed-corpus.test.ts` checks it.
 */
import type { LocalEntity } from '@dossier/core';
import { entityRows, finishTable, resolvedRows, type ArticleTableName } from '@dossier/assemble';
import { resolveEntities, type EntityResolution } from '@dossier/normalize';
import { tableSchema, type QuarantineRow } from '@dossier/schema';
import type { StreamedValidation } from '@dossier/validate';
import {
  renderRows,
  tableNames,
  TableWriter,
  writeFilesAtomically,
  writePackageInto,
  writeTableFiles,
} from '@dossier/export';
import type { SourceNote } from '@dossier/export';
import { ArticleEntityCounts } from './article-entity-counts.js';
import type { CorpusTimings } from './staged-export.js';
import type { ArticleFragment, FragmentCache } from './fragment-cache.js';
import type { FileFacts, RenderedRows, WrittenRange } from '@dossier/export';
import { RangeCopier, StoreRecorder, TableStore } from './table-store.js';

type AnyRow = Record<string, unknown>;

/** Where an article's rows wait: the spill, or for a cache hit its cache entry (CorpusSink.rowsOf). */
export interface ArticleRowSource {
  rowsOf(table: ArticleTableName, index: number): AnyRow[];
}

/** What the corpus step keeps of each article while the rows wait on disk. */
export interface ArticleDigest {
  /** Position in the input. */
  index: number;
  articleId: string;
  entities: LocalEntity[];
}

export interface StreamedCorpusOptions {
  version: string;
  sources: SourceNote[];
  quarantine: QuarantineRow[];
  /** Fed each article's spans as it arrived; checkTable is called here on each table. */
  validation: StreamedValidation;
  /** Each article's rendered rows from an earlier build, reused where they cannot have changed (fragment-cache.ts). */
  fragments?: {
    cache: FragmentCache;
    articleKey: (digest: ArticleDigest) => string | undefined;
    /** The previous build's tables with the index of its articles' rows (table-store.ts), copied from where they hit. */
    storeDir?: string;
    /** Counts the articles copied from the store (its hits; the rest go to the fragment cache). */
    copied?: number;
  };
}

/**
 * Validation found a problem, or the step cannot stream this dataset (an article ID with "#", a table not
 * sorted by article first): the caller redoes the corpus step in memory, which pins and lists the problems.
 */
export class StreamedValidationFailed extends Error {
  constructor(readonly table: string) {
    super(`the ${table} table did not validate`);
  }
}

/**
 * Assembles, validates and writes the dataset into `outDir`, article by article; returns each table's row count.
 *
 * Every per-article table but event_participants sorts by article_id first (x-sortBy), and every row ID starts
 * with "<article_id>#" (checked: validate/article-key-prefix), so sorting such a table is sorting the articles
 * by ID and each article's rows on their own, and a duplicate ID can only sit within one article. So the
 * articles are read back from the spill one at a time in article_id order, and each one's rows are resolved,
 * sorted, made unique, validated and appended to every table's files (TableWriter). event_participants sorts
 * by event_id, which starts with "<article_id>#": a second pass takes the articles in that order. The
 * entities table is whole in memory (it is the resolution's), and written last, when the mentions are counted.
 */
export async function streamAssembleValidateAndWrite(
  outDir: string,
  spill: ArticleRowSource,
  digests: ArticleDigest[],
  options: StreamedCorpusOptions,
  timings: CorpusTimings,
): Promise<Record<string, number>> {
  const timed = <T>(stage: keyof CorpusTimings, run: () => T): T => {
    const t = performance.now();
    try {
      return run();
    } finally {
      timings[stage] += performance.now() - t;
    }
  };
  const validation = options.validation;
  if (!validation.valid) throw new StreamedValidationFailed('spans');
  // An ID with "#" would break the order argument above (and IDs never have one): the in-memory step decides.
  if (digests.some((d) => d.articleId.includes('#'))) throw new StreamedValidationFailed('articles');
  const tables = articleTables();
  if (!streamable(tables)) throw new StreamedValidationFailed('x-sortBy');
  const resolution = timed('assemble', () =>
    resolveEntities(digests.map((d) => ({ articleId: d.articleId, entities: d.entities }))),
  );
  validation.rememberKeys(
    'entities',
    resolution.entities.map((e) => ({ entity_id: e.entityId })),
  );
  validation.rememberKeys(
    'articles',
    digests.map((d) => ({ article_id: d.articleId })),
  );
  const counts = new ArticleEntityCounts();
  const rowCounts: Record<string, number> = {};
  const byArticle = sortedBy(digests, (d) => d.articleId);
  const byEvent = sortedBy(digests, (d) => `${d.articleId}#`);
  // The two orders differ only for article IDs with a character below "#" (space, "!", '"'); when they are
  // the same, each article's event_participants go out with its other tables, from the same fragment.
  const oneOrder = byArticle.every((d, i) => d === byEvent[i]);
  // The store keeps each article's rows of every table as one range per table, which needs that one order.
  const storeDir = oneOrder ? options.fragments?.storeDir : undefined;
  const store = storeDir === undefined ? undefined : timed('export', () => TableStore.open(storeDir, tables));
  const recorder = storeDir === undefined ? undefined : new StoreRecorder(tables, store?.entityIds);
  // The counts start from the stored build's, and lose its articles that are not copied (below).
  if (store) counts.addTotals(store.entityIds, store.totals);
  let tableFiles: FileFacts[] = [];
  try {
    await writeFilesAtomically(outDir, async (folder) => {
      const writers = new Map<string, TableWriter>(tables.map((name) => [name, new TableWriter(folder, name)]));
      const write = (name: string, rows: AnyRow[]) => {
        timed('export', () => writers.get(name)!.add(rows));
        rowCounts[name] = (rowCounts[name] ?? 0) + rows.length;
      };
      const writeRendered = (name: string, rendered: RenderedRows | undefined): WrittenRange | undefined => {
        if (!rendered) return undefined;
        rowCounts[name] = (rowCounts[name] ?? 0) + rendered.rows;
        return timed('export', () => writers.get(name)!.addRendered(rendered));
      };
      const copier =
        store &&
        new RangeCopier(store, tables, writers, (article, table, range) => {
          recorder!.record(article, table, range);
          rowCounts[tables[table]!] = (rowCounts[tables[table]!] ?? 0) + range.rows;
        });
      for (const digest of byArticle) {
        const key = fragmentKey(digest, resolution, options);
        const stored = key === undefined ? undefined : store?.lookup(digest.articleId, key);
        if (stored) {
          // Written under the same key by the previous build, so validated already (see articleFragment).
          validation.checkArticleAlreadyValid(digest.articleId);
          if (!validation.valid) throw new StreamedValidationFailed(digest.articleId);
          const article = recorder!.beginStored(digest.articleId, key!, stored.mentions);
          timed('export', () => copier!.add(article, stored.slots));
          options.fragments!.copied = (options.fragments!.copied ?? 0) + 1;
          continue;
        }
        // What waits to be copied goes first: the tables are written in article order.
        if (copier) timed('export', () => copier.flush());
        const fragment = articleFragment(digest, key, { tables, spill, resolution, validation, options, timed });
        counts.addArticleEntityIds(fragment.mentionEntityIds);
        const article = recorder?.begin(digest.articleId, key ?? '', fragment.mentionEntityIds);
        tables.forEach((name, table) => {
          if (name === 'event_participants' && !oneOrder) return;
          const range = writeRendered(name, fragment.tables[name]);
          if (article !== undefined) recorder!.record(article, table, range);
        });
      }
      if (copier) timed('export', () => copier.flush());
      if (store) for (const ids of store.unusedMentionEntityIds()) counts.removeArticleEntityIds(ids);
      if (!oneOrder)
        for (const digest of byEvent) {
          write(
            'event_participants',
            timed('assemble', () => assembledRows('event_participants', digest, spill, resolution)),
          );
        }
      const files = timed('export', () => [...writers.values()].flatMap((w) => w.close()));
      tableFiles = [...files];
      const wholeTables: Record<string, AnyRow[]> = {
        entities: timed('assemble', () =>
          finishTable('entities', entityRows(resolution, counts) as unknown as AnyRow[]),
        ),
        quarantine: sortedQuarantine(options.quarantine),
      };
      for (const [name, rows] of Object.entries(wholeTables)) {
        timed('validate', () => validation.checkTable(name, rows));
        if (!validation.valid) throw new StreamedValidationFailed(name);
        files.push(...timed('export', () => writeTableFiles(folder, name, rows)));
        rowCounts[name] = rows.length;
      }
      const t = performance.now();
      await writePackageInto(folder, files, { version: options.version, sources: options.sources, extraFiles: [] });
      timings.export += performance.now() - t;
    });
  } finally {
    store?.close();
  }
  if (recorder) timed('export', () => recorder.save(storeDir!, outDir, tableFiles, counts));
  return Object.fromEntries(tableNames().map((name) => [name, rowCounts[name] ?? 0]));
}

interface FragmentContext {
  tables: ArticleTableName[];
  spill: ArticleRowSource;
  resolution: EntityResolution;
  validation: StreamedValidation;
  options: StreamedCorpusOptions;
  timed: <T>(stage: keyof CorpusTimings, run: () => T) => T;
}

/**
 * One article's rows, final and rendered: from the fragment cache when its outcome, its entity IDs and the
 * code are those of a fragment kept there (then validated already); else resolved, sorted, validated and
 * rendered here, and kept for the next build. Throws StreamedValidationFailed when the article does not validate.
 */
function articleFragment(digest: ArticleDigest, key: string | undefined, context: FragmentContext): ArticleFragment {
  const { tables, spill, resolution, validation, options, timed } = context;
  const kept = key === undefined ? undefined : timed('export', () => options.fragments!.cache.get(key));
  if (kept) {
    validation.checkArticleAlreadyValid(digest.articleId);
    if (!validation.valid) throw new StreamedValidationFailed(digest.articleId);
    return kept;
  }
  const own = timed('assemble', () => articleTablesOf(digest, tables, spill, resolution));
  timed('validate', () => validation.checkArticle(digest.articleId, own));
  if (!validation.valid) throw new StreamedValidationFailed(digest.articleId);
  const fragment: ArticleFragment = {
    tables: timed('export', () =>
      Object.fromEntries(
        tables.filter((name) => own[name]?.length).map((name) => [name, renderRows(name, own[name]!)]),
      ),
    ),
    mentionEntityIds: (own.mentions ?? []).map((m) => m.entity_id as string),
  };
  if (key !== undefined) timed('export', () => options.fragments!.cache.set(key, fragment));
  return fragment;
}

/** The key of an article's fragment (its outcome, its entities' global IDs, the code); undefined without a cache. */
function fragmentKey(
  digest: ArticleDigest,
  resolution: EntityResolution,
  options: StreamedCorpusOptions,
): string | undefined {
  const articleKey = options.fragments?.articleKey(digest);
  return articleKey === undefined
    ? undefined
    : options.fragments!.cache.keyOf(
        articleKey,
        digest.entities.map((e) => [e.key, resolution.resolve(digest.articleId, e.key)]),
      );
}

/** The tables made of the articles' rows: every table but entities and quarantine. */
function articleTables(): ArticleTableName[] {
  return tableNames().filter((name) => name !== 'entities' && name !== 'quarantine') as ArticleTableName[];
}

/** One article's final rows of `name`: global entity IDs, sorted, IDs unique. */
function assembledRows(
  name: ArticleTableName,
  digest: ArticleDigest,
  spill: ArticleRowSource,
  resolution: EntityResolution,
): AnyRow[] {
  const rows = resolvedRows(name, digest.articleId, spill.rowsOf(name, digest.index) as never, resolution);
  return finishTable(name, rows as unknown as AnyRow[]);
}

function articleTablesOf(
  digest: ArticleDigest,
  tables: ArticleTableName[],
  spill: ArticleRowSource,
  resolution: EntityResolution,
): Record<string, AnyRow[]> {
  return Object.fromEntries(tables.map((name) => [name, assembledRows(name, digest, spill, resolution)]));
}

/** Sorted by a text key in code-unit order, the order sortRows gives text. */
function sortedBy<T>(items: T[], key: (item: T) => string): T[] {
  return items
    .map((item) => ({ item, key: key(item) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ item }) => item);
}

function sortedQuarantine(rows: QuarantineRow[]): AnyRow[] {
  return [...rows].sort((a, b) =>
    a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0,
  ) as unknown as AnyRow[];
}

/**
 * The order argument of streamAssembleValidateAndWrite, checked against the schemas: each table it appends
 * article by article must sort by article_id first, event_participants by event_id. Else the step cannot
 * stream that table and the in-memory step runs instead.
 */
function streamable(tables: ArticleTableName[]): boolean {
  return tables.every(
    (name) => tableSchema(name)['x-sortBy'][0] === (name === 'event_participants' ? 'event_id' : 'article_id'),
  );
}
