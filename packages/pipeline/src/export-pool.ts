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
 * (they add to the validation share, not to the rendering); `inFlight` are tables the workers are rendering
 * already (they add to the workers' load).
 */
export function planTables(tables: Record<string, Row[]>, workers: number, alsoChecked: Record<string, Row[]> = {}, inFlight: Record<string, Row[]> = {}): TablePlan {
  const costs = new Map(tableNames().filter((name) => name in tables).map((name) => [name, estimatedCost(tables[name])]));
  const order = [...costs.keys()].sort((a, b) => costs.get(b)! - costs.get(a)! || (a < b ? -1 : 1));
  const checkedElsewhere = Object.values(alsoChecked).reduce((sum, rows) => sum + estimatedCost(rows), 0);
  let here = CHECK_SHARE * ([...costs.values()].reduce((sum, c) => sum + c, 0) + checkedElsewhere);
  // Tables already sent and still rendering: their load is spread over the workers.
  const busy = (WORKER_COST * Object.values(inFlight).reduce((sum, rows) => sum + estimatedCost(rows), 0)) / workers;
  const remoteLoads = new Array<number>(workers).fill(busy);
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
 * A TableWriter that renders some tables on `workers` worker threads and the rest on this thread. Tables go to
 * the workers as soon as they exist while this thread computes the next step (on two cores the second core
 * would otherwise sit idle during entity resolution): the ready tables (those that need no resolution), then
 * those of every later step but the last. The last step's tables are split by planTables, which counts the
 * tables already sent as the workers' load.
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
    const sent: Record<string, Row[]> = {};
    const send = (tables: Record<string, Row[]>) => {
      for (const table of Object.keys(tables).sort((a, b) => estimatedCost(tables[b]) - estimatedCost(tables[a]) || (a < b ? -1 : 1))) {
        const task = pool.run({ folder, table, rows: tables[table]! });
        // A failed run must not be left as an unhandled rejection while this thread is still busy.
        task.catch(() => {});
        fromWorkers.push(task);
        sent[table] = tables[table]!;
      }
    };
    try {
      send(staged.ready);
      // The ready tables render while the next step runs; by its end they are done (measured at 10,000
      // articles: 1.7 s of rendering against 2.3 s of resolution), so they no longer count as load.
      let last: Record<string, Row[]> = {};
      staged.later.forEach((step, i) => {
        const tables = step();
        if (i < staged.later.length - 1) send(tables);
        else last = tables;
      });
      const inFlight = Object.fromEntries(Object.entries(sent).filter(([name]) => !(name in staged.ready)));
      const { here, remote } = planTables(last, workers, sent, inFlight);
      for (const table of remote.flat()) send({ [table]: last[table] ?? [] });
      check();
      const written = here.flatMap((table) => writeTableFiles(folder, table, last[table] ?? []));
      return [...written, ...(await Promise.all(fromWorkers)).flat()];
    } finally {
      // Also on failure: no worker may still be writing into the folder when the caller removes it.
      await pool.destroy();
    }
  };
}
