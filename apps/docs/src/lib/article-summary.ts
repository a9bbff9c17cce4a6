/**
 * What the page model (src/lib/page-model.ts) takes from one article, made once with the article's files and
 * kept with them: the first line of its records file (`recordsPath`, src/lib/article-work.ts), under the same
 * key. A warm site-data step reads it instead of parsing the article's rows, which are then parsed only for the
 * few articles whose rows a page shows (the tables' first rows, the first undated events).
 * It holds names (roles and timeline labels say who), and so does the key: the names of the entities the
 * article shows are part of it (`articleKey` in src/lib/site-data.ts).
 */
import type { ArticleGroup } from './stream/article-groups.ts';
import { ARTICLE_TABLES } from './stream/article-groups.ts';
import { describeRole } from './model.ts';
import { datedTimelineItems, filterColumnNames } from './page-model.ts';
import type { TimelineItem } from './timeline.ts';

export interface ArticleSummary {
  /** The entities the article's rows name, sorted (its files' key holds their names and links). */
  entityIds: string[];
  /** Rows per article-scoped table, by the table's name. */
  rows: Record<string, number>;
  /** Per table, the distinct values of each column a table page filters by (`filterColumnNames`). */
  filterValues: Record<string, Record<string, string[]>>;
  /** Events per type, in the order the types first appear. */
  eventTypes: Array<[string, number]>;
  /** Each role row's person and description (`describeRole`), in the roles table's order. */
  roles: Array<[string, string]>;
  /** The article's dated events and quotes, as the timeline shows them. */
  dated: TimelineItem[];
  /** How many of its events have no date. */
  undated: number;
}

/** The entities an article's rows name, sorted. */
export function rowsEntityIds(group: ArticleGroup): string[] {
  const ids = new Set<string>();
  for (const r of group.mentions) ids.add(r.entity_id);
  for (const r of group.roles)
    for (const id of [r.person_id, r.organization_id, r.country_id, r.place_id]) if (id) ids.add(id);
  for (const r of group.quotes) if (r.speaker_id) ids.add(r.speaker_id);
  for (const r of group.participants) ids.add(r.entity_id);
  return [...ids].sort();
}

function distinctValues(rows: readonly object[], columns: readonly string[]): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const column of columns) {
    const values = new Set<string>();
    for (const row of rows) {
      // As a table's preview takes a value (src/lib/page-model.ts): null is no value.
      const cell = (row as Record<string, unknown>)[column];
      const value = cell === null ? '' : String(cell);
      if (value) values.add(value);
    }
    if (values.size > 0) out[column] = [...values];
  }
  return out;
}

/** The summary of the article the site model shows (`showArticle`): names are looked up there. */
export function articleSummary(group: ArticleGroup): ArticleSummary {
  const rows: Record<string, number> = {};
  const filterValues: Record<string, Record<string, string[]>> = {};
  for (const [field, table] of Object.entries(ARTICLE_TABLES) as Array<[keyof typeof ARTICLE_TABLES, string]>) {
    const tableRows = group[field] as readonly object[];
    if (tableRows.length === 0) continue;
    rows[table] = tableRows.length;
    const values = distinctValues(tableRows, filterColumnNames(table));
    if (Object.keys(values).length > 0) filterValues[table] = values;
  }
  const eventTypes = new Map<string, number>();
  for (const e of group.events) eventTypes.set(e.type, (eventTypes.get(e.type) ?? 0) + 1);
  return {
    entityIds: rowsEntityIds(group),
    rows,
    filterValues,
    eventTypes: [...eventTypes],
    roles: group.roles.map((r) => [r.person_id, describeRole(r)]),
    dated: datedTimelineItems(group),
    undated: group.events.filter((e) => !e.date_start).length,
  };
}
