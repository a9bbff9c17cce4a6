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

/**
 * The CSV reader's buffer. DuckDB's default is 16 records of the longest size allowed (128 MiB here), and it
 * held several of them at once: writing the articles table of a 100,000-article build peaked at 735 MB, 216 MB
 * with this buffer and bounded row groups (README, measured). Two longest records still fit in one buffer.
 */
const CSV_BUFFER_BYTES = 2 * MAX_CSV_RECORD_BYTES;

/**
 * About this much CSV goes into one Parquet row group. DuckDB's writer holds a whole row group in memory
 * before it compresses it, and its default (122,880 rows) put every body of 100,000 articles in one group.
 * Bigger groups compress a little better (mentions: 54.5 MB in groups of 122,880 rows, 59.3 MB in groups of
 * 16,384), so the groups are as big as this budget allows.
 */
const ROW_GROUP_CSV_BYTES = 16 * 1024 * 1024;

/** DuckDB's own row-group size, the most rows a group gets here. */
const MAX_ROW_GROUP_ROWS = 122_880;

/** DuckDB fills a row group a vector (2,048 rows) at a time, so a smaller size gets this many anyway. */
const MIN_ROW_GROUP_ROWS = 2048;

/**
 * Rows per row group for a table whose CSV file has `facts.bytes` bytes and `facts.rows` rows: about
 * ROW_GROUP_CSV_BYTES of CSV, between MIN_ROW_GROUP_ROWS and MAX_ROW_GROUP_ROWS. Derived from the file alone, so a rebuild of
 * the same rows gets the same groups, and the Parquet file the same bytes.
 */
export function rowGroupRows(facts: { bytes: number; rows?: number } | undefined): number {
  if (!facts?.rows) return MAX_ROW_GROUP_ROWS;
  const bytesPerRow = facts.bytes / facts.rows;
  return Math.max(MIN_ROW_GROUP_ROWS, Math.min(MAX_ROW_GROUP_ROWS, Math.floor(ROW_GROUP_CSV_BYTES / bytesPerRow)));
}

export function parquetCopyStatement(folder: string, table: string, groupRows = MAX_ROW_GROUP_ROWS): string {
  const columns = sqlColumns(tableSchema(table))
    .map((c) => `${quoteLiteral(c.name)}: ${quoteLiteral(c.type)}`)
    .join(', ');
  const csv = quoteLiteral(join(folder, `${table}.csv`));
  const parquet = quoteLiteral(join(folder, `${table}.parquet`));
  return (
    `COPY (SELECT * FROM read_csv(${csv}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', ` +
    `nullstr = '', strict_mode = true, max_line_size = ${MAX_CSV_RECORD_BYTES}, buffer_size = ${CSV_BUFFER_BYTES}, columns = {${columns}})) ` +
    `TO ${parquet} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${groupRows})`
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
 * `csvFacts` (the CSV files' facts, with their row counts) size the row groups; a table without them gets
 * DuckDB's default groups.
 */
export async function writeParquetFiles(
  folder: string,
  tables: string[],
  csvFacts: ReadonlyMap<string, FileFacts> = new Map(),
): Promise<FileFacts[]> {
  // Loaded here, not on import: DuckDB's native library is the largest single part of the command's start-up,
  // which a build would otherwise spend before its worker threads even start.
  const { DuckDBInstance } = await import('@duckdb/node-api');
  const instance = await DuckDBInstance.create(':memory:', { threads: '1', preserve_insertion_order: 'true' });
  const connection = await instance.connect();
  try {
    const facts: FileFacts[] = [];
    for (const table of tables) {
      await connection.run(parquetCopyStatement(folder, table, rowGroupRows(csvFacts.get(`${table}.csv`))));
      const path = `${table}.parquet`;
      facts.push({ path, ...hashFile(join(folder, path)) });
    }
    return facts;
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
