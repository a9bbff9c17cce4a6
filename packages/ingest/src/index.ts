export { parseArticle, articleIdOf, countWords } from './parse.js';
export type { ParseResult } from './parse.js';
export { parseHeader, splitAuthors, isRealDate } from './header.js';
export type { Header } from './header.js';
export { splitParagraphs, looksLikeSubheading, findDateline } from './layout.js';
export { decodeArticle } from './decode.js';
export { toIngestedRecord } from './record.js';
export { isArticleName, listArticleEntries, listArticleFiles, readArticleFile, checkCollisions } from './read.js';
export type { RawArticle } from './read.js';
