/**
 * Table → text. CSV by csv-stringify (RFC 4180 quoting, chosen over hand-rolled quoting because CSV-hostile
 * values — commas, quotes, newlines — are exactly where hand-rolled writers break), JSON as one object a line.
 * Both come as chunks of rows, so a large table is written piece by piece instead of as one huge string.
 */
import { stringify, type Options } from 'csv-stringify/sync';

export type Row = Record<string, unknown>;

/**
 * Rows per chunk. A chunk's text must stay below V8's large-object size (128 KB): larger strings go to the
 * large-object space, which only a full collection frees, and the heap grew by hundreds of megabytes during
 * a large export. Smaller chunks were also no slower (apps/bench/results/notes.md).
 */
export const CHUNK_ROWS = 200;

function csvOptions(columns: string[], header: boolean): Options {
  return {
    header,
    columns,
    record_delimiter: '\n',
    quoted_match: /^\s|\s$/, // leading or trailing white space survives every reader only when quoted
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      number: (v) => String(v),
    },
  };
}

/** Some rows as CSV records (each ending in LF), after the header line when `header` is set. */
export function csvText(rows: Row[], columns: string[], header: boolean): string {
  return stringify(rows, csvOptions(columns, header));
}

/** Some rows as the lines of the JSON export (keys in column order, nulls explicit), without separators. */
export function jsonLines(rows: Row[], columns: string[]): string[] {
  return rows.map((row) => {
    if (inColumnOrder(row, columns)) return JSON.stringify(row);
    const ordered: Row = {};
    for (const c of columns) ordered[c] = row[c] === undefined ? null : row[c];
    return JSON.stringify(ordered);
  });
}

/** The CSV (header first, every record ending in LF) in chunks whose concatenation is the whole file. */
export function* csvChunks(rows: Row[], columns: string[], chunkRows = CHUNK_ROWS): Generator<string> {
  if (rows.length === 0) {
    yield stringify([], csvOptions(columns, true));
    return;
  }
  for (let i = 0; i < rows.length; i += chunkRows) {
    yield csvText(rows.slice(i, i + chunkRows), columns, i === 0);
  }
}

/** A JSON array of objects, one row per line, keys in column order, nulls explicit; in chunks, as csvChunks. */
export function* jsonChunks(rows: Row[], columns: string[], chunkRows = CHUNK_ROWS): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < rows.length; i += chunkRows) {
    const lines = jsonLines(rows.slice(i, i + chunkRows), columns);
    yield `${i === 0 ? '[\n' : ',\n'}${lines.join(',\n')}`;
  }
  yield '\n]\n';
}

/**
 * True when the row's own keys are exactly the columns, in order, none undefined: it then serializes as the
 * reordered copy would, and the copy is skipped. The pipeline builds its rows in column order.
 */
function inColumnOrder(row: Row, columns: string[]): boolean {
  let k = 0;
  for (const key in row) {
    if (key !== columns[k] || row[key] === undefined) return false;
    k++;
  }
  return k === columns.length;
}

export function toCsv(rows: Row[], columns: string[]): string {
  return [...csvChunks(rows, columns)].join('');
}

export function toJson(rows: Row[], columns: string[]): string {
  return [...jsonChunks(rows, columns)].join('');
}
