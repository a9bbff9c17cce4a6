/**
 * The rows of a Tables page (src/pages/tables/[table].astro) as one HTML string. A page shows up to 5,000
 * rows of about ten cells: as Astro expressions they cost about a second per page on every build (the nine
 * tables took most of the time Astro spent rendering pages at 10,000 articles); as a string they cost a few
 * milliseconds. Every value goes through escapeHtmlText or escapeHtmlAttribute (the helpers the XSS tests
 * cover); the markup is what the page's expressions wrote.
 */
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from './html-text.ts';
import type { CellView } from './table-view.ts';

export type RowCells = Array<{ column: string; view: CellView }>;

function cellClass(view: CellView): string {
  const classes = [view.numeric && 'num', view.isId && 'cell-id', !view.isId && view.value.length > 60 && 'cell-long'];
  const value = classes.filter(Boolean).join(' ');
  return value ? ` class="${value}"` : '';
}

function cellHtml({ column, view }: RowCells[number], filterColumns: ReadonlySet<string>): string {
  const value = filterColumns.has(column) ? ` data-value="${attr(view.value)}"` : '';
  const content = view.isNull
    ? '<span class="muted">null</span>'
    : view.href
      ? `<a href="${attr(view.href)}"${view.title === undefined ? '' : ` title="${attr(view.title)}"`}>${text(view.text)}</a>`
      : text(view.text);
  return `<td data-col="${attr(column)}"${value}${cellClass(view)}>${content}</td>`;
}

/** The table's body rows, each marked for the page's filter script (data-filter-row). */
export function tableRowsHtml(rows: readonly RowCells[], filterColumns: ReadonlySet<string>): string {
  return rows
    .map((cells) => `<tr data-filter-row>${cells.map((cell) => cellHtml(cell, filterColumns)).join('')}</tr>`)
    .join('\n');
}
