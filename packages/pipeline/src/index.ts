export { buildDataset } from './build.js';
export type { BuildOptions, BuildResult, StageTimings } from './build.js';
export { processArticle } from './process.js';
export type { ArticleOutcome } from './process.js';
export { createArticleProcessor, decideThreads, defaultJobs, POOL_THRESHOLD, WORKER_FILE } from './pool.js';
export { EXPORT_WORKER_FILE, planTables, tableWriterWithWorkers } from './export-pool.js';
export type { ProcessorOptions, ProcessorStats } from './pool.js';
export { ArticleCache, pipelineFingerprint, codeHash, schemasHash } from './cache.js';
export { MAX_ARTICLE_BYTES, checkArticleSize } from './limits.js';
