/**
 * The corpus-level half of assembly: resolves entities across articles, replaces the local keys in every
 * entity column with global IDs, builds the entities table, and sorts every table. Pure: no I/O.
 */
import { resolveEntities } from '@dossier/normalize';
import { tableSchema, type TableRows, type TableName } from '@dossier/schema';
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

export function assembleTables(articles: ArticleRows[]): Tables {
  const resolution = resolveEntities(articles.map((a) => ({ articleId: a.articleId, entities: a.entities })));
  const tables: Tables = {
    articles: [], entities: [], mentions: [], roles: [], temporal_expressions: [], quotes: [], quantities: [], events: [], event_participants: [],
  };
  const mentionCount = new Map<string, number>();
  const articleSets = new Map<string, Set<string>>();

  for (const { articleId: id, rows } of articles) {
    const resolve = (key: string) => resolution.resolve(id, key);
    const resolveOrNull = (key: string | null) => (key === null ? null : resolve(key));
    tables.articles.push(...rows.articles);
    for (const m of rows.mentions) {
      m.entity_id = resolve(m.entity_id);
      mentionCount.set(m.entity_id, (mentionCount.get(m.entity_id) ?? 0) + 1);
      const set = articleSets.get(m.entity_id) ?? new Set<string>();
      set.add(id);
      articleSets.set(m.entity_id, set);
      tables.mentions.push(m);
    }
    for (const r of rows.roles) {
      r.person_id = resolve(r.person_id);
      r.organization_id = resolveOrNull(r.organization_id);
      r.country_id = resolveOrNull(r.country_id);
      r.place_id = resolveOrNull(r.place_id);
      tables.roles.push(r);
    }
    tables.temporal_expressions.push(...rows.temporal_expressions);
    for (const q of rows.quotes) {
      q.speaker_id = resolveOrNull(q.speaker_id);
      tables.quotes.push(q);
    }
    tables.quantities.push(...rows.quantities);
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
      article_count: articleSets.get(g.entityId)?.size ?? 0,
      mention_count: mentionCount.get(g.entityId) ?? 0,
    });
  }

  for (const name of Object.keys(tables) as TableName[]) {
    const schema = tableSchema(name);
    const rows = sortRows(tables[name] as unknown as Array<Record<string, unknown>>, schema['x-sortBy']);
    if (schema['x-primaryKey'].length === 1) uniqueIds(rows, schema['x-primaryKey'][0]!);
  }
  return tables;
}
