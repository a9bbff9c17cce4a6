import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { columnsOf } from '@dossier/schema';
import { toCsv } from './serialize.js';
import { writeParquetFiles } from './parquet.js';

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
