export { BUMPS, applyBump, bumpBetween, bumpRank, isVersion, maxBump, sortVersions } from './bump.js';
export type { Bump } from './bump.js';
export { EMPTY_DATASET } from './diff/snapshot.js';
export type { DatasetSnapshot, TableSnapshot, FieldInfo, Row } from './diff/snapshot.js';
export { diffTableSchema, describeSchemaChange } from './diff/schema-diff.js';
export type { SchemaChange } from './diff/schema-diff.js';
export { diffRows, displayId } from './diff/row-diff.js';
export type { RowDiff, ChangedRow, FieldDelta } from './diff/row-diff.js';
export { diffDatasets } from './diff/dataset-diff.js';
export type { DatasetDiff, TableSummary, Reason } from './diff/dataset-diff.js';
export { renderDiffSummary, renderDiffMarkdown } from './diff/render.js';
export { loadSnapshot } from './diff/load.js';
export { computeTombstones } from './tombstones/compute.js';
export type { Tombstone, TombstoneReason } from './tombstones/compute.js';
export { renderTombstonesCsv, parseTombstonesCsv, checkTombstones } from './tombstones/csv.js';
export { renderSha256Sums, parseSha256Sums, sha256Hex, CHECKSUM_FILE } from './freeze/checksums.js';
export { planReleaseFiles, releaseProblems } from './freeze/plan.js';
export type { FileEntry } from './freeze/plan.js';
export { evaluateGate, DATASET_PACKAGE } from './gate/gate.js';
export type { GateInput, GateResult } from './gate/gate.js';
export { insertReleaseNotes, renderReleaseNotes, hasReleaseNotes } from './changelog.js';
export { summarizeQuality } from './quality.js';
export { pendingBumpFor } from './store/changesets.js';
export { listReleases, readTree, writeReleaseFolder } from './store/files.js';
export {
  verifyReleaseFolder,
  verifyReleases,
  gitReleaseHistoryProblems,
  uncommittedSourceChanges,
} from './store/verify.js';
export {
  runCheck,
  runRelease,
  diffFolders,
  diffFoldersWithTombstones,
  crosswalkFolders,
  resolveDatasetArg,
  defaultPaths,
  findWorkspaceRoot,
} from './workflow.js';
export type { ReleasePaths, CheckResult, ReleaseResult } from './workflow.js';
export { computeCrosswalk } from './crosswalk/compute.js';
export type { CrosswalkRow } from './crosswalk/compute.js';
export {
  renderCrosswalkCsv,
  parseCrosswalkCsv,
  checkCrosswalk,
  CROSSWALK_FILE,
  CROSSWALK_COLUMNS,
} from './crosswalk/csv.js';
export { releaseArchives, releaseZip, releaseTarGz, archiveNames } from './freeze/archives.js';
export type { ReleaseArchives } from './freeze/archives.js';
