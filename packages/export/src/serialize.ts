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

// A cell with a quote, comma or line break, or with white space at either end, is quoted (csvOptions).
const NEEDS_QUOTING = /[",\n\r]|^\s|\s$/;

/** A cell's text when csv-stringify would write it unquoted and as is; undefined for any other cell. */
function plainCell(value: unknown): string | undefined {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return NEEDS_QUOTING.test(value) ? undefined : value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return undefined;
}

/**
 * A record whose every cell is plain (most of them: IDs, offsets, words), joined directly with "," and ended
 * with LF; undefined when some cell needs csv-stringify, which then writes the whole record. csv-stringify's
 * general machinery (per-cell option objects, casts, separator searches) was the biggest part of the
 * export's time; a property test checks that both paths write the same bytes.
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
      const ordered: Row = {};
      for (const c of columns) ordered[c] = row[c] === undefined ? null : row[c];
      return JSON.stringify(ordered);
    });
    yield `${i === 0 ? '[\n' : ',\n'}${lines.join(',\n')}`;
  }
  yield '\n]\n';
}

export function toCsv(rows: Row[], columns: string[]): string {
  return [...csvChunks(rows, columns)].join('');
}

export function toJson(rows: Row[], columns: string[]): string {
  return [...jsonChunks(rows, columns)].join('');
}
