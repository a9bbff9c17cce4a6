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

/** Every .tml document under `dir` (TimeBank/ and AQUAINT/), in path order. */
export function loadTimeml(dir: string): TimemlArticle[] {
  return tmlFiles(dir).map((file) => timemlArticle(parseTimeml(readFileSync(file, 'utf8'), file)));
}

export function writeTimemlArticles(articles: readonly TimemlArticle[], inputDir: string): void {
  for (const a of articles) writeFileSync(join(inputDir, a.fileName), a.content);
}
