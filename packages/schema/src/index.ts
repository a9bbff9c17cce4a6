export { loadSchemas, tableSchema, columnsOf, TABLE_NAMES, SCHEMAS_DIR, readIngestedArticleSchema } from './load.js';
export type { TableJsonSchema, ColumnSchema, ForeignKey, PackageBase } from './load.js';
export { toFrictionlessTableSchema, toFrictionlessField, isNullable } from './table-schema.js';
export type { FrictionlessField, FrictionlessTableSchema } from './table-schema.js';
export { renderDataDictionary } from './dictionary.js';
export { renderRowTypes } from './row-types.js';
export type * from './generated/rows.js';
export { sqlColumns, sqlTypeOf } from './sql-types.js';
export type { SqlType } from './sql-types.js';
