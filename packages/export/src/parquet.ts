/**
 * Each table as Parquet, written by DuckDB (`COPY … TO … (FORMAT parquet, COMPRESSION zstd)`) from the CSV file
 * already written into the folder, with the column types derived from the schemas (sqlColumns). It runs after
 * the CSV and JSON, inside the same atomic write, so the Parquet files always hold exactly the published CSV rows.
 * Why DuckDB rather than hyparquet-writer: see the README (measurements).
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import { sqlColumns, tableSchema } from '@dossier/schema';
import type { FileFacts } from './datapackage.js';

/** SQL string literal: single quotes doubled. */
function quoteLiteral(text: string): string {
  return `'${text.replaceAll("'", "''")}'`;
}

/**
 * The statement that turns `<table>.csv` into `<table>.parquet`. The CSV is read with nothing guessed: our
 * dialect (comma, double quote doubled to escape, a header row), every column typed from the schema, and an
 * empty cell as null, which is what an empty cell means in this dataset.
 */
/**
 * The longest CSV record DuckDB accepts. Its default (2 MiB) is too small for the longest body: an article may
 * be 1 MiB (the pipeline's MAX_ARTICLE_BYTES), and CSV doubles every quote in it.
 */
const MAX_CSV_RECORD_BYTES = 8 * 1024 * 1024;

export function parquetCopyStatement(folder: string, table: string): string {
  const columns = sqlColumns(tableSchema(table))
    .map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`)
    .join(', ');
  const csv = quoteLiteral(join(folder, `${table}.csv`));
  const parquet = quoteLiteral(join(folder, `${table}.parquet`));
  return (
    `COPY (SELECT * FROM read_csv(${csv}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
    `nullstr = '', strict_mode = true, max_line_size = ${MAX_CSV_RECORD_BYTES}, columns = {${columns}})) TO ${parquet} (FORMAT parquet, COMPRESSION zstd)`
  );
}

/**
 * Size and SHA-256 of a file, read a megabyte at a time: the articles table's Parquet file holds every body
 * (about a third of the corpus's text), which is no reason to hold it whole in memory at 100,000 articles.
 */
function hashFile(path: string): { bytes: number; hash: string } {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(1 << 20);
  const fd = openSync(path, 'r');
  let bytes = 0;
  try {
    for (let n = readSync(fd, chunk); n > 0; n = readSync(fd, chunk)) {
      hash.update(chunk.subarray(0, n));
      bytes += n;
    }
  } finally {
    closeSync(fd);
  }
  return { bytes, hash: `sha256:${hash.digest('hex')}` };
}

/**
 * Writes `<table>.parquet` beside each table's CSV in `folder`; returns each file's size and hash. One DuckDB
 * thread, so the row order and the row groups are the same on every run (the files are byte-identical on rebuild).
 */
export async function writeParquetFiles(folder: string, tables: string[]): Promise<FileFacts[]> {
  // Loaded here, not on import: DuckDB's native library is the largest single part of the command's start-up,
  // which a build would otherwise spend before its worker threads even start.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true' });
  const connection = await instance.connect();
  try {
    const facts: FileFacts[] = [];
    for (const table of tables) {
      await connection.run(parquetCopyStatement(folder, table));
      const path = `${table}.parquet`;
      facts.push({ path, ...hashFile(join(folder, path)) });
    }
    return facts;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
