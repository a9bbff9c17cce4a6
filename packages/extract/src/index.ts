export { extractArticle } from './article.js';
export * from './entities/index.js';
export * from './time/index.js';
export * from './quotes/index.js';
export * from './quantities/index.js';
export * from './events/index.js';
