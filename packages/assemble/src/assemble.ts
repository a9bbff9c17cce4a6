/**
 * The corpus-level half of assembly: resolves entities across articles, replaces the local keys in every
 * entity column with global IDs, builds the entities table, and sorts every table. Pure: no I/O.
 */
import { resolveEntities, type EntityResolution } from '@dossier/normalize';
import { TABLE_NAMES, tableSchema, type TableRows, type TableName } from '@dossier/schema';
import type { ArticleRows } from './article-rows.js';
import { sortRows } from './sort.js';

export type Tables = { [K in TableName]: Array<TableRows[K]> };

/**
 * Gives every row a unique ID: a second row on the same span gets "~1", a third "~2". Runs on sorted rows,
 * where rows sharing an ID are adjacent: every table sorts by its ID last, after the columns the ID is made
 * of (article and span). Validation's primary-key check would catch a table where that stopped being true.
 */
function uniqueIds<T extends Record<string, unknown>>(rows: T[], idColumn: string): T[] {
  let previous: unknown;
  let repeats = 0;
  for (const row of rows) {
    const id = row[idColumn];
    if (id === previous) {
      repeats++;
      (row as Record<string, unknown>)[idColumn] = `${id as string}~${repeats}`;
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
export function entityFreeTableNames(): TableName[] {
  return TABLE_NAMES().filter((name) => name !== 'entities' && tableSchema(name)['x-foreignKeys'].every((fk) => fk.reference.resource !== 'entities')) as TableName[];
}

export type EntityFreeTables = Partial<Tables>;

/** Sorted, with unique IDs: the final form of every table that needs no entity resolution. */
export function assembleEntityFreeTables(articles: ArticleRows[]): EntityFreeTables {
  const tables: EntityFreeTables = {};
  for (const name of entityFreeTableNames()) {
    const rows: Array<Record<string, unknown>> = [];
    for (const article of articles) for (const row of (article.rows as unknown as Record<string, Array<Record<string, unknown>>>)[name]!) rows.push(row);
    (tables as Record<string, unknown>)[name] = finish(name, rows);
  }
  return tables;
}

function finish(name: TableName, rows: Array<Record<string, unknown>>): Array<Record<string, unknown>> {
  const schema = tableSchema(name);
  sortRows(rows, schema['x-sortBy']);
  if (schema['x-primaryKey'].length === 1) uniqueIds(rows, schema['x-primaryKey'][0]!);
  return rows;
}

type RestTables = Pick<Tables, 'entities' | 'roles' | 'quotes' | 'events' | 'event_participants'>;

/**
 * The tables that need entity resolution, built in two steps so that an export can start on mentions, the
 * biggest table, while the others are still being built: mentions() first (it resolves the entities), then
 * rest(), each once; tables() then gives every table, `entityFree` included.
 */
export class ResolvedAssembly {
  private resolution?: EntityResolution;
  private readonly mentionCount = new Map<string, number>();
  private readonly articleSets = new Map<string, Set<string>>();
  private built: Partial<Tables> = {};

  /** `entityFree` are the tables assembleEntityFreeTables made from the same articles. */
  constructor(
    private articles: ArticleRows[],
    private readonly entityFree: EntityFreeTables,
  ) {}

  private resolved(): EntityResolution {
    this.resolution ??= resolveEntities(this.articles.map((a) => ({ articleId: a.articleId, entities: a.entities })));
    return this.resolution;
  }

  mentions(): Tables['mentions'] {
    const resolution = this.resolved();
    const mentions: Tables['mentions'] = [];
    for (const { articleId: id, rows } of this.articles) {
      for (const m of rows.mentions) {
        m.entity_id = resolution.resolve(id, m.entity_id);
        this.mentionCount.set(m.entity_id, (this.mentionCount.get(m.entity_id) ?? 0) + 1);
        const set = this.articleSets.get(m.entity_id) ?? new Set<string>();
        set.add(id);
        this.articleSets.set(m.entity_id, set);
        mentions.push(m);
      }
    }
    finish('mentions', mentions as unknown as Array<Record<string, unknown>>);
    this.built.mentions = mentions;
    return mentions;
  }

  /** Every other table that holds entity IDs, and the entities table (which counts the mentions). */
  rest(): RestTables {
    const resolution = this.resolved();
    const tables: RestTables = { entities: [], roles: [], quotes: [], events: [], event_participants: [] };
    for (const { articleId: id, rows } of this.articles) {
      const resolve = (key: string) => resolution.resolve(id, key);
      const resolveOrNull = (key: string | null) => (key === null ? null : resolve(key));
      for (const r of rows.roles) {
        r.person_id = resolve(r.person_id);
        r.organization_id = resolveOrNull(r.organization_id);
        r.country_id = resolveOrNull(r.country_id);
        r.place_id = resolveOrNull(r.place_id);
        tables.roles.push(r);
      }
      for (const q of rows.quotes) {
        q.speaker_id = resolveOrNull(q.speaker_id);
        tables.quotes.push(q);
      }
      for (const e of rows.events) {
        e.location_id = resolveOrNull(e.location_id);
        tables.events.push(e);
      }
      // Two local entities of one article can resolve to the same entity: keep the first participant row.
      const participantSeen = new Set<string>();
      for (const p of rows.event_participants) {
        p.entity_id = resolve(p.entity_id);
        const key = `${p.event_id}\u0000${p.entity_id}\u0000${p.role}`;
        if (participantSeen.has(key)) continue;
        participantSeen.add(key);
        tables.event_participants.push(p);
      }
    }
    for (const g of resolution.entities) {
      tables.entities.push({
        entity_id: g.entityId,
        type: g.type,
        name: g.name,
        aliases: g.aliases.length ? [...g.aliases].sort().join('; ') : null,
        country_code: g.countryCode,
        article_count: this.articleSets.get(g.entityId)?.size ?? 0,
        mention_count: this.mentionCount.get(g.entityId) ?? 0,
      });
    }
    for (const name of Object.keys(tables) as TableName[]) finish(name, tables[name as keyof typeof tables] as unknown as Array<Record<string, unknown>>);
    // The last step: every row now lives in a table, so the per-article lists can be freed.
    this.articles = [];
    Object.assign(this.built, tables);
    return tables;
  }

  /** Every table, keyed in schema order; after both steps. */
  tables(): Tables {
    const parts: Partial<Tables> = { ...this.entityFree, ...this.built };
    const missing = TABLE_NAMES().filter((name) => !(name in parts));
    if (missing.length) throw new Error(`assembly: no rows for ${missing.join(', ')}; call mentions() and rest() before tables()`);
    return Object.fromEntries(TABLE_NAMES().map((name) => [name, parts[name as TableName]])) as Tables;
  }
}

/**
 * Every table: entities resolved across articles, local keys replaced by global IDs, the entities table built,
 * every table sorted. `entityFree` are the tables assembleEntityFreeTables already made from these articles.
 */
export function assembleTables(articles: ArticleRows[], entityFree: EntityFreeTables = assembleEntityFreeTables(articles)): Tables {
  const resolved = new ResolvedAssembly(articles, entityFree);
  resolved.mentions();
  resolved.rest();
  return resolved.tables();
}
