/** Reads the CoNLL-2003 dev file in place (it is never copied into the repository) and writes article files. */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { conllArticle, type ConllArticle } from './article.js';
import { parseConll, type ConllStory } from './parse.js';

export interface ConllDoc {
  story: ConllStory;
  article: ConllArticle;
}

export function loadConll(file: string): ConllDoc[] {
  return parseConll(readFileSync(file, 'utf8'), file).map((story) => ({ story, article: conllArticle(story) }));
}

export function writeConllArticles(docs: readonly ConllDoc[], inputDir: string): void {
  for (const { article } of docs) writeFileSync(join(inputDir, article.fileName), article.content);
}
