export { articleRows } from './article-rows.js';
export type { ArticleRows, ProcessedArticle } from './article-rows.js';
export {
  assembleEntityFreeTables,
  assembleEntityTables,
  assembleTables,
  inSchemaOrder,
  resolveMentions,
} from './assemble.js';
export type { AssembledTables, EntityFreeTables, EntityTables, ResolvedMentions, Tables } from './assemble.js';
export { finishTable } from './assemble.js';
export { EntityCounts, entityRows, resolvedRows } from './resolve-rows.js';
export type { ArticleTableName } from './article-rows.js';
