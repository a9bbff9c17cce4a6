export { renderArticle, articleFileName, oneLine, type ImportedArticle } from './article.js';
export { ImportRefusal } from './refusal.js';
export { decodePage, declaredCharset, MAX_PAGE_BYTES } from './html/decode.js';
export { importPage, linkedomDocument, MAX_ELEMENTS, type PageOptions } from './html/page.js';
export { publicationDay } from './html/dates.js';
export { parseJsonLines, articleFromJson, splitTextParagraphs, type LineOutcome } from './jsonl.js';
export { runImport, listInputs, type ImportOptions, type ImportResult, type ImportFormat } from './run.js';
export { sourceEntry, type SourceEntry } from './write.js';
