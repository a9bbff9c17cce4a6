/**
 * Checks that each Parquet file of a dataset holds the same rows as its CSV, read by hyparquet, a reader
 * independent of DuckDB, which writes the files: a bug in the writer then cannot hide behind the same bug
 * in the reader. Sizes and hashes are checked by readDataset like every other file's.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { error, type Diagnostic } from '@dossier/core';
import type { DataPackage } from './read-dataset.js';
import type { Row, TableSet } from './validate.js';

/** A Parquet cell as the CSV reader types it: INT64 as a number, DATE as YYYY-MM-DD. */
function asCsvValue(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  return value ?? null;
}

/** The rows of a Parquet file, with each cell typed as parseCsvTable types it. */
export async function readParquetRows(file: string): Promise<{ columns: string[]; rows: Row[] }> {
  const bytes = readFileSync(file);
  const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
  const columns = parquetMetadata(buffer)
    .schema.slice(1)
    .map((element) => element.name);
  const objects = await parquetReadObjects({ file: buffer, compressors });
  const rows = objects.map((object) => Object.fromEntries(columns.map((c) => [c, asCsvValue(object[c])])));
  return { columns, rows };
}

/** Where the Parquet rows first differ from the CSV rows, or undefined when they are the same. */
function firstDifference(parquetRows: Row[], csvRows: Row[]): string | undefined {
  if (parquetRows.length !== csvRows.length) return `${parquetRows.length} rows instead of ${csvRows.length}`;
  for (let i = 0; i < csvRows.length; i++) {
    const csv = JSON.stringify(csvRows[i]);
    const parquet = JSON.stringify(parquetRows[i]);
    if (csv !== parquet) return `row ${i + 1} reads ${parquet.slice(0, 200)}`;
  }
  return undefined;
}

/** One diagnostic per Parquet resource whose file cannot be read, or whose columns or rows differ from the CSV's. */
export async function checkParquetTwins(
  dir: string,
  datapackage: DataPackage,
  tables: TableSet,
): Promise<Diagnostic[]> {
  const diagnostics: Diagnostic[] = [];
  for (const resource of datapackage.resources) {
    if (resource.format !== 'parquet') continue;
    const table = resource.name.replace(/-parquet$/, '');
    const file = join(dir, resource.path);
    const csvRows = tables[table];
    if (!existsSync(file) || !csvRows) continue; // a missing file is already reported by readDataset
    let read: { columns: string[]; rows: Row[] };
    try {
      read = await readParquetRows(file);
    } catch (e) {
      diagnostics.push(
        error({
          ruleId: 'dataset/parquet-syntax',
          source: 'validate',
          place: { file },
          message: `the Parquet file cannot be read: ${(e as Error).message}`,
          expected: 'a Parquet file',
          actual: (e as Error).message,
        }),
      );
      continue;
    }
    const expectedColumns = (resource.schema?.fields ?? []).map((f) => f.name);
    if (read.columns.join(',') !== expectedColumns.join(',')) {
      diagnostics.push(
        error({
          ruleId: 'dataset/parquet-columns',
          source: 'validate',
          place: { file },
          message: 'the Parquet columns do not match the Table Schema',
          expected: expectedColumns.join(','),
          actual: read.columns.join(','),
        }),
      );
      continue;
    }
    const difference = firstDifference(read.rows, csvRows);
    if (difference) {
      diagnostics.push(
        error({
          ruleId: 'dataset/parquet-csv-mismatch',
          source: 'validate',
          place: { file },
          message: `the Parquet rows differ from ${table}.csv`,
          expected: `${csvRows.length} identical rows`,
          actual: difference,
        }),
      );
    }
  }
  return diagnostics;
}
