/**
 * What the scorer needs from a published dataset, per article: the body and the rows that point into it.
 * Built from the tables as a consumer reads them (readDataset) or as the build holds them in memory.
 */
import type { Row, TableSet } from '@dossier/validate';
import type { EventRow } from './events.js';

export interface EntityRow {
  entity_id: string;
  type: string;
  name: string;
  aliases: string | null;
}

export interface SpanRow {
  text: string;
  start: number;
  end: number;
}
export interface RoleRow extends SpanRow {
  person_id: string;
  title: string;
  organization_id: string | null;
  country_id: string | null;
  place_id: string | null;
  former: boolean;
}
export interface TimexRow extends SpanRow {
  type: string;
  value: string;
}
export interface QuoteRow extends SpanRow {
  speaker_id: string | null;
  speaker_text: string | null;
}
export interface QuantityRow extends SpanRow {
  value: number | null;
  modifier: string | null;
  unit: string | null;
}

export interface ArticleView {
  articleId: string;
  body: string;
  published: string;
  /** Entities this article names (through mentions, roles or quote speakers), by type. */
  entitiesByType: Map<string, EntityRow[]>;
  roles: RoleRow[];
  timexes: TimexRow[];
  quotes: QuoteRow[];
  quantities: QuantityRow[];
  events: EventRow[];
  /** Rows of any span table whose body[start:end] is not their text. */
  roundTripFailures: number;
}

/** Every table whose rows carry article_id, start, end and text. */
export const SPAN_TABLES = [
  'mentions',
  'roles',
  'temporal_expressions',
  'quotes',
  'quantities',
  'events',
  'event_participants',
] as const;

export interface DatasetView {
  articles: Map<string, ArticleView>;
  entities: Map<string, EntityRow>;
}

/** Every written form of an entity: its name and each "; "-joined alias. */
export function entityForms(entity: EntityRow | undefined): string[] {
  if (!entity) return [];
  return [entity.name, ...(entity.aliases ? entity.aliases.split('; ') : [])];
}

function byArticle(rows: Row[] | undefined): Map<string, Row[]> {
  const map = new Map<string, Row[]>();
  for (const row of rows ?? []) {
    const id = row.article_id as string;
    let list = map.get(id);
    if (!list) map.set(id, (list = []));
    list.push(row);
  }
  return map;
}

export function viewDataset(tables: TableSet): DatasetView {
  const entities = new Map<string, EntityRow>();
  for (const row of tables.entities ?? []) entities.set(row.entity_id as string, row as unknown as EntityRow);
  const grouped = Object.fromEntries(SPAN_TABLES.map((t) => [t, byArticle(tables[t])])) as Record<
    (typeof SPAN_TABLES)[number],
    Map<string, Row[]>
  >;

  const articles = new Map<string, ArticleView>();
  for (const article of tables.articles ?? []) {
    const articleId = article.article_id as string;
    const body = article.body as string;
    const rowsOf = (table: (typeof SPAN_TABLES)[number]) => grouped[table].get(articleId) ?? [];
    const roles = rowsOf('roles') as unknown as RoleRow[];
    const quotes = rowsOf('quotes') as unknown as QuoteRow[];

    const named = new Set<string>();
    for (const m of rowsOf('mentions')) named.add(m.entity_id as string);
    for (const r of roles)
      for (const id of [r.person_id, r.organization_id, r.country_id, r.place_id]) if (id) named.add(id);
    for (const q of quotes) if (q.speaker_id) named.add(q.speaker_id);
    const entitiesByType = new Map<string, EntityRow[]>();
    for (const id of [...named].sort()) {
      const entity = entities.get(id);
      if (!entity) continue;
      let list = entitiesByType.get(entity.type);
      if (!list) entitiesByType.set(entity.type, (list = []));
      list.push(entity);
    }

    // Code points once per article, not once per row: datasets may hold thousands of rows per article.
    const cps = Array.from(body);
    let roundTripFailures = 0;
    for (const table of SPAN_TABLES) {
      for (const row of rowsOf(table)) {
        if (cps.slice(row.start as number, row.end as number).join('') !== row.text) roundTripFailures++;
      }
    }
    articles.set(articleId, {
      articleId,
      body,
      published: article.published as string,
      entitiesByType,
      roles,
      timexes: rowsOf('temporal_expressions') as unknown as TimexRow[],
      quotes,
      quantities: rowsOf('quantities') as unknown as QuantityRow[],
      events: rowsOf('events') as unknown as EventRow[],
      roundTripFailures,
    });
  }
  return { articles, entities };
}
