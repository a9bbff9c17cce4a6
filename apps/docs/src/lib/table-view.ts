/** How the Tables pages show a cell: links for IDs, short text for long text, nulls made visible. */
import { entityUrl, articleUrl, spanUrl } from './urls.ts';

export interface CellView {
  text: string;
  href?: string;
  /** The full value, for the column filters (exact match). */
  value: string;
  /** The raw ID, shown on hover, when `text` is the entity's name instead. */
  title?: string;
  /** An ID or an offset: kept on one line, and placed after the columns a reader looks at first. */
  isId: boolean;
  isNull: boolean;
  numeric: boolean;
}

export const LONG_TEXT = 160;
const ENTITY_ID = /^(person|organization|country|place):[a-z0-9][a-z0-9-]*$/u;

/** Whether a cell's value is an entity ID (shown as the entity's name, linked to its page). */
export const isEntityId = (value: string) => ENTITY_ID.test(value);

/**
 * The columns a reader needs first, per table: who, what and the quoted text before the IDs and offsets.
 * Columns not listed keep their schema order after these; IDs and offsets come last (isIdColumn).
 */
const LEAD_COLUMNS: Record<string, readonly string[]> = {
  articles: ['published', 'outlet', 'headline', 'authors', 'dateline', 'word_count'],
  entities: ['name', 'type', 'mention_count', 'article_count', 'aliases', 'country_code'],
  mentions: ['entity_id', 'text', 'kind'],
  roles: ['person_id', 'title', 'organization_id', 'country_id', 'text', 'place_id', 'former', 'as_of'],
  temporal_expressions: ['text', 'type', 'value', 'rule'],
  quotes: ['speaker_id', 'speaker_text', 'text', 'cue', 'hedged', 'date_value'],
  quantities: ['text', 'value', 'unit', 'modifier'],
  events: ['type', 'text', 'status', 'date_start', 'date_end', 'trigger'],
  event_participants: ['entity_id', 'role', 'text'],
};

/** Entity references stay among the lead columns (they are shown as names); other IDs and offsets do not. */
function isIdColumn(column: string, primaryKey: readonly string[]): boolean {
  return (
    primaryKey.includes(column) ||
    /_id$/u.test(column) ||
    ['start', 'end', 'paragraph', 'sentence', 'sha256', 'source_file'].includes(column)
  );
}

/** The columns in the order the Tables page shows them: the lead columns, the rest, then IDs and offsets. */
export function readerColumnOrder(table: string, columns: readonly string[], primaryKey: readonly string[]): string[] {
  const lead = (LEAD_COLUMNS[table] ?? []).filter((c) => columns.includes(c));
  const rest = columns.filter((c) => !lead.includes(c));
  return [...lead, ...rest.filter((c) => !isIdColumn(c, primaryKey)), ...rest.filter((c) => isIdColumn(c, primaryKey))];
}

export function cellView(
  column: string,
  value: unknown,
  row: Record<string, unknown>,
  primaryKey: readonly string[],
  nameOf?: (entityId: string) => string,
): CellView {
  const isId = isIdColumn(column, primaryKey);
  if (value === null || value === undefined) return { text: 'null', value: '', isNull: true, numeric: false, isId };
  const text = typeof value === 'string' ? value : String(value);
  const numeric = typeof value === 'number';
  const articleId = typeof row.article_id === 'string' ? row.article_id : undefined;
  let href: string | undefined;
  if (typeof value === 'string' && ENTITY_ID.test(value) && column !== 'type') {
    href = entityUrl(value);
    const name = column === 'entity_id' && primaryKey.includes(column) ? undefined : nameOf?.(value);
    if (name && name !== value) return { text: name, href, value: text, title: value, isNull: false, numeric, isId };
  } else if (column === 'article_id') href = articleUrl(text);
  else if (articleId && primaryKey.length === 1 && primaryKey[0] === column && text.includes('#'))
    href = spanUrl(articleId, text);
  else if (articleId && /_id$/u.test(column) && text.startsWith(`${articleId}#`)) href = spanUrl(articleId, text);
  const short = text.length > LONG_TEXT ? `${Array.from(text).slice(0, LONG_TEXT).join('')}…` : text;
  return { text: short, href, value: text, isNull: false, numeric, isId };
}
