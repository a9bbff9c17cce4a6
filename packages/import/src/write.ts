/** Writes article files and sources.json, each to a temporary name in the same folder and then renamed. */
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ImportedArticle } from './article.js';

export interface SourceEntry {
  title: string;
  path?: string;
  imported_from: string;
}

function writeAtomically(path: string, text: string): void {
  const temp = `${path}.${process.pid}.tmp`;
  writeFileSync(temp, text);
  renameSync(temp, path);
}

/** The sources.json note `dossier build` reads (title, path) plus the input file the article came from. */
export function sourceEntry(article: ImportedArticle): SourceEntry {
  const from = article.sourceLine === undefined ? article.sourceFile : `${article.sourceFile}:${article.sourceLine}`;
  const title = article.title ?? `${article.outlet}, ${article.published}`;
  return { title, ...(article.url ? { path: article.url } : {}), imported_from: from };
}

function sortedObject<T>(entries: Iterable<[string, T]>): Record<string, T> {
  return Object.fromEntries([...entries].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Existing sources.json entries for other files are kept: importing into a folder adds to it. */
function readSources(path: string): Record<string, SourceEntry> {
  if (!existsSync(path)) return {};
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as Record<string, SourceEntry>;
  } catch (e) {
    throw new Error(`${path} is not valid JSON (${(e as Error).message}); fix or move it, nothing was written`);
  }
}

export function writeImport(out: string, files: Map<string, { text: string; article: ImportedArticle }>): string[] {
  mkdirSync(out, { recursive: true });
  const sourcesPath = join(out, 'sources.json');
  // Read first: a broken sources.json stops the import before any article file is written.
  const previous = readSources(sourcesPath);
  for (const [name, { text }] of files) writeAtomically(join(out, name), text);
  const merged = new Map(Object.entries(previous));
  for (const [name, { article }] of files) merged.set(name, sourceEntry(article));
  writeAtomically(sourcesPath, `${JSON.stringify(sortedObject(merged), null, 2)}\n`);
  return [...files.keys()].sort();
}
