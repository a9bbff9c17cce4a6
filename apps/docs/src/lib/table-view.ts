/** How the Tables pages show a cell: links for IDs, short text for long text, nulls made visible. */
import { entityUrl, articleUrl, spanUrl } from './urls.ts';

export interface CellView {
  text: string;
  href?: string;
  /** The full value, for the column filters (exact match). */
  value: string;
  isNull: boolean;
  numeric: boolean;
}

export const LONG_TEXT = 160;
const ENTITY_ID = /^(person|organization|country|place):[a-z0-9][a-z0-9-]*$/u;

export function cellView(column: string, value: unknown, row: Record<string, unknown>, primaryKey: readonly string[]): CellView {
  if (value === null || value === undefined) return { text: 'null', value: '', isNull: true, numeric: false };
  const text = typeof value === 'string' ? value : String(value);
  const numeric = typeof value === 'number';
  const articleId = typeof row.article_id === 'string' ? row.article_id : undefined;
  let href: string | undefined;
  if (typeof value === 'string' && ENTITY_ID.test(value) && column !== 'type') href = entityUrl(value);
  else if (column === 'article_id') href = articleUrl(text);
  else if (articleId && primaryKey.length === 1 && primaryKey[0] === column && text.includes('#')) href = spanUrl(articleId, text);
  else if (articleId && /_id$/u.test(column) && text.startsWith(`${articleId}#`)) href = spanUrl(articleId, text);
  const short = text.length > LONG_TEXT ? `${Array.from(text).slice(0, LONG_TEXT).join('')}…` : text;
  return { text: short, href, value: text, isNull: false, numeric };
}
