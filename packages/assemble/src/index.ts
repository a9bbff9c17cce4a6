export { articleRows } from './article-rows.js';
export type { ArticleRows, ArticleTableName, ProcessedArticle } from './article-rows.js';
export { assembleTables } from './assemble.js';
export type { Tables } from './assemble.js';
export { sortRows } from './sort.js';
