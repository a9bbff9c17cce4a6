/**
 * The only place that touches the output folder. Everything is written into a sibling temporary folder first,
 * then swapped into place with renames, so a failed or interrupted build leaves the previous output intact.
 * Files are rendered, hashed and written in chunks of rows, so no whole file is ever held in memory (at
 * 10,000 articles the dataset is ~375 MB of text; holding it made the build slower through garbage collection
 * as well as bigger).
 */
import { createHash } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, basename, join, resolve } from 'node:path';
import { columnsOf, loadSchemas } from '@dossier/schema';
import { csvChunks, jsonChunks, type Row } from './serialize.js';
import { cleanLeftovers, freshSibling } from './leftovers.js';
import { buildDataPackage, type FileFacts, type SourceNote } from './datapackage.js';
import { writeParquetFiles } from './parquet.js';

export interface ExtraFile {
  path: string;
  content: string;
  /** When set, the file is listed in datapackage.json as a resource with these properties. */
  resource?: Record<string, unknown>;
}

/** Writes a file chunk by chunk into `folder`, hashing as it goes; returns its size and hash, for datapackage.json. */
function writeChunksInto(folder: string, path: string, chunks: Iterable<string>, rows?: number): FileFacts {
  const file = join(folder, path);
  mkdirSync(dirname(file), { recursive: true });
  const hash = createHash('sha256');
  let size = 0;
  const fd = openSync(file, 'w');
  try {
    for (const chunk of chunks) {
      const bytes = Buffer.from(chunk, 'utf8');
      for (let written = 0; written < bytes.length; ) written += writeSync(fd, bytes, written);
      hash.update(bytes);
      size += bytes.length;
    }
  } finally {
    closeSync(fd);
  }
  return { path, bytes: size, hash: `sha256:${hash.digest('hex')}`, ...(rows === undefined ? {} : { rows }) };
}

/** Writes one file into `folder` and returns its size and hash. */
export function writeFileInto(folder: string, path: string, content: string): FileFacts {
  return writeChunksInto(folder, path, [content]);
}

/** Writes one table as CSV, then as JSON, each streamed in chunks of rows. */
export function writeTableFiles(folder: string, table: string, rows: Row[]): FileFacts[] {
  const columns = columnsOf(table);
  return [
    writeChunksInto(folder, `${table}.csv`, csvChunks(rows, columns), rows.length),
    writeChunksInto(folder, `${table}.json`, jsonChunks(rows, columns), rows.length),
  ];
}

/** The tables in schema order (the order of datapackage.json's resources). */
export function tableNames(): string[] {
  return loadSchemas().tables.map((schema) => schema['x-table']);
}

/**
 * Runs `produce` against a fresh temporary folder beside `outDir`, then swaps the folder into place.
 * If `produce` throws, the temporary folder is removed and the previous output is left as it was.
 */
export async function writeFilesAtomically(
  outDir: string,
  produce: (folder: string) => Promise<void> | void,
): Promise<void> {
  const target = resolve(outDir);
  const parent = dirname(target);
  try {
    mkdirSync(parent, { recursive: true });
    cleanLeftovers(target);
  } catch (e) {
    throw explainWriteError(e, parent);
  }
  let temp: string;
  try {
    temp = freshSibling(target, 'tmp');
  } catch (e) {
    throw explainWriteError(e, parent);
  }
  // The old output's parking place is named now but made only by the rename, so that it never exists empty.
  const old = join(parent, basename(temp).replace(/\.tmp-(\d+-[^/\\]*)$/, '.old-$1'));
  try {
    await produce(temp);
    // Two renames: the old output moves aside, the new one takes its place, then the old one is removed.
    if (existsSync(target)) renameSync(target, old);
    renameSync(temp, target);
    rmSync(old, { recursive: true, force: true });
  } catch (e) {
    rmSync(temp, { recursive: true, force: true });
    if (!existsSync(target) && existsSync(old)) renameSync(old, target);
    throw explainWriteError(e, parent);
  }
}

/** Permission problems are said as such, naming the folder (not as a bare ENOENT or EACCES from deep inside). */
function explainWriteError(e: unknown, parent: string): unknown {
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new Error(
      `permission denied: cannot write the output into ${parent} (${code}${code === 'EROFS' ? ': read-only file system' : ''})`,
      { cause: e },
    );
  }
  return e;
}

/**
 * Writes each table's Parquet file from its CSV, the extra files, and datapackage.json, which describes them
 * and the tables already written into `folder` (`tableFiles`, in any order: datapackage.json lists the tables
 * in schema order). Parquet comes last, as a step of its own, so that it reads the finished CSV files whether
 * they were written in this thread or on workers.
 */
export async function writePackageInto(
  folder: string,
  tableFiles: FileFacts[],
  options: { version: string; sources: SourceNote[]; extraFiles?: ExtraFile[] },
): Promise<void> {
  const csvFacts = new Map(tableFiles.map((f) => [f.path, f]));
  const parquetFiles = await writeParquetFiles(folder, tableNames(), csvFacts);
  const facts = new Map<string, FileFacts>([...tableFiles, ...parquetFiles].map((f) => [f.path, f]));
  const extraResources: Array<Record<string, unknown>> = [];
  for (const extra of options.extraFiles ?? []) {
    facts.set(extra.path, writeFileInto(folder, extra.path, extra.content));
    if (extra.resource) extraResources.push({ path: extra.path, ...extra.resource });
  }
  const datapackage = buildDataPackage({
    version: options.version,
    files: facts,
    sources: options.sources,
    extraResources,
  });
  writeFileInto(folder, 'datapackage.json', `${JSON.stringify(datapackage, null, 2)}\n`);
}

/**
 * Writes every table as CSV, JSON and Parquet, the extra files, and datapackage.json describing them, atomically: if
 * anything fails, the previous output is left as it was. The tables should be valid already (see @dossier/validate).
 * `extraFiles` may be a function: it is then called once the tables are written, as the worker-thread export
 * does, so the files (quality reports) are made at the same point on either path.
 */
export async function writeDataset(
  outDir: string,
  tables: Record<string, Row[]>,
  options: { version: string; sources: SourceNote[]; extraFiles?: ExtraFile[] | (() => ExtraFile[]) },
): Promise<void> {
  await writeFilesAtomically(outDir, async (folder) => {
    const tableFiles = tableNames().flatMap((name) => writeTableFiles(folder, name, tables[name] ?? []));
    const extraFiles = typeof options.extraFiles === 'function' ? options.extraFiles() : options.extraFiles;
    await writePackageInto(folder, tableFiles, {
      version: options.version,
      sources: options.sources,
      ...(extraFiles ? { extraFiles } : {}),
    });
  });
}
