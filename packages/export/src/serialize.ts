/**
 * Table → bytes. CSV by csv-stringify (RFC 4180 quoting, chosen over hand-rolled quoting because CSV-hostile
 * values — commas, quotes, newlines — are exactly where hand-rolled writers break), JSON as one object a line.
 */
import { stringify } from 'csv-stringify/sync';

export type Row = Record<string, unknown>;

export function toCsv(rows: Row[], columns: string[]): string {
  return stringify(rows, {
    header: true,
    columns,
    record_delimiter: '\n',
    quoted_match: /^\s|\s$/, // leading or trailing white space survives every reader only when quoted
    cast: {
      boolean: (v) => (v ? 'true' : 'false'),
      number: (v) => String(v),
    },
  });
}

/** A JSON array of objects, one row per line, keys in column order, nulls explicit. */
export function toJson(rows: Row[], columns: string[]): string {
  if (rows.length === 0) return '[]\n';
  const lines = rows.map((row) => {
    const ordered: Row = {};
    for (const c of columns) ordered[c] = row[c] === undefined ? null : row[c];
    return JSON.stringify(ordered);
  });
  return `[\n${lines.join(',\n')}\n]\n`;
}
