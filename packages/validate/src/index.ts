export { StreamedValidation, validateTables } from './validate.js';
export type { Row, TableSet } from './validate.js';
export { readDataset, parseCsvTable } from './read-dataset.js';
export type { DataPackage, ReadResult } from './read-dataset.js';
export { rowValidators } from './ajv.js';
export { checkParquetTwins, readParquetRows } from './parquet-twins.js';
