/**
 * The Parquet files: byte-identical on rebuild, typed from the schemas, and holding the CSV rows as two
 * independent readers see them (DuckDB, and hyparquet through `dossier validate`), which also catches a
 * Parquet file that disagrees with its CSV.
 */
import { describe, expect, it } from 'vitest';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { sqlColumns, tableSchema } from '@dossier/schema';
import { readDataset, readParquetRows } from '@dossier/validate';
import { writeParquetFiles } from '@dossier/export';
import { runCli } from './test-helpers.js';

const RAW = fileURLToPath(new URL('../../../data/raw/', import.meta.url));

async function buildInto(input: string): Promise<string> {
  const out = join(mkdtempSync(join(tmpdir(), 'dossier-parquet-out-')), 'dist');
  expect((await runCli(['build', '--input', input, '--out', out, '--quiet'])).code).toBe(0);
  return out;
}

/** A DuckDB value as our CSV reader types it. */
function asCsvValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value;
}

async function duckdbRows(connection: DuckDBConnection, file: string): Promise<Array<Record<string, unknown>>> {
  const reader = await connection.runAndReadAll(`SELECT * FROM read_parquet('${file.replace(/'/g, "''")}')`);
  return reader
    .getRowObjectsJS()
    .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, asCsvValue(v)])));
}

describe('the Parquet files', () => {
  it('are byte-identical on rebuild, typed from the schemas, hold the CSV rows, and are checked by dossier validate', async () => {
    const input = mkdtempSync(join(tmpdir(), 'dossier-parquet-in-'));
    copyFileSync(join(RAW, '000_5333fd87b6e1a47e.txt'), join(input, '000_5333fd87b6e1a47e.txt'));
    // Astral characters, CSV-hostile text, a leading "=" and white space at the ends of a quote.
    writeFileSync(
      join(input, '001_hostile.txt'),
      ' date 2024-03-01 By Ana Ruiz, Ledger\n\n😀 "=SUM(A1)", she wrote, " a,b "\n\nTalks in Doha 🇶🇦 went on for 3 days.\n',
    );
    const first = await buildInto(input);
    const second = await buildInto(input);

    const { datapackage, tables } = readDataset(first);
    const parquetResources = datapackage.resources.filter((r) => r.format === 'parquet');
    expect(parquetResources.map((r) => r.path)).toEqual(Object.keys(tables).map((t) => `${t}.parquet`));

    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    try {
      for (const table of Object.keys(tables)) {
        const file = join(first, `${table}.parquet`);
        const bytes = readFileSync(file);
        expect(createHash('sha256').update(bytes).digest('hex'), table).toBe(
          createHash('sha256')
            .update(readFileSync(join(second, `${table}.parquet`)))
            .digest('hex'),
        );
        const described = await connection.runAndReadAll(`DESCRIBE SELECT * FROM read_parquet('${file}')`);
        const types = described.getRowObjectsJS().map((row) => ({ name: row.column_name, type: row.column_type }));
        expect(types, table).toEqual(sqlColumns(tableSchema(table)));
        const metadata = await connection.runAndReadAll(`SELECT DISTINCT compression FROM parquet_metadata('${file}')`);
        if (tables[table]!.length)
          expect(
            metadata.getRowObjectsJS().map((row) => row.compression),
            table,
          ).toEqual(['ZSTD']);
        expect(await duckdbRows(connection, file), table).toEqual(tables[table]);
        expect((await readParquetRows(file)).rows, table).toEqual(tables[table]);
      }
      expect(tables.quotes!.length).toBeGreaterThan(0);
    } finally {
      connection.closeSync();
    }
    expect((await runCli(['validate', first])).code).toBe(0);

    // A Parquet file written from other rows than the CSV's (its size and hash updated, so that only the
    // comparison of rows can notice) must fail validation.
    const altered = mkdtempSync(join(tmpdir(), 'dossier-parquet-altered-'));
    writeFileSync(
      join(altered, 'roles.csv'),
      readFileSync(join(first, 'roles.csv'), 'utf8').replace(/\n[^\n]+\n$/, '\n'),
    );
    const [facts] = await writeParquetFiles(altered, ['roles']);
    copyFileSync(join(altered, 'roles.parquet'), join(first, 'roles.parquet'));
    const dp = JSON.parse(readFileSync(join(first, 'datapackage.json'), 'utf8'));
    Object.assign(
      dp.resources.find((r: { name: string }) => r.name === 'roles-parquet'),
      { bytes: facts!.bytes, hash: facts!.hash },
    );
    writeFileSync(join(first, 'datapackage.json'), JSON.stringify(dp, null, 2));
    const result = await runCli(['validate', first]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('dataset/parquet-csv-mismatch');
    rmSync(altered, { recursive: true, force: true });
  }, 120_000);
});
