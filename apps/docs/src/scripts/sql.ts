/**
 * The SQL page's engine: DuckDB-WASM, loaded only by this page. Its .wasm and worker files are bundled into the
 * site (Vite's ?url imports), never fetched from a CDN, so the page works offline from the built site. The EH
 * build only: every browser with WebAssembly exception handling (all current ones) runs it, and shipping the MVP
 * build too would double the download for browsers this site does not target. The Parquet files are read by
 * hyparquet and handed to DuckDB as Arrow tables (see parquet-to-arrow.ts for why not read_parquet).
 */
import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import wasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import workerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { toCsv } from '../lib/csv.ts';
import { parquetToArrow } from './parquet-to-arrow.ts';

interface Result {
  columns: string[];
  rows: unknown[][];
}

interface TableFile {
  name: string;
  url: string;
}

async function openDatabase(tables: TableFile[]): Promise<AsyncDuckDBConnection> {
  const db = new AsyncDuckDB(new VoidLogger(), new Worker(workerUrl));
  await db.instantiate(wasmUrl);
  const connection = await db.connect();
  // Nothing may be downloaded: an extension the engine lacks is an error, not a request to DuckDB's site.
  await connection.query('SET autoinstall_known_extensions = false');
  await connection.query('SET autoload_known_extensions = false');
  for (const table of tables) {
    const response = await fetch(table.url);
    if (!response.ok) throw new Error(`${table.url}: HTTP ${response.status}`);
    const { columns, table: arrow } = await parquetToArrow(await response.arrayBuffer());
    // A typed table first, so that DATE columns (sent as text) and every other type are as in the Parquet file.
    const stage = `${table.name}__arrow`;
    await connection.insertArrowTable(arrow, { name: stage, create: true });
    await connection.query(
      `CREATE TABLE "${table.name}" (${columns.map((c) => `"${c.name}" ${c.sqlType}`).join(', ')})`,
    );
    await connection.query(`INSERT INTO "${table.name}" SELECT * FROM "${stage}"`);
    await connection.query(`DROP TABLE "${stage}"`);
  }
  return connection;
}

/** A cell as text: BIGINT arrives as a bigint, DATE as milliseconds since the epoch (or a Date). */
function cellText(value: unknown, type: string): unknown {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (/^Date/u.test(type) && typeof value === 'number') return new Date(value).toISOString().slice(0, 10);
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : value.toString();
  return value;
}

async function runQuery(connection: AsyncDuckDBConnection, sql: string): Promise<Result> {
  const table = await connection.query(sql);
  const fields = table.schema.fields;
  const rows = table.toArray().map((row) => {
    const values = row.toJSON() as Record<string, unknown>;
    return fields.map((f) => cellText(values[f.name], String(f.type)));
  });
  return { columns: fields.map((f) => f.name), rows };
}

/** The result as a table, built from text nodes only (values are data, never HTML). */
function render(output: HTMLElement, result: Result): void {
  const table = document.createElement('table');
  table.className = 'data-table';
  const head = table.createTHead().insertRow();
  for (const name of result.columns) {
    const th = document.createElement('th');
    th.scope = 'col';
    th.textContent = name;
    head.append(th);
  }
  const body = table.createTBody();
  for (const row of result.rows) {
    const tr = body.insertRow();
    for (const value of row) {
      const td = tr.insertCell();
      if (value === null) {
        const span = document.createElement('span');
        span.className = 'muted';
        span.textContent = 'null';
        td.append(span);
      } else {
        td.textContent = String(value);
        if (typeof value === 'number') td.className = 'num';
      }
    }
  }
  output.replaceChildren(table);
}

function downloadCsv(result: Result): void {
  const url = URL.createObjectURL(new Blob([toCsv(result.columns, result.rows)], { type: 'text/csv' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = 'query-result.csv';
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Wires the page: the engine starts at once; Run, the examples and the export use it when it is ready. */
function start(root: HTMLElement): void {
  const editor = root.querySelector<HTMLTextAreaElement>('[data-sql-editor]')!;
  const runButton = root.querySelector<HTMLButtonElement>('[data-sql-run]')!;
  const exportButton = root.querySelector<HTMLButtonElement>('[data-sql-export]')!;
  const status = root.querySelector<HTMLElement>('[data-sql-status]')!;
  const output = root.querySelector<HTMLElement>('[data-sql-result]')!;
  const tables = JSON.parse(root.dataset.tables ?? '[]') as TableFile[];
  let last: Result | undefined;

  const ready = openDatabase(tables);
  ready.then(
    () => {
      status.textContent = `Ready: ${tables.length} tables loaded.`;
      runButton.disabled = false;
      root.dataset.state = 'ready';
    },
    (e: unknown) => {
      status.textContent = `The engine could not start: ${(e as Error).message}`;
      root.dataset.state = 'error';
    },
  );

  runButton.addEventListener('click', async () => {
    // Set before the first await, so that "done" always means this run's result.
    root.dataset.state = 'running';
    runButton.disabled = true;
    const connection = await ready;
    try {
      last = await runQuery(connection, editor.value);
      render(output, last);
      status.textContent = `${last.rows.length} row${last.rows.length === 1 ? '' : 's'}.`;
      exportButton.disabled = false;
    } catch (e) {
      last = undefined;
      output.replaceChildren();
      exportButton.disabled = true;
      status.textContent = `Error: ${(e as Error).message}`;
    } finally {
      runButton.disabled = false;
      root.dataset.state = 'done';
    }
  });

  exportButton.addEventListener('click', () => {
    if (last) downloadCsv(last);
  });

  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-sql-example]')) {
    button.addEventListener('click', () => {
      editor.value = button.dataset.sqlExample ?? '';
      runButton.click();
    });
  }
}

const found = document.querySelector<HTMLElement>('[data-sql]');
if (found) start(found);
