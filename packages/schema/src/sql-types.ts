/**
 * The SQL column types (DuckDB's names) of each table, derived from the JSON Schemas, so that the Parquet files
 * are typed by the same single source of truth as the CSV, the JSON and datapackage.json.
 */
import type { ColumnSchema, TableJsonSchema } from './load.js';
import { toFrictionlessField } from './table-schema.js';

export type SqlType = 'VARCHAR' | 'BIGINT' | 'DOUBLE' | 'BOOLEAN' | 'DATE';

const SQL_TYPE_OF: Record<string, SqlType> = {
  string: 'VARCHAR',
  // BIGINT because JSON Schema's integer has no bound; Parquet stores it as INT64.
  integer: 'BIGINT',
  number: 'DOUBLE',
  boolean: 'BOOLEAN',
  date: 'DATE',
};

export function sqlTypeOf(name: string, column: ColumnSchema): SqlType {
  const type = toFrictionlessField(name, column).type;
  const sql = SQL_TYPE_OF[type];
  if (!sql) throw new Error(`column ${name}: no SQL type for the schema type ${type}`);
  return sql;
}

/** Each column of the table, in schema order, with its SQL type. */
export function sqlColumns(schema: TableJsonSchema): Array<{ name: string; type: SqlType }> {
  return Object.entries(schema.properties).map(([name, column]) => ({ name, type: sqlTypeOf(name, column) }));
}
