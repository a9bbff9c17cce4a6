export { CHUNK_ROWS, csvChunks, jsonChunks, toCsv, toJson } from './serialize.js';
export type { Row } from './serialize.js';
export { buildDataPackage } from './datapackage.js';
export type { SourceNote, FileFacts } from './datapackage.js';
export { cleanLeftovers, leftoversOf } from './leftovers.js';
export { tableNames, writeChunksInto, writeDataset, writeFileInto, writeFilesAtomically, writeTableFiles, writeTablesInProcess } from './write.js';
export type { ExtraFile, StagedTables, TableWriter } from './write.js';
