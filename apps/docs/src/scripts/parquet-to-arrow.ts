/**
 * Reads a Parquet file in the browser with hyparquet and turns it into an Arrow table that DuckDB-WASM can take.
 * Why not DuckDB's own read_parquet: in DuckDB-WASM 1.32 Parquet support is an extension that the engine
 * downloads from DuckDB's extension site at run time, and this site must work offline; no npm package ships
 * the extension. hyparquet (pure JS, zstd through hyparquet-compressors) reads the very same files instead.
 */
import { parquetMetadata, parquetReadObjects } from 'hyparquet';
import { compressors } from 'hyparquet-compressors';
import { Bool, Float64, Int64, Table, Utf8, vectorFromArray, type DataType, type Vector } from 'apache-arrow';

export interface ParquetColumn {
  name: string;
  /** DuckDB's name for the column's type. */
  sqlType: 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';
}

/** The SQL type of a Parquet leaf column, from its physical and logical types. */
function sqlTypeOf(element: {
  type?: string;
  converted_type?: string;
  logical_type?: { type: string };
}): ParquetColumn['sqlType'] {
  if (element.converted_type === 'DATE' || element.logical_type?.type === 'DATE') return 'DATE';
  if (element.type === 'INT64' || element.type === 'INT32') return 'BIGINT';
  if (element.type === 'DOUBLE' || element.type === 'FLOAT') return 'DOUBLE';
  if (element.type === 'BOOLEAN') return 'BOOLEAN';
  return 'VARCHAR';
}

/** Dates travel as YYYY-MM-DD text and become DATE again when inserted into a typed table. */
function arrowTypeOf(sqlType: ParquetColumn['sqlType']): DataType {
  return sqlType === 'BIGINT'
    ? new Int64()
    : sqlType === 'DOUBLE'
      ? new Float64()
      : sqlType === 'BOOLEAN'
        ? new Bool()
        : new Utf8();
}

function arrowValue(value: unknown, sqlType: ParquetColumn['sqlType']): unknown {
  if (value === null || value === undefined) return null;
  if (sqlType === 'DATE') return value instanceof Date ? value.toISOString().slice(0, 10) : String(value);
  if (sqlType === 'BIGINT') return typeof value === 'bigint' ? value : BigInt(value as number);
  return value;
}

export async function parquetToArrow(buffer: ArrayBuffer): Promise<{ columns: ParquetColumn[]; table: Table }> {
  const columns = parquetMetadata(buffer)
    .schema.slice(1)
    .map((element) => ({ name: element.name, sqlType: sqlTypeOf(element as Parameters<typeof sqlTypeOf>[0]) }));
  const rows = await parquetReadObjects({ file: buffer, compressors });
  const vectors: Record<string, Vector> = {};
  for (const column of columns) {
    vectors[column.name] = vectorFromArray(
      rows.map((row) => arrowValue(row[column.name], column.sqlType)),
      arrowTypeOf(column.sqlType),
    ) as Vector;
  }
  return { columns, table: new Table(vectors) };
}
