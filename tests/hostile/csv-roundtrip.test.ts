/**
 * CSV-hostile values — commas, quotes, newlines, tabs, backslashes and leading = + - @ — must come back
 * exactly when a consumer parses the CSV (csv-parse, RFC 4180), in the header fields and in the body.
 * No formula escaping: a leading apostrophe would change the data; spreadsheet safety is the reader's job.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { FIXTURES, build, readOutput } from './helpers.js';

describe('CSV-hostile values', () => {
  it('round-trip exactly through every CSV and match the JSON tables', async () => {
    const outcome = await build(['csv-hostile.txt', 'html-and-script.txt']);
    if (!outcome.ok) throw new Error(outcome.diagnostics.map((d) => d.message).join('; '));
    const raw = readFileSync(join(FIXTURES, 'csv-hostile.txt'), 'utf8');
    const body = raw.slice(raw.indexOf('\n\n') + 2).replace(/\s+$/u, '');

    const articles = parse(readFileSync(join(outcome.out, 'articles.csv')), { columns: true }) as Array<
      Record<string, string>
    >;
    const hostile = articles.find((a) => a.source_file === 'csv-hostile.txt')!;
    expect(hostile.body).toBe(body);
    expect(hostile.body).toMatch(/^=SUM\(A1:A9\),"quoted, with comma"/);
    expect(hostile.body).toContain('\n\n+1 officials, -2 ministers; @everyone said "yes", then ""no"".\n\n-Harbour');
    expect(hostile.outlet).toBe('+Harbour "Ledger"');
    expect(hostile.authors).toContain('=HYPERLINK("http://x.test")');
    expect(hostile.authors).toContain('@Lena Sorvik');

    // Every CSV cell equals the JSON value of the same table, as text (nulls are empty cells).
    for (const [file] of readOutput(outcome.out)) {
      if (!file.endsWith('.csv')) continue;
      const csvRows = parse(readFileSync(join(outcome.out, file)), { columns: true }) as Array<Record<string, string>>;
      const jsonRows = JSON.parse(readFileSync(join(outcome.out, file.replace(/\.csv$/, '.json')), 'utf8')) as Array<
        Record<string, unknown>
      >;
      expect(csvRows.length, file).toBe(jsonRows.length);
      csvRows.forEach((row, i) => {
        for (const [column, value] of Object.entries(jsonRows[i]!)) {
          expect(row[column], `${file} row ${i} ${column}`).toBe(value === null ? '' : String(value));
        }
      });
    }
  });
});
