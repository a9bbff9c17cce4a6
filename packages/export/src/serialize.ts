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

/** The CSV (header first, every record ending in LF) in chunks whose concatenation is the whole file. */
export function* csvChunks(rows: Row[], columns: string[], chunkRows = CHUNK_ROWS): Generator<string> {
  const header = stringify([], csvOptions(columns, true));
  if (rows.length === 0) {
    yield header;
    return;
  }
  const recordOptions = csvOptions(columns, false);
  for (let i = 0; i < rows.length; i += chunkRows) {
    let text = i === 0 ? header : '';
    const end = Math.min(i + chunkRows, rows.length);
    for (let r = i; r < end; r++) text += plainRecord(rows[r]!, columns) ?? stringify([rows[r]], recordOptions);
    yield text;
  }
}

// A cell with a quote, comma or line feed, or with white space at either end, is quoted (see csvOptions).
const NEEDS_QUOTING = /[",\n]|^\s|\s$/;

/**
 * A cell's text as csv-stringify writes it with csvOptions, for the cells of this dataset (text, numbers,
 * booleans, nulls); undefined for any other value, whose record csv-stringify then writes. A quoted cell is
 * csv-stringify's quoting with our dialect: the quote doubled, the whole wrapped in quotes.
 */
function plainCell(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') {
    // csv-stringify has its own rules for a carriage return (not every one is quoted): such a cell is its call.
    if (value.includes('\r')) return undefined;
    return NEEDS_QUOTING.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  }
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/**
 * A record joined directly with "," and ended with LF; undefined when some cell is of a type csv-stringify
 * must write (then it writes the whole record). csv-stringify's general machinery (per-cell option objects,
 * casts, separator searches) was the biggest part of the export's time; a property test checks, on hostile
 * strings, that this writes exactly csv-stringify's bytes.
 */
function plainRecord(row: Row, columns: string[]): string | undefined {
  let line = '';
  for (let c = 0; c < columns.length; c++) {
    const cell = plainCell(row[columns[c]!]);
    if (cell === undefined) return undefined;
    line += c === 0 ? cell : `,${cell}`;
  }
  return `${line}\n`;
}

/** The same CSV, every record written by csv-stringify: the reference the fast path is tested against. */
export function csvByStringify(rows: Row[], columns: string[]): string {
  return stringify(rows, csvOptions(columns, true));
}

/** A JSON array of objects, one row per line, keys in column order, nulls explicit; in chunks, as csvChunks. */
export function* jsonChunks(rows: Row[], columns: string[], chunkRows = CHUNK_ROWS): Generator<string> {
  if (rows.length === 0) {
    yield '[]\n';
    return;
  }
  for (let i = 0; i < rows.length; i += chunkRows) {
    const lines = rows.slice(i, i + chunkRows).map((row) => {
      if (inColumnOrder(row, columns)) return JSON.stringify(row);
      const ordered: Row = {};
      for (const c of columns) ordered[c] = row[c] === undefined ? null : row[c];
      return JSON.stringify(ordered);
    });
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
