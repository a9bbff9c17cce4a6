/**
 * The I/O edge of import: reads the input files (gunzipping `.html.gz`), turns each into article records
 * with the pure cores, and writes the article files and sources.json into the output folder atomically.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { articleFileName, renderArticle, type ImportedArticle } from './article.js';
import { decodePage } from './html/decode.js';
import { importPage } from './html/page.js';
import { parseJsonLines } from './jsonl.js';
import { ImportRefusal } from './refusal.js';
import { writeImport } from './write.js';

export type ImportFormat = 'html' | 'jsonl';

export interface ImportOptions {
  from: ImportFormat;
  /** A folder (every matching file directly in it) or one file. */
  input: string;
  out: string;
  /** YYYY-MM-DD for inputs that declare no publication date. */
  date?: string;
  /** The DOM HTML pages are parsed into (linkedom by default); for measuring alternatives. */
  parseDom?: (html: string) => Document;
  restoreHeadings?: boolean;
}

export interface ImportResult {
  written: string[];
  refusals: ImportRefusal[];
}

const EXTENSIONS: Record<ImportFormat, RegExp> = { html: /\.html?(\.gz)?$/i, jsonl: /\.jsonl(\.gz)?$/i };

/** The input files, in code-unit order of their names so that every run sees them in the same order. */
export function listInputs(input: string, from: ImportFormat): string[] {
  if (!statSync(input).isDirectory()) return [input];
  return readdirSync(input)
    .filter((n) => EXTENSIONS[from].test(n) && statSync(join(input, n)).isFile())
    .sort()
    .map((n) => join(input, n));
}

function readInput(path: string): Uint8Array {
  const bytes = readFileSync(path);
  if (!path.toLowerCase().endsWith('.gz')) return bytes;
  try {
    return gunzipSync(bytes, { maxOutputLength: 64 * 1024 * 1024 });
  } catch (e) {
    throw new ImportRefusal(
      basename(path),
      `the file is not valid gzip, or unpacks to more than 64 MB (${(e as Error).message})`,
    );
  }
}

function importFile(path: string, options: ImportOptions): { articles: ImportedArticle[]; refusals: ImportRefusal[] } {
  const name = basename(path);
  try {
    const bytes = readInput(path);
    if (options.from === 'html')
      return {
        articles: [
          importPage(decodePage(bytes, name), name, {
            date: options.date,
            parseDom: options.parseDom,
            restoreHeadings: options.restoreHeadings,
          }),
        ],
        refusals: [],
      };
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    const outcomes = parseJsonLines(text, name, options.date);
    return {
      articles: outcomes.flatMap((o) => (o.article ? [o.article] : [])),
      refusals: outcomes.flatMap((o) => (o.refusal ? [o.refusal] : [])),
    };
  } catch (e) {
    if (e instanceof ImportRefusal) return { articles: [], refusals: [e] };
    if (e instanceof TypeError && /encoded data|decode/i.test(e.message))
      return { articles: [], refusals: [new ImportRefusal(name, 'the file is not valid UTF-8')] };
    throw e;
  }
}

export function runImport(options: ImportOptions): ImportResult {
  const articles: ImportedArticle[] = [];
  const refusals: ImportRefusal[] = [];
  for (const path of listInputs(options.input, options.from)) {
    const result = importFile(path, options);
    articles.push(...result.articles);
    refusals.push(...result.refusals);
  }
  const files = new Map<string, { text: string; article: ImportedArticle }>();
  for (const article of articles) {
    const name = articleFileName(article);
    const text = renderArticle(article);
    const same = files.get(name);
    // The same article twice (a page saved twice, a line repeated) is written once; a different article
    // that hashes to the same name is refused rather than overwritten.
    if (same && same.text !== text)
      refusals.push(
        new ImportRefusal(
          article.sourceFile,
          `gives the same file name as an article from ${same.article.sourceFile} (${name}) with different text`,
          article.sourceLine,
        ),
      );
    else if (!same) files.set(name, { text, article });
  }
  return { written: writeImport(options.out, files), refusals };
}
