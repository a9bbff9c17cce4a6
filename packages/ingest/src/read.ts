/** The I/O edge of ingest: lists and reads article files from a folder, then parses each independently. */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { error, type Diagnostic } from '@dossier/core';
import { articleIdOf } from './parse.js';

export interface RawArticle {
  sourceFile: string;
  bytes: Uint8Array;
}

/** Article files are the *.txt files directly in `dir`, in code-unit order of their names. */
export function listArticleFiles(dir: string): string[] {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new Error(`cannot read the input folder ${dir}: ${(e as Error).message}`);
  }
  return names.filter((n) => n.endsWith('.txt') && statSync(join(dir, n)).isFile()).sort();
}

export function readArticleFile(dir: string, sourceFile: string): RawArticle {
  return { sourceFile, bytes: readFileSync(join(dir, sourceFile)) };
}

/**
 * Problems that involve more than one file: two names that differ only in case (they collide on
 * case-insensitive file systems and in article IDs) and identical bytes under two names.
 */
export function checkCollisions(files: Array<{ sourceFile: string; sha256?: string }>): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  const byId = new Map<string, string>();
  const byHash = new Map<string, string>();
  for (const f of files) {
    const id = articleIdOf(f.sourceFile).toLowerCase();
    const other = byId.get(id);
    if (other !== undefined) {
      diagnostics.push(error({ ruleId: 'ingest/duplicate-id', source: 'ingest', place: { file: f.sourceFile }, message: `the file name gives the same article ID as ${other} (IDs ignore case); rename one of them`, expected: 'a unique file name', actual: f.sourceFile }));
    } else byId.set(id, f.sourceFile);
    if (f.sha256) {
      const same = byHash.get(f.sha256);
      if (same !== undefined) {
        diagnostics.push(error({ ruleId: 'ingest/duplicate-article', source: 'ingest', place: { file: f.sourceFile }, message: `the file has the same bytes as ${same}; remove one copy`, expected: 'each article once', actual: `sha256 ${f.sha256.slice(0, 12)}…` }));
      } else byHash.set(f.sha256, f.sourceFile);
    }
  }
  return diagnostics;
}
