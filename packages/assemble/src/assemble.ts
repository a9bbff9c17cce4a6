/**
 * The corpus-level half of assembly: resolves entities across articles, puts global IDs in every entity
 * column, builds the entities table, and sorts every table. Pure: no I/O, and the input rows are never edited
 * (a row that changes is copied), so every function can be called again on the same articles.
 */
import { resolveEntities, type EntityResolution } from '@dossier/normalize';
import { TABLE_NAMES, tableSchema, type TableRows, type TableName } from '@dossier/schema';
import type { ArticleRows, ArticleTableName } from './article-rows.js';
import { sortRows } from './sort.js';
import { EntityCounts, entityRows, resolvedRows } from './resolve-rows.js';

export type Tables = { [K in TableName]: Array<TableRows[K]> };

/** The tables assembly makes: all but `quarantine`, which lists the articles the pipeline left out. */
export type AssembledTables = Omit<Tables, 'quarantine'>;

type AnyRow = Record<string, unknown>;

/**
 * Gives every row a unique ID: a second row on the same span gets "~1", a third "~2". Runs on sorted rows,
 * where rows sharing an ID are adjacent: every table sorts by its ID last, after the columns the ID is made
 * of (article and span). Validation's primary-key check would catch a table where that stopped being true.
 */
function uniqueIds(rows: AnyRow[], idColumn: string): AnyRow[] {
  let previous: unknown;
  let repeats = 0;
  for (let i = 0; i < rows.length; i++) {
    const id = rows[i]![idColumn];
    if (id === previous) {
      repeats++;
      rows[i] = { ...rows[i], [idColumn]: `${id as string}~${repeats}` };
    } else {
      previous = id;
      repeats = 0;
    }
  }
  return rows;
}

/**
 * The tables that hold no entity ID (no foreign key into entities): they are complete as soon as every article
 * is processed, so an export can start rendering them while entities are still being resolved.
 */
export function entityFreeTableNames(): ArticleTableName[] {
  return TABLE_NAMES().filter(
    (name) =>
      name !== 'entities' &&
      name !== 'quarantine' &&
      tableSchema(name)['x-foreignKeys'].every((fk) => fk.reference.resource !== 'entities'),
  ) as ArticleTableName[];
}

export type EntityFreeTables = Partial<AssembledTables>;

/** Sorted, with unique IDs: the final form of every table that needs no entity resolution. */
export function assembleEntityFreeTables(articles: ArticleRows[]): EntityFreeTables {
  const tables: Record<string, AnyRow[]> = {};
  for (const name of entityFreeTableNames()) {
    const rows: AnyRow[] = [];
    for (const article of articles) for (const row of article.rows[name] as unknown as AnyRow[]) rows.push(row);
    tables[name] = finishTable(name, rows);
  }
  return tables as EntityFreeTables;
}

/** Sorts a table by its schema's x-sortBy and makes its IDs unique: the last step of every table. */
export function finishTable(name: TableName, rows: AnyRow[]): AnyRow[] {
  const schema = tableSchema(name);
  sortRows(rows, schema['x-sortBy']);
  if (schema['x-primaryKey'].length === 1) uniqueIds(rows, schema['x-primaryKey'][0]!);
  return rows;
}

/** Entities resolved across articles, and the mentions table with their global IDs. */
export interface ResolvedMentions {
  resolution: EntityResolution;
  mentions: AssembledTables['mentions'];
}

/**
 * Resolves entities across the articles and builds the mentions table, the biggest one: the first of the
 * tables that need global entity IDs, so that an export can start on it while the others are built
 * (assembleEntityTables).
 */
export function resolveMentions(articles: ArticleRows[]): ResolvedMentions {
  const resolution = resolveEntities(articles.map((a) => ({ articleId: a.articleId, entities: a.entities })));
  const mentions: AssembledTables['mentions'] = [];
  for (const { articleId: id, rows } of articles)
    for (const m of resolvedRows('mentions', id, rows.mentions, resolution)) mentions.push(m);
  finishTable('mentions', mentions as unknown as AnyRow[]);
  return { resolution, mentions };
}

export type EntityTables = Pick<AssembledTables, 'entities' | 'roles' | 'quotes' | 'events' | 'event_participants'>;

/** The entities table (counting the mentions) and every other table that holds entity IDs. */
export function assembleEntityTables(
  articles: ArticleRows[],
  { resolution, mentions }: ResolvedMentions,
): EntityTables {
  const tables: EntityTables = { entities: [], roles: [], quotes: [], events: [], event_participants: [] };
  for (const { articleId: id, rows } of articles) {
    for (const r of resolvedRows('roles', id, rows.roles, resolution)) tables.roles.push(r);
    for (const r of resolvedRows('quotes', id, rows.quotes, resolution)) tables.quotes.push(r);
    for (const r of resolvedRows('events', id, rows.events, resolution)) tables.events.push(r);
    for (const r of resolvedRows('event_participants', id, rows.event_participants, resolution))
      tables.event_participants.push(r);
  }
  const counts = new EntityCounts();
  for (const m of mentions) counts.add(m.entity_id, m.article_id);
  tables.entities = entityRows(resolution, counts);
  for (const name of Object.keys(tables) as Array<keyof EntityTables>)
    finishTable(name, tables[name] as unknown as AnyRow[]);
  return tables;
}

/** Every assembled table, keyed in schema order. */
export function assembleTables(articles: ArticleRows[]): AssembledTables {
  const resolved = resolveMentions(articles);
  return inSchemaOrder({
    ...assembleEntityFreeTables(articles),
    mentions: resolved.mentions,
    ...assembleEntityTables(articles, resolved),
  }) as AssembledTables;
}

/** The tables keyed in schema order (the order of datapackage.json's resources). */
export function inSchemaOrder<T extends Partial<Tables>>(tables: T): T {
  return Object.fromEntries(
    TABLE_NAMES()
      .filter((name) => name in tables)
      .map((name) => [name, tables[name as keyof T]]),
  ) as unknown as T;
}
