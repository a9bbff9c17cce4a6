/**
 * The data part of a Tables page (src/pages/tables/[table].astro) as one HTML string for its slot: the
 * filters (a select for each column with a short list of values) and the first rows, or a note when the
 * table is empty. Every value is escaped with the helpers of src/lib/html-text.ts; the rows are
 * tableRowsHtml's, as before.
 */
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from '../html-text.ts';
import { entityName, siteModel } from '../model.ts';
import type { TablePreview } from '../page-model.ts';
import { dictionaryTables } from '../schemas.ts';
import { tableRowsHtml } from '../table-rows-html.ts';
import { cellView, readerColumnOrder } from '../table-view.ts';

function filtersHtml(table: string, columns: ReadonlyArray<{ name: string; values: readonly string[] }>): string {
  const selects = columns.map(
    (c) =>
      `<label>${text(c.name)}<select data-filter-column="${attr(c.name)}"><option value="">any</option>${c.values
        .map((v) => `<option value="${attr(v)}">${text(v)}</option>`)
        .join('')}</select></label>`,
  );
  return [
    `<div class="filters" data-filter-for="${attr(`rows-${table}`)}" hidden>`,
    '<label>Search<input type="search" data-filter-input placeholder="any text in the row"></label>',
    ...selects,
    '<p class="muted" data-filter-count aria-live="polite"></p>',
    '</div>',
  ].join('');
}

export function tablePageHtml(table: string, rowCount: number, preview: TablePreview): string {
  if (rowCount === 0) return '<p>This table has no rows in the current build.</p>';
  const schema = dictionaryTables().find((t) => t.name === table);
  if (!schema) throw new Error(`the Tables page of "${table}" has no schema in schemas/`);
  siteModel(); // sets the link policy that entity links follow
  // The columns a reader needs first (who, what, the text), then IDs and offsets; the files keep the schema's order.
  const columns = readerColumnOrder(
    schema.name,
    schema.columns.map((c) => c.name),
    schema.primaryKey,
  );
  // A select of thousands of article IDs helps nobody and weighs megabytes: the search box finds them.
  const filterColumns = schema.columns
    .filter((c) => preview.filterValues[c.name])
    .map((c) => ({ name: c.name, values: preview.filterValues[c.name]! }));
  const views = preview.rows.map((row) =>
    columns.map((c) => ({ column: c, view: cellView(c, row[c], row, schema.primaryKey, entityName) })),
  );
  const head = columns.map((c) => `<th scope="col" data-col="${attr(c)}">${text(c)}</th>`).join('');
  return [
    filtersHtml(table, filterColumns),
    `<div class="data-table-wrap rows-wrap" tabindex="0" role="region" aria-label="${attr(`Rows of ${table}`)}">`,
    `<table class="data-table compact" id="${attr(`rows-${table}`)}" data-pagefind-ignore>`,
    `<caption class="sr-only">Rows of ${text(table)}</caption>`,
    `<thead><tr>${head}</tr></thead>`,
    `<tbody>${tableRowsHtml(views, new Set(filterColumns.map((c) => c.name)))}</tbody>`,
    '</table></div>',
  ].join('');
}
