import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { columnsOf } from '@dossier/schema';
import { toCsv } from './serialize.js';
import { parquetCopyStatement, rowGroupRows, writeParquetFiles } from './parquet.js';

const ROW = {
  article_id: 'a1',
  source_file: 'a1.txt',
  outlet: 'Ledger',
  published: '2024-03-01',
  authors: 'Ana Ruiz',
  dateline: null,
  headline: null,
  word_count: 1,
  paragraph_count: 1,
  sentence_count: 1,
  sha256: '0'.repeat(64),
};

describe('writeParquetFiles', () => {
  it('takes the longest body an article may have, every quote doubled in the CSV', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-parquet-'));
    // 1 MiB of quotes: over 2 MiB once CSV doubles them, above DuckDB's default record limit.
    const body = '"'.repeat(1024 * 1024);
    writeFileSync(join(folder, 'articles.csv'), toCsv([{ ...ROW, body }], columnsOf('articles')));
    const [facts] = await writeParquetFiles(folder, ['articles']);
    expect(facts!.path).toBe('articles.parquet');
    const db = await DuckDBInstance.create(':memory:');
    const connection = await db.connect();
    const read = await connection.runAndReadAll(
      `SELECT body, published::VARCHAR AS published, dateline FROM read_parquet('${join(folder, 'articles.parquet')}')`,
    );
    expect(read.getRowObjectsJS()).toEqual([{ body, published: '2024-03-01', dateline: null }]);
    connection.closeSync();
  });

  it('reports the size and SHA-256 of the whole file, hashed a megabyte at a time', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-parquet-'));
    // Hex of a SHA-256 chain does not compress away, so the Parquet file spans several read chunks.
    const parts: string[] = [];
    for (let link = 'seed'; parts.length < 60_000; )
      parts.push((link = createHash('sha256').update(link).digest('hex')));
    writeFileSync(join(folder, 'articles.csv'), toCsv([{ ...ROW, body: parts.join('') }], columnsOf('articles')));
    const [facts] = await writeParquetFiles(folder, ['articles']);
    const written = readFileSync(join(folder, 'articles.parquet'));
    expect(written.length).toBeGreaterThan(1 << 20);
    expect(facts!.bytes).toBe(written.length);
    expect(facts!.hash).toBe(`sha256:${createHash('sha256').update(written).digest('hex')}`);
  });
});

describe('Parquet row groups', () => {
  it('holds about 16 MiB of CSV per row group, never more rows than DuckDB does, never less than a vector', () => {
    // 3 KB rows (an article with its body): 16 MiB / 3,000 B.
    expect(rowGroupRows({ bytes: 300_000_000, rows: 100_000 })).toBe(5592);
    // 80 B rows (a mention): the budget would allow 209,715; DuckDB's default caps it.
    expect(rowGroupRows({ bytes: 80_000_000, rows: 1_000_000 })).toBe(122_880);
    // DuckDB fills a group a vector (2,048 rows) at a time: asking for fewer rows gets that many anyway.
    expect(rowGroupRows({ bytes: 40_000_000, rows: 2 })).toBe(2048);
    expect(rowGroupRows(undefined)).toBe(122_880);
    expect(rowGroupRows({ bytes: 10, rows: 0 })).toBe(122_880);
  });

  it('writes groups of the size asked for, the same bytes on every run, the rows in CSV order', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-parquet-'));
    // DuckDB fills a group a vector (2,048 rows) at a time; IDs out of order, so a sort would show.
    const ids = Array.from({ length: 5000 }, (_, i) => `a${(i * 7919) % 5000}`);
    const rows = ids.map((id) => ({ ...ROW, article_id: id, source_file: `${id}.txt`, body: id }));
    writeFileSync(join(folder, 'articles.csv'), toCsv(rows, columnsOf('articles')));
    const db = await DuckDBInstance.create(':memory:', { threads: '1' });
    const connection = await db.connect();
    const parquet = join(folder, 'articles.parquet');
    const runs: Buffer[] = [];
    for (let run = 0; run < 2; run++) {
      await connection.run(parquetCopyStatement(folder, 'articles', 2048));
      runs.push(readFileSync(parquet));
    }
    expect(runs[1]!.equals(runs[0]!)).toBe(true);
    const groups = await connection.runAndReadAll(
      `SELECT count(DISTINCT row_group_id)::INTEGER AS n FROM parquet_metadata('${parquet}')`,
    );
    expect(groups.getRowObjectsJS()).toEqual([{ n: 3 }]);
    const order = await connection.runAndReadAll(`SELECT article_id FROM read_parquet('${parquet}')`);
    expect(order.getRowObjectsJS().map((r) => r.article_id)).toEqual(ids);
    connection.closeSync();
  });
});
