export { buildDataset } from './build.js';
export type { BuildOptions, BuildResult, StageTimings } from './build.js';
export { processArticle } from './process.js';
export { POOL_THRESHOLD } from './pool.js';
export { codeHash } from './cache.js';
export { MAX_ARTICLE_BYTES } from './limits.js';
export { guardOutputDir, isUnsafeOutput, unsafeOutputReasons } from './out-guard.js';
