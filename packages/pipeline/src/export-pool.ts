/**
 * Export on worker threads. Rendering CSV (csv-stringify) and JSON is most of the export's time on a large
 * corpus, and each table is independent. Some tables go to worker threads and render there while this
 * thread validates the dataset and renders the others; the files are byte-identical to the in-process
 * export because the same function writes them.
 *
 * Why not every table on workers: a worker must first deserialize the rows it is sent, which costs a good
 * part of rendering them again, so on two cores one worker plus this thread, balanced by a cost model, beat
 * both the in-process export and an all-worker one.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { tableNames, writeTableFiles, type FileFacts, type Row, type TableWriter } from '@dossier/export';
import type { TableTask } from './export-worker.js';
import { WORKER_RESOURCE_LIMITS } from './heap.js';

export const EXPORT_WORKER_FILE = fileURLToPath(new URL('../dist/export-worker.js', import.meta.url));

/**
 * The cost model, fitted on the 10,000-article benchmark (CPU profiles of this thread and the export worker):
 * rendering takes time in proportion to the text written plus a charge per cell (csv-stringify's per-field
 * work). A worker pays WORKER_COST times what this thread pays, deserializing included: less than 1 because
 * this thread renders beside the whole dataset in its heap, so its garbage collections cost more (measured
 * 14.8 against 19.6 ns per unit). This thread pays POST_COST times the rendering cost to send a table, and
 * validation here costs about CHECK_SHARE of rendering every table.
 */
const WORKER_COST = 0.8;
const POST_COST = 0.1;
const CHECK_SHARE = 0.35;
const CELL_COST = 25;

/** Estimated cost to render a table, from a sample of its rows. */
export function estimatedCost(rows: Row[] | undefined): number {
  if (!rows || rows.length === 0) return 0;
  const sample = rows.slice(0, 50);
  const bytesPerRow = JSON.stringify(sample).length / sample.length;
  return rows.length * (bytesPerRow + CELL_COST * Object.keys(rows[0]!).length);
}

export interface TablePlan {
  here: string[];
  /** One group of tables per worker that has any. */
  remote: string[][];
  /** Estimated finishing loads, in the cost model's units. */
  loads: { here: number; remote: number[] };
}

/**
 * Splits tables between this thread and `workers` worker threads, biggest first: each table goes to the side
 * that would then finish sooner. `alsoChecked` are tables that this thread validates but that render elsewhere
 * (they add to the validation share, not to the rendering).
 */
export function planTables(tables: Record<string, Row[]>, workers: number, alsoChecked: Record<string, Row[]> = {}): TablePlan {
  const costs = new Map(tableNames().filter((name) => name in tables).map((name) => [name, estimatedCost(tables[name])]));
  const order = [...costs.keys()].sort((a, b) => costs.get(b)! - costs.get(a)! || (a < b ? -1 : 1));
  const checkedElsewhere = Object.values(alsoChecked).reduce((sum, rows) => sum + estimatedCost(rows), 0);
  let here = CHECK_SHARE * ([...costs.values()].reduce((sum, c) => sum + c, 0) + checkedElsewhere);
  const remoteLoads = new Array<number>(workers).fill(0);
  const plan: TablePlan = { here: [], remote: Array.from({ length: workers }, () => []), loads: { here: 0, remote: [] } };
  for (const name of order) {
    const cost = costs.get(name)!;
    const w = remoteLoads.indexOf(Math.min(...remoteLoads));
    const remoteFinish = Math.max(here + cost * POST_COST, remoteLoads[w]! + cost * WORKER_COST);
    const hereFinish = Math.max(here + cost, remoteLoads[w]!);
    if (cost > 0 && remoteFinish < hereFinish) {
      plan.remote[w]!.push(name);
      remoteLoads[w]! += cost * WORKER_COST;
      here += cost * POST_COST;
    } else {
      plan.here.push(name);
      here += cost;
    }
  }
  plan.loads = { here, remote: remoteLoads.filter((_, w) => plan.remote[w]!.length > 0) };
  plan.remote = plan.remote.filter((group) => group.length > 0);
  return plan;
}

/**
 * A TableWriter that renders some tables on `workers` worker threads and the rest on this thread. The ready
 * tables (those that need no entity resolution) go to the workers at once and render while this thread
 * computes the rest, which is then split by planTables; on two cores the second core would otherwise sit idle
 * during resolution. The plan for the rest counts the workers as free again: rendering the ready tables takes
 * less time than resolving the entities of the same articles (about 1.8 s against 2.3 s at 10,000 articles).
 */
export function tableWriterWithWorkers(workers: number): TableWriter {
  return async (folder, staged, check) => {
    if (!existsSync(EXPORT_WORKER_FILE)) {
      throw new Error(`the worker file ${EXPORT_WORKER_FILE} is missing; build @dossier/pipeline first (pnpm build), or run with --jobs 1`);
    }
    // Every task is posted (its rows copied) as soon as it is known: a task left in piscina's queue would wait
    // for this thread to finish its own work before it could be handed out. One table per task, so a worker
    // holds one table's rows at a time while the others wait as compact serialized messages.
    const pool = new Piscina<TableTask, FileFacts[]>({ filename: EXPORT_WORKER_FILE, minThreads: workers, maxThreads: workers, concurrentTasksPerWorker: tableNames().length, resourceLimits: WORKER_RESOURCE_LIMITS });
    const fromWorkers: Array<Promise<FileFacts[]>> = [];
    const post = (table: string, rows: Row[]) => {
      const task = pool.run({ folder, table, rows });
      // A failed run must not be left as an unhandled rejection while this thread is still busy.
      task.catch(() => {});
      fromWorkers.push(task);
    };
    try {
      const readyFirst = Object.keys(staged.ready).sort((a, b) => estimatedCost(staged.ready[b]) - estimatedCost(staged.ready[a]) || (a < b ? -1 : 1));
      for (const table of readyFirst) post(table, staged.ready[table]!);
      const rest = staged.rest();
      const { here, remote } = planTables(rest, workers, staged.ready);
      for (const table of remote.flat()) post(table, rest[table] ?? []);
      check();
      const written = here.flatMap((table) => writeTableFiles(folder, table, rest[table] ?? []));
      return [...written, ...(await Promise.all(fromWorkers)).flat()];
    } finally {
      // Also on failure: no worker may still be writing into the folder when the caller removes it.
      await pool.destroy();
    }
  };
}
