/**
 * Export on worker threads. Rendering CSV (csv-stringify) and JSON is most of the export's time on a large
 * corpus, and each table is independent. Some tables go to worker threads and render there while this
 * thread validates the dataset and renders the others; the files are byte-identical to the in-process
 * export because the same function writes them.
 *
 * Why not every table on workers: a worker must first deserialize the rows it is sent, which on 10,000
 * articles cost about as much CPU as rendering them a second time. On two cores the measured best is one
 * worker plus this thread, with the worker's share discounted for that copy (WORKER_COST).
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { tableNames, writeTableFiles, type FileFacts, type Row, type TableWriter } from '@dossier/export';
import type { TableTask } from './export-worker.js';

export const EXPORT_WORKER_FILE = fileURLToPath(new URL('../dist/export-worker.js', import.meta.url));

/** A table rendered on a worker costs this many times what it costs here (the rows are copied over first). */
const WORKER_COST = 1.5;
/** Validation on this thread, as a share of the rendering work, measured on 10,000 articles. */
const CHECK_SHARE = 0.2;

/** Cells to render, as a proxy for a table's cost. */
function cells(rows: Row[] | undefined): number {
  return rows && rows.length ? rows.length * Object.keys(rows[0]!).length : 0;
}

/**
 * Splits tables between this thread and `workers` worker threads by estimated cost, biggest first:
 * each table goes to whichever side would then finish first. `remote[w]` is worker w's group.
 */
export function planTables(tables: Record<string, Row[]>, workers: number): { here: string[]; remote: string[][] } {
  const order = tableNames().sort((a, b) => cells(tables[b]) - cells(tables[a]) || (a < b ? -1 : 1));
  const total = order.reduce((sum, name) => sum + cells(tables[name]), 0);
  let hereLoad = CHECK_SHARE * total;
  const remote: string[][] = Array.from({ length: workers }, () => []);
  const remoteLoad = new Array<number>(workers).fill(0);
  const here: string[] = [];
  for (const name of order) {
    const cost = cells(tables[name]);
    const w = remoteLoad.indexOf(Math.min(...remoteLoad));
    if (cost > 0 && remoteLoad[w]! + cost * WORKER_COST < hereLoad + cost) {
      remote[w]!.push(name);
      remoteLoad[w]! += cost * WORKER_COST;
    } else {
      here.push(name);
      hereLoad += cost;
    }
  }
  return { here, remote: remote.filter((group) => group.length > 0) };
}

/** A TableWriter that renders some tables on `workers` worker threads and the rest on this thread. */
export function tableWriterWithWorkers(workers: number): TableWriter {
  return async (folder, tables, check) => {
    if (!existsSync(EXPORT_WORKER_FILE)) {
      throw new Error(`the worker file ${EXPORT_WORKER_FILE} is missing; build @dossier/pipeline first (pnpm build), or run with --jobs 1`);
    }
    const { here, remote } = planTables(tables, workers);
    // Every task is posted (its rows copied) right away: a task left in piscina's queue would wait for this
    // thread to finish its own rendering before it could be handed out. One table per task, so a worker
    // holds one table's rows at a time while the others wait as compact serialized messages.
    const concurrentTasksPerWorker = Math.max(1, ...remote.map((group) => group.length));
    const pool = new Piscina<TableTask, FileFacts[]>({ filename: EXPORT_WORKER_FILE, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker });
    try {
      const fromWorkers = remote.flatMap((group) => group.map((table) => pool.run({ folder, tables: [{ table, rows: tables[table] ?? [] }] })));
      // A failed run must not be left as an unhandled rejection while this thread is still busy.
      for (const promise of fromWorkers) promise.catch(() => {});
      check();
      const written = here.flatMap((table) => writeTableFiles(folder, table, tables[table] ?? []));
      return [...written, ...(await Promise.all(fromWorkers)).flat()];
    } finally {
      // Also on failure: no worker may still be writing into the folder when the caller removes it.
      await pool.destroy();
    }
  };
}
