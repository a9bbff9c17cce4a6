/**
 * An independent CSV reader (DuckDB) must load every published CSV and agree with datapackage.json on columns
 * and row counts, and see the same values our own reader sees.
 */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, copyFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { runCli } from './test-helpers.js';

const RAW = fileURLToPath(new URL('../../../data/raw/', import.meta.url));

describe('DuckDB reads the published CSVs', () => {
  it('agrees with datapackage.json on columns and row counts', async () => {
    const input = mkdtempSync(join(tmpdir(), 'dossier-duck-in-'));
    copyFileSync(join(RAW, '000_5333fd87b6e1a47e.txt'), join(input, '000_5333fd87b6e1a47e.txt'));
    // An article with astral characters, CSV-hostile text and a leading "=" checks offsets and quoting too.
    const hostile =
      ' date 2024-03-01 By Ana Ruiz, Ledger\n\n😀 "=SUM(A1)", she wrote, "a,b"\n\nTalks in Doha 🇶🇦 went on.\n';
    writeFileSync(join(input, '001_hostile.txt'), hostile);
    const out = join(mkdtempSync(join(tmpdir(), 'dossier-duck-out-')), 'dist');
    expect((await runCli(['build', '--input', input, '--out', out, '--quiet'])).code).toBe(0);

    const datapackage = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8'));
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    for (const resource of datapackage.resources.filter((r: { format: string }) => r.format === 'csv')) {
      const path = join(out, resource.path).replace(/'/g, "''");
      const json = JSON.parse(readFileSync(join(out, resource.path.replace(/\.csv$/, '.json')), 'utf8')) as unknown[];
      const reader = await connection.runAndReadAll(
        `SELECT * FROM read_csv('${path}', header = true, all_varchar = true, quote = '"', escape = '"', delim = ',', new_line = '\\n')`,
      );
      expect(reader.columnNames(), resource.name).toEqual(resource.schema.fields.map((f: { name: string }) => f.name));
      expect(reader.currentRowCount, resource.name).toBe(json.length);
    }
    const bodies = await connection.runAndReadAll(
      `SELECT article_id, body FROM read_csv('${join(out, 'articles.csv')}', header = true, all_varchar = true) ORDER BY article_id`,
    );
    const rows = bodies.getRowObjects() as Array<{ article_id: string; body: string }>;
    expect(rows[1]!.body).toBe(hostile.split('\n').slice(2).join('\n').trimEnd());
    connection.closeSync();
  });
});
