/**
 * The only place that touches the output folder. Everything is written into a sibling temporary folder first,
 * then swapped into place with renames, so a failed or interrupted build leaves the previous output intact.
 */
import { mkdirSync, renameSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { columnsOf, loadSchemas } from '@dossier/schema';
import { toCsv, toJson, type Row } from './serialize.js';
import { buildDataPackage, type SourceNote, type WrittenFile } from './datapackage.js';

const encoder = new TextEncoder();

export interface ExtraFile {
  path: string;
  content: string;
  /** When set, the file is listed in datapackage.json as a resource with these properties. */
  resource?: Record<string, unknown>;
}

/** Serializes every table and datapackage.json into memory; no I/O. */
export function renderDataset(tables: Record<string, Row[]>, options: { version: string; sources: SourceNote[]; extraFiles?: ExtraFile[] }): Map<string, WrittenFile> {
  const files = new Map<string, WrittenFile>();
  for (const schema of loadSchemas().tables) {
    const name = schema['x-table'];
    const rows = tables[name] ?? [];
    const columns = columnsOf(name);
    files.set(`${name}.csv`, { path: `${name}.csv`, bytes: encoder.encode(toCsv(rows, columns)) });
    files.set(`${name}.json`, { path: `${name}.json`, bytes: encoder.encode(toJson(rows, columns)) });
  }
  const extraResources: Array<Record<string, unknown>> = [];
  for (const extra of options.extraFiles ?? []) {
    files.set(extra.path, { path: extra.path, bytes: encoder.encode(extra.content) });
    if (extra.resource) extraResources.push({ path: extra.path, ...extra.resource });
  }
  const datapackage = buildDataPackage({ version: options.version, files, sources: options.sources, extraResources });
  files.set('datapackage.json', { path: 'datapackage.json', bytes: encoder.encode(`${JSON.stringify(datapackage, null, 2)}\n`) });
  return files;
}

/** Writes the files into `outDir` atomically: temp folder, then rename. */
export function writeDatasetAtomically(outDir: string, files: Map<string, WrittenFile>): void {
  const target = resolve(outDir);
  const parent = dirname(target);
  mkdirSync(parent, { recursive: true });
  const temp = join(parent, `.${basename(target)}.tmp-${process.pid}`);
  const old = join(parent, `.${basename(target)}.old-${process.pid}`);
  rmSync(temp, { recursive: true, force: true });
  mkdirSync(temp, { recursive: true });
  try {
    for (const file of files.values()) {
      const path = join(temp, file.path);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, file.bytes);
    }
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
