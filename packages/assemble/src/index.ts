export { assembleTables } from './assemble.js';
export type { ProcessedArticle, Tables } from './assemble.js';
export { sortRows } from './sort.js';
