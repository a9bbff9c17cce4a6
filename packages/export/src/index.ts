export type { Row } from './serialize.js';
export type { SourceNote, FileFacts } from './datapackage.js';
export { tableNames, writeDataset, writeFilesAtomically, writePackageInto, writeTableFiles } from './write.js';
export type { ExtraFile } from './write.js';
export { cleanLeftovers, leftoversOf } from './leftovers.js';
export { writeParquetFiles, parquetCopyStatement } from './parquet.js';
export { renderRows, TableWriter } from './table-writer.js';
export type { RenderedRows, WrittenRange } from './table-writer.js';
