export { toCsv, toJson } from './serialize.js';
export type { Row } from './serialize.js';
export { buildDataPackage } from './datapackage.js';
export type { SourceNote, WrittenFile } from './datapackage.js';
export { renderDataset, writeDatasetAtomically } from './write.js';
export type { ExtraFile } from './write.js';
