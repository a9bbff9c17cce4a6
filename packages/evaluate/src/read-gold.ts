/** Reads gold files from disk: one <article_id>.gold.json, or every such file in a folder. */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { basename, join } from 'node:path';
import { error, type Diagnostic } from '@dossier/core';
import { parseGold } from './gold.js';
import type { GoldFile } from './report.js';

export const GOLD_SUFFIX = '.gold.json';

export function readGold(fileOrDir: string): { golds: GoldFile[]; diagnostics: Diagnostic[] } {
  if (!existsSync(fileOrDir))
    throw new Error(`${fileOrDir} does not exist: expected a *${GOLD_SUFFIX} file or a folder of them`);
  const files = statSync(fileOrDir).isDirectory()
    ? readdirSync(fileOrDir)
        .filter((f) => f.endsWith(GOLD_SUFFIX))
        .sort()
        .map((f) => join(fileOrDir, f))
    : [fileOrDir];
  const golds: GoldFile[] = [];
  const diagnostics: Diagnostic[] = [];
  for (const path of files) {
    const name = basename(path);
    let json: unknown;
    try {
      json = JSON.parse(readFileSync(path, 'utf8'));
    } catch (e) {
      diagnostics.push(
        error({
          ruleId: 'gold/json',
          source: 'evaluate',
          place: { file: path },
          message: 'the gold file is not valid JSON',
          expected: 'JSON',
          actual: (e as Error).message,
        }),
      );
      continue;
    }
    const { gold, diagnostics: problems } = parseGold(json, path);
    diagnostics.push(...problems);
    if (!gold) continue;
    const stem = name.endsWith(GOLD_SUFFIX) ? name.slice(0, -GOLD_SUFFIX.length) : null;
    if (stem !== null && stem !== gold.article) {
      diagnostics.push(
        error({
          ruleId: 'gold/article-name',
          source: 'evaluate',
          place: { file: path },
          message: 'the "article" field must equal the file name without .gold.json',
          expected: stem,
          actual: gold.article,
        }),
      );
      continue;
    }
    golds.push({ file: name, gold });
  }
  return { golds, diagnostics };
}
