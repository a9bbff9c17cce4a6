// Compares the two Parquet writers considered for the export (see ../README.md) on the built dataset: DuckDB
// (zstd, what the export uses) and hyparquet-writer (snappy, its only built-in codec). Prints total bytes and
// milliseconds for all tables. Usage, from the repository root after `pnpm build`:
//   node packages/export/scripts/compare-parquet-writers.mjs [REPEAT]
// REPEAT (default 1) repeats each table's rows, for a larger input; repeated rows compress unusually well.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { parquetWriteBuffer } from 'hyparquet-writer';

const dist = 'data/dist';
const repeat = Number(process.argv[2] ?? 1);
const out = mkdtempSync(join(tmpdir(), 'parquet-writers-'));
mkdirSync(out, { recursive: true });
const datapackage = JSON.parse(readFileSync(join(dist, 'datapackage.json'), 'utf8'));
const tables = datapackage.resources.filter((r) => r.format === 'csv');
const duckdbType = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };
// hyparquet-writer has no DATE basic type (it needs a hand-written schema element): dates go as text here.
const hyparquetType = { string: 'STRING', integer: 'INT64', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'STRING' };
const totals = { csvBytes: 0, duckdb: { bytes: 0, ms: 0 }, hyparquetWriter: { bytes: 0, ms: 0 } };
const instance = await DuckDBInstance.create(':memory:', { threads: '1' });
const connection = await instance.connect();
for (const { name, schema } of tables) {
  let csv = readFileSync(join(dist, `${name}.csv`), 'utf8');
  let rows = JSON.parse(readFileSync(join(dist, `${name}.json`), 'utf8'));
  if (repeat > 1) {
    const headerEnd = csv.indexOf('\n') + 1;
    csv = csv.slice(0, headerEnd) + csv.slice(headerEnd).repeat(repeat);
    rows = Array.from({ length: repeat }, () => rows).flat();
  }
  writeFileSync(join(out, `${name}.csv`), csv);
  totals.csvBytes += Buffer.byteLength(csv);
  const columns = schema.fields.map((f) => `'${f.name}': '${duckdbType[f.type]}'`).join(', ');
  let start = performance.now();
  await connection.run(
    `COPY (SELECT * FROM read_csv('${join(out, `${name}.csv`)}', header = true, auto_detect = false, max_line_size = 8388608, columns = {${columns}})) TO '${join(out, `${name}.duckdb.parquet`)}' (FORMAT parquet, COMPRESSION zstd)`,
  );
  totals.duckdb.ms += performance.now() - start;
  totals.duckdb.bytes += statSync(join(out, `${name}.duckdb.parquet`)).size;
  start = performance.now();
  const columnData = schema.fields.map((f) => ({
    name: f.name,
    type: hyparquetType[f.type],
    data: rows.map((r) => (r[f.name] == null ? null : f.type === 'integer' ? BigInt(r[f.name]) : r[f.name])),
  }));
  const buffer = parquetWriteBuffer({ columnData });
  writeFileSync(join(out, `${name}.hyparquet.parquet`), Buffer.from(buffer));
  totals.hyparquetWriter.ms += performance.now() - start;
  totals.hyparquetWriter.bytes += buffer.byteLength;
}
connection.closeSync();
instance.closeSync();
rmSync(out, { recursive: true, force: true });
totals.duckdb.ms = Math.round(totals.duckdb.ms);
totals.hyparquetWriter.ms = Math.round(totals.hyparquetWriter.ms);
console.log(JSON.stringify({ repeat, ...totals }));
