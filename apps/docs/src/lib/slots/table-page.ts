/**
 * The data part of a Tables page (src/pages/tables/[table].astro) as one HTML string for its slot: the
 * filters (a select for each column with a short list of values) and the first rows, or a note when the
 * table is empty. Every value is escaped with the helpers of src/lib/html-text.ts; the rows are
 * tableRowsHtml's, as before.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from '../html-text.ts';
import { entityName, siteModel } from '../model.ts';
import { type TablePreview, tablePreviewFile } from '../page-model.ts';
import { dictionaryTables } from '../schemas.ts';
import { tableRowsHtml } from '../table-rows-html.ts';
import { cellView, isEntityId, readerColumnOrder } from '../table-view.ts';
import { entityUrl } from '../urls.ts';
import { currentRenderKey, KEPT_HTML_DIR, keptHtml, partsKey } from './kept-html.ts';

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

/** Every value of the rows that is an entity ID (more than the cells that link: any column, the key errs wide). */
function entityIdsIn(rows: TablePreview['rows']): string[] {
  const ids: string[] = [];
  for (const row of rows)
    for (const value of Object.values(row)) if (typeof value === 'string' && isEntityId(value)) ids.push(value);
  return ids;
}

/** An entity as a Tables page shows it: its name and where its link goes. */
const entityState = (id: string) => `${entityName(id)}\0${entityUrl(id)}`;

/**
 * tablePageHtml of the table's preview in the page model under `siteDataDir`, kept between builds
 * (src/lib/slots/kept-html.ts): one more article rarely changes a table's first rows, and rendering the nine
 * tables' 45,000 rows was the largest part of a rebuild's fill. The key is the render key (code, schemas),
 * the table, whether it is empty and the preview's bytes; the entities the rows name are checked on reuse.
 */
export function keptTablePageHtml(siteDataDir: string, table: string, rowCount: number): string {
  const file = join(siteDataDir, tablePreviewFile(table));
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (cause) {
    throw new Error(`cannot read the page model ${file}: ${(cause as Error).message}`, { cause });
  }
  const render = () => {
    let preview: TablePreview;
    try {
      preview = JSON.parse(bytes.toString('utf8')) as TablePreview;
    } catch (cause) {
      throw new Error(`cannot read the page model ${file}: ${(cause as Error).message}`, { cause });
    }
    return { html: tablePageHtml(table, rowCount, preview), entities: entityIdsIn(preview.rows) };
  };
  const renderKey = currentRenderKey(siteDataDir);
  if (!renderKey) return render().html;
  siteModel(); // the names, and the link policy that entity links follow
  const key = partsKey(['tablerows', renderKey, table, String(rowCount > 0), bytes]);
  const kept = join(siteDataDir, KEPT_HTML_DIR, `tablerows-${encodeURIComponent(table)}.html`);
  return keptHtml(kept, key, entityState, render);
}
