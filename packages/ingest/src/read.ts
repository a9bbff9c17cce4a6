/** The I/O edge of ingest: lists and reads article files from a folder, then parses each independently. */
import { lstatSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, relative, isAbsolute } from 'node:path';
import { error, type Diagnostic } from '@dossier/core';
import { articleIdOf } from './parse.js';

export interface RawArticle {
  sourceFile: string;
  bytes: Uint8Array;
}

/**
 * Article files are the files directly in `dir` whose name ends in `.txt`, in any case (`A.TXT` too: the
 * extension is not part of the article ID, and two names that differ only in case are reported as a duplicate
 * ID), in code-unit order of their names. Other names (sources.json, README.md) are not articles.
 */
export function isArticleName(name: string): boolean {
  return name.toLowerCase().endsWith('.txt');
}

/**
 * The article files of `dir` and the problems with names that look like articles but cannot be read as one:
 * a folder named `x.txt`, a symbolic link that leads out of the folder (refused without reading it, so nothing
 * of the target is ever printed) or to nothing, anything else that is not a regular file.
 */
export function listArticleEntries(dir: string): { files: string[]; diagnostics: Diagnostic[] } {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (e) {
    throw new Error(`cannot read the input folder ${dir}: ${(e as Error).message}`);
  }
  const files: string[] = [];
  const diagnostics: Diagnostic[] = [];
  const realDir = realpathSync(dir);
  const refuse = (file: string, ruleId: string, message: string, expected: string, actual: string) =>
    diagnostics.push(error({ ruleId, source: 'ingest', place: { file }, message, expected, actual }));
  for (const name of names.filter(isArticleName).sort()) {
    const path = join(dir, name);
    const link = lstatSync(path);
    if (link.isSymbolicLink()) {
      let target: string;
      try {
        target = realpathSync(path);
      } catch {
        refuse(
          name,
          'ingest/broken-link',
          'the file is a symbolic link to nothing',
          'an article file',
          'a broken symbolic link',
        );
        continue;
      }
      const rel = relative(realDir, target);
      if (rel.startsWith('..') || isAbsolute(rel)) {
        refuse(
          name,
          'ingest/link-outside-input',
          'the file is a symbolic link that leads out of the input folder; copy the article into the folder instead',
          'a file inside the input folder',
          'a link to a path outside it',
        );
        continue;
      }
    }
    const stats = statSync(path);
    if (stats.isDirectory())
      refuse(
        name,
        'ingest/not-a-file',
        'the name ends in .txt but it is a folder, not an article file',
        'a file',
        'a folder',
      );
    else if (!stats.isFile())
      refuse(
        name,
        'ingest/not-a-file',
        'the name ends in .txt but it is not a regular file',
        'a file',
        'a device, socket or pipe',
      );
    else files.push(name);
  }
  return { files, diagnostics };
}

/** The article files of `dir` (see listArticleEntries for the names that are refused). */
export function listArticleFiles(dir: string): string[] {
  return listArticleEntries(dir).files;
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
      diagnostics.push(
        error({
          ruleId: 'ingest/duplicate-id',
          source: 'ingest',
          place: { file: f.sourceFile },
          message: `the file name gives the same article ID as ${other} (IDs ignore case); rename one of them`,
          expected: 'a unique file name',
          actual: f.sourceFile,
        }),
      );
    } else byId.set(id, f.sourceFile);
    if (f.sha256) {
      const same = byHash.get(f.sha256);
      if (same !== undefined) {
        diagnostics.push(
          error({
            ruleId: 'ingest/duplicate-article',
            source: 'ingest',
            place: { file: f.sourceFile },
            message: `the file has the same bytes as ${same}; remove one copy`,
            expected: 'each article once',
            actual: `sha256 ${f.sha256.slice(0, 12)}…`,
          }),
        );
      } else byHash.set(f.sha256, f.sourceFile);
    }
  }
  return diagnostics;
}
