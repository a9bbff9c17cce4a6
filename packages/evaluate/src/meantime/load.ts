/** Reads the MEANTIME folder in place (it is never copied into the repository) and writes article files. */
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { meantimeArticle, type MeantimeArticle } from './article.js';
import { parseMeantime, type MeantimeDoc } from './parse.js';

function xmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...xmlFiles(path));
    else if (name.endsWith('.xml')) found.push(path);
  }
  return found;
}

/** Every document of the English document-level annotation (intra-doc_annotation/ when present). */
export function loadMeantime(dir: string): Array<{ doc: MeantimeDoc; article: MeantimeArticle }> {
  const root = existsSync(join(dir, 'intra-doc_annotation')) ? join(dir, 'intra-doc_annotation') : dir;
  return xmlFiles(root).map((file) => {
    const doc = parseMeantime(readFileSync(file, 'utf8'), file);
    return { doc, article: meantimeArticle(doc) };
  });
}

/** Writes each document as a Dossier article file into an (empty, temporary) input folder. */
export function writeMeantimeArticles(docs: Array<{ article: MeantimeArticle }>, inputDir: string): void {
  for (const { article } of docs) writeFileSync(join(inputDir, article.fileName), article.content);
}
