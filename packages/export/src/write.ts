/**
 * The only place that touches the output folder. Everything is written into a sibling temporary folder first,
 * then swapped into place with renames, so a failed or interrupted build leaves the previous output intact.
 * Files are rendered, hashed and written one at a time, so at most one serialized file is held in memory
 * (at 10,000 articles the dataset is ~375 MB of text; holding all of it made the build slower through
 * garbage collection as well as bigger).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { columnsOf, loadSchemas } from '@dossier/schema';
import { toCsv, toJson, type Row } from './serialize.js';
import { buildDataPackage, type FileFacts, type SourceNote } from './datapackage.js';

export interface ExtraFile {
  path: string;
  content: string;
  /** When set, the file is listed in datapackage.json as a resource with these properties. */
  resource?: Record<string, unknown>;
}

/** A file of the dataset, rendered only when it is about to be written. */
export interface PendingFile {
  path: string;
  render: () => string;
}

/** The table files in write order, CSV then JSON per table; pure, and nothing is rendered yet. */
export function tableFiles(tables: Record<string, Row[]>): PendingFile[] {
  return loadSchemas().tables.flatMap((schema) => {
    const name = schema['x-table'];
    const rows = tables[name] ?? [];
    const columns = columnsOf(name);
    return [
      { path: `${name}.csv`, render: () => toCsv(rows, columns) },
      { path: `${name}.json`, render: () => toJson(rows, columns) },
    ];
  });
}

/** Writes one file into the folder being built and returns its size and hash, for datapackage.json. */
export type WriteFile = (path: string, content: string) => FileFacts;

/**
 * Runs `produce` against a fresh temporary folder beside `outDir`, then swaps the folder into place.
 * If `produce` throws, the temporary folder is removed and the previous output is left as it was.
 */
export function writeFilesAtomically(outDir: string, produce: (write: WriteFile) => void): void {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  const write: WriteFile = (path, content) => {
    const bytes = Buffer.from(content, 'utf8');
    const file = join(temp, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, bytes);
    return { path, bytes: bytes.length, hash: `sha256:${createHash('sha256').update(bytes).digest('hex')}` };
  };
  try {
    produce(write);
    // Two renames: the old output moves aside, the new one takes its place, then the old one is removed.
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw e;
  }
}

/** Writes every table as CSV and JSON, the extra files, and datapackage.json describing them, atomically. */
export function writeDataset(outDir: string, tables: Record<string, Row[]>, options: { version: string; sources: SourceNote[]; extraFiles?: ExtraFile[] }): void {
  writeFilesAtomically(outDir, (write) => {
    const facts = new Map<string, FileFacts>();
    for (const file of tableFiles(tables)) facts.set(file.path, write(file.path, file.render()));
    const extraResources: Array<Record<string, unknown>> = [];
    for (const extra of options.extraFiles ?? []) {
      facts.set(extra.path, write(extra.path, extra.content));
      if (extra.resource) extraResources.push({ path: extra.path, ...extra.resource });
    }
    const datapackage = buildDataPackage({ version: options.version, files: facts, sources: options.sources, extraResources });
    write('datapackage.json', `${JSON.stringify(datapackage, null, 2)}\n`);
  });
}
