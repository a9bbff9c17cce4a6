export { toCsv, toJson } from './serialize.js';
export type { Row } from './serialize.js';
export { buildDataPackage } from './datapackage.js';
export type { SourceNote, FileFacts } from './datapackage.js';
export { tableFiles, writeDataset, writeFilesAtomically } from './write.js';
export type { ExtraFile, PendingFile, WriteFile } from './write.js';
