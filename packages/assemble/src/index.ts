export { articleRows } from './article-rows.js';
export type { ArticleRows, ArticleTableName, ProcessedArticle } from './article-rows.js';
export { assembleEntityFreeTables, assembleTables, entityFreeTableNames, ResolvedAssembly } from './assemble.js';
export type { EntityFreeTables, Tables } from './assemble.js';
export { sortRows } from './sort.js';
