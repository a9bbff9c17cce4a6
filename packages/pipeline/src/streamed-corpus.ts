/**
 * The corpus-level steps (assembly, validation, export) one table at a time, reading the per-article rows from
 * the spill (spill.ts) instead of holding every article's rows. Only entity resolution needs every article,
 * and only its local entities (names, types, aliases), which the build keeps as the articles arrive. Each
 * table is then read back, given its global entity IDs, sorted, validated and written, and dropped before the
 * next one is read, so the memory the step needs is that of the largest table rather than of the whole dataset.
 *
 * The files are byte-identical to the in-memory path (staged-export.ts) because the rows are the same and
 * come in the same order: articles in input order, the same per-table resolution (resolvedRows), the same
 * stable sort (finishTable) and the same writer (writeTableFiles). `streamed-corpus.test.ts` checks it.
 */
import type { LocalEntity } from '@dossier/core';
import { EntityCounts, entityRows, finishTable, resolvedRows, type ArticleTableName } from '@dossier/assemble';
import { resolveEntities, type EntityResolution } from '@dossier/normalize';
import { tableSchema, type QuarantineRow } from '@dossier/schema';
import type { StreamedValidation } from '@dossier/validate';
import { tableNames, writeFilesAtomically, writePackageInto, writeTableFiles, type FileFacts } from '@dossier/export';
import type { SourceNote } from '@dossier/export';
import type { ArticleSpill } from './spill.js';
import type { CorpusTimings } from './staged-export.js';

type AnyRow = Record<string, unknown>;

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
}

/** Validation found a problem: the caller redoes the corpus step in memory to pin and list the problems. */
export class StreamedValidationFailed extends Error {
  constructor(readonly table: string) {
    super(`the ${table} table did not validate`);
  }
}

/** Assembles, validates and writes the dataset into `outDir` table by table; returns each table's row count. */
export async function streamAssembleValidateAndWrite(
  outDir: string,
  spill: ArticleSpill,
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
  if (!options.validation.valid) throw new StreamedValidationFailed('spans');
  const articleIds = new Map(digests.map((d) => [d.index, d.articleId]));
  const resolution = timed('assemble', () =>
    resolveEntities(digests.map((d) => ({ articleId: d.articleId, entities: d.entities }))),
  );
  // Mentions need the entities' keys before the entities table exists (its counts come from the mentions).
  options.validation.rememberKeys(
    'entities',
    resolution.entities.map((e) => ({ entity_id: e.entityId })),
  );
  const counts = new EntityCounts();
  const rowCounts: Record<string, number> = {};
  await writeFilesAtomically(outDir, async (folder) => {
    const files: FileFacts[] = [];
    for (const name of tableOrder()) {
      const rows = timed('assemble', () => {
        if (name === 'entities') return finishTable('entities', entityRows(resolution, counts) as unknown as AnyRow[]);
        if (name === 'quarantine') return sortedQuarantine(options.quarantine);
        return assembledTable(name as ArticleTableName, spill, articleIds, resolution);
      });
      if (name === 'mentions') for (const m of rows) counts.add(m.entity_id as string, m.article_id as string);
      timed('validate', () => options.validation.checkTable(name, rows));
      if (!options.validation.valid) throw new StreamedValidationFailed(name);
      timed('export', () => files.push(...writeTableFiles(folder, name, rows)));
      rowCounts[name] = rows.length;
    }
    const t = performance.now();
    await writePackageInto(folder, files, { version: options.version, sources: options.sources, extraFiles: [] });
    timings.export += performance.now() - t;
  });
  return Object.fromEntries(tableNames().map((name) => [name, rowCounts[name] ?? 0]));
}

/** One table's rows from every kept article, in input order, with global entity IDs, sorted, IDs unique. */
function assembledTable(
  name: ArticleTableName,
  spill: ArticleSpill,
  articleIds: Map<number, string>,
  resolution: EntityResolution,
): AnyRow[] {
  const rows: AnyRow[] = [];
  for (const [index, own] of spill.tableRows(name, (i) => articleIds.has(i))) {
    const resolved = resolvedRows(name, articleIds.get(index)!, own as never, resolution) as unknown as AnyRow[];
    for (const row of resolved) rows.push(row);
  }
  return finishTable(name, rows);
}

function sortedQuarantine(rows: QuarantineRow[]): AnyRow[] {
  return [...rows].sort((a, b) =>
    a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0,
  ) as unknown as AnyRow[];
}

/**
 * The tables in an order where each comes after the tables its foreign keys point at, so each can be checked
 * against their keys; entities come right after mentions, whose rows they count (the entities' keys are
 * known from the resolution before either). Otherwise schema order.
 */
export function tableOrder(): string[] {
  const names = tableNames();
  const dependsOn = (name: string): string[] =>
    name === 'entities'
      ? ['mentions']
      : tableSchema(name)
          ['x-foreignKeys'].map((fk) => fk.reference.resource)
          .filter((r) => r !== name && r !== 'entities');
  const order: string[] = [];
  const visit = (name: string, path: string[]) => {
    if (order.includes(name)) return;
    if (path.includes(name)) throw new Error(`tables refer to each other in a cycle: ${[...path, name].join(' → ')}`);
    for (const dep of dependsOn(name)) visit(dep, [...path, name]);
    order.push(name);
  };
  for (const name of names) visit(name, []);
  return order;
}
