/** Reads the TempEval-3 training folder (TBAQ-cleaned) in place and writes its documents as article files. */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { timemlArticle, type TimemlArticle } from './article.js';
import { parseTimeml } from './parse.js';

function tmlFiles(dir: string): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...tmlFiles(path));
    else if (name.endsWith('.tml')) found.push(path);
  }
  return found;
}

/**
 * Every .tml document under `dir` (TimeBank/ and AQUAINT/), in path order, each once. TBAQ-cleaned also ships
 * a copy of one TimeBank document in testpipeline/; scored twice, its timexes would count double, so a document
 * whose id was already read is skipped (a copy with other content is an error, never a silent pick).
 */
export function loadTimeml(dir: string): TimemlArticle[] {
  const byId = new Map<string, { file: string; article: TimemlArticle }>();
  for (const file of tmlFiles(dir)) {
    const article = timemlArticle(parseTimeml(readFileSync(file, 'utf8'), file));
    const first = byId.get(article.articleId);
    if (!first) byId.set(article.articleId, { file, article });
    else if (first.article.content !== article.content || !sameTimexes(first.article, article))
      throw new Error(`${file}: document ${article.articleId} differs from ${first.file}, which has the same id`);
  }
  return [...byId.values()].map((entry) => entry.article);
}

function sameTimexes(a: TimemlArticle, b: TimemlArticle): boolean {
  return JSON.stringify(a.timexes) === JSON.stringify(b.timexes);
}

export function writeTimemlArticles(articles: readonly TimemlArticle[], inputDir: string): void {
  for (const a of articles) writeFileSync(join(inputDir, a.fileName), a.content);
}
