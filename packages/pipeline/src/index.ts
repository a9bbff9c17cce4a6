export { buildDataset } from './build.js';
export type { BuildOptions, BuildResult, StageTimings } from './build.js';
export { processArticle } from './process.js';
export type { ArticleOutcome } from './process.js';
