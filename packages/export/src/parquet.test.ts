import { describe, expect, it } from 'vitest';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { columnsOf } from '@dossier/schema';
import { toCsv } from './serialize.js';
import { writeParquetFiles } from './parquet.js';

describe('writeParquetFiles', () => {
  it('takes the longest body an article may have, every quote doubled in the CSV', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'dossier-parquet-'));
    // 1 MiB of quotes: over 2 MiB once CSV doubles them, above DuckDB's default record limit.
    const body = '"'.repeat(1024 * 1024);
    const row = {
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
      body,
    };
    writeFileSync(join(folder, 'articles.csv'), toCsv([row], columnsOf('articles')));
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
});
