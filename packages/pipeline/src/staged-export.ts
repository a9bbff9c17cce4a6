/**
 * The corpus-level steps (assembly, validation, export) and how they are scheduled. With one thread they run
 * one after the other. With more, the export starts before assembly ends and some tables render on worker
 * threads while this thread validates the dataset and renders the others:
 *
 * 1. the tables without entity IDs are final as soon as every article is processed, and go to a worker at once;
 * 2. this thread resolves entities across articles and builds mentions, the biggest table, which goes too;
 * 3. this thread builds the other tables, and planTables splits them between the workers and this thread;
 *    this thread then validates everything and renders its share.
 *
 * On two cores the second core would otherwise sit idle during entity resolution. The files are byte-identical
 * to the in-process export because the same function (writeTableFiles) writes them, and nothing replaces the
 * previous output unless every table validated and every file was written.
 *
 * Why not every table on workers: a worker must first deserialize the rows it is sent, which costs a good
 * part of rendering them again, so on two cores one worker plus this thread, balanced by a cost model, beat
 * both the in-process export and an all-worker one.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { DiagnosticsError, type Diagnostic } from '@dossier/core';
import type { QuarantineRow } from '@dossier/schema';
import {
  assembleEntityFreeTables,
  assembleEntityTables,
  assembleTables,
  inSchemaOrder,
  resolveMentions,
  type ArticleRows,
  type Tables,
} from '@dossier/assemble';
import { validateTables } from '@dossier/validate';
import {
  tableNames,
  writeDataset,
  writeFilesAtomically,
  writePackageInto,
  writeTableFiles,
  type ExtraFile,
  type FileFacts,
  type Row,
  type SourceNote,
} from '@dossier/export';
import type { TableTask } from './export-worker.js';
import { WORKER_RESOURCE_LIMITS } from './heap.js';

const EXPORT_WORKER_FILE = fileURLToPath(new URL('../dist/export-worker.js', import.meta.url));

export interface CorpusOptions {
  version: string;
  sources: SourceNote[];
  /** Extra files computed from the tables once they passed validation (e.g. quality.json). */
  extraFiles?: (tables: Tables) => ExtraFile[];
  /** Threads that render the tables, this one included; 1 = everything in this thread. */
  threads: number;
  /** The articles left out so far (see quarantine.ts), written as the quarantine table. */
  quarantine: QuarantineRow[];
}

/** Validation failed: the problems, and the tables, so that the caller can tell which articles caused them. */
export class InvalidTablesError extends DiagnosticsError {
  constructor(
    diagnostics: Diagnostic[],
    readonly tables: Tables,
  ) {
    super(diagnostics);
  }
}

/** Milliseconds of wall time, each measured on its own: assembly, validation and this thread's export work. */
export interface CorpusTimings {
  assemble: number;
  validate: number;
  export: number;
}

type AnyTables = Record<string, Row[]>;

/** Assembles, validates and writes the dataset into `outDir`; returns the tables. */
export async function assembleValidateAndWrite(
  outDir: string,
  articles: ArticleRows[],
  options: CorpusOptions,
  timings: CorpusTimings,
): Promise<Tables> {
  const timed = <T>(stage: keyof CorpusTimings, run: () => T): T => {
    const t = performance.now();
    try {
      return run();
    } finally {
      timings[stage] += performance.now() - t;
    }
  };
  const quarantine = [...options.quarantine].sort((a, b) =>
    a.source_file < b.source_file ? -1 : a.source_file > b.source_file ? 1 : 0,
  );
  if (options.threads <= 1) {
    const tables = timed('assemble', () => inSchemaOrder({ ...assembleTables(articles), quarantine }) as Tables);
    timed('validate', () => validateOrThrow(tables));
    const t = performance.now();
    await writeDataset(outDir, tables as unknown as AnyTables, {
      version: options.version,
      sources: options.sources,
      extraFiles: () => options.extraFiles?.(tables) ?? [],
    });
    timings.export += performance.now() - t;
    return tables;
  }
  let tables: Tables | undefined;
  await writeFilesAtomically(outDir, async (folder) => {
    const workers = timed('export', () => new TableWorkers(folder, options.threads - 1));
    try {
      const entityFree = timed('assemble', () => assembleEntityFreeTables(articles));
      timed('export', () => workers.send(entityFree as AnyTables));
      const resolved = timed('assemble', () => resolveMentions(articles));
      timed('export', () => workers.send({ mentions: resolved.mentions as unknown as Row[] }));
      const entityTables = timed('assemble', () => assembleEntityTables(articles, resolved));
      const all = inSchemaOrder({ ...entityFree, mentions: resolved.mentions, ...entityTables, quarantine }) as Tables;
      tables = all;
      // The tables sent with the entity-free ones have rendered by now (they render while entities are
      // resolved), so only mentions still counts as the workers' load.
      const last = { ...entityTables, quarantine } as unknown as AnyTables;
      const { here, remote } = planTables(last, workers.count, workers.sent, {
        mentions: resolved.mentions as unknown as Row[],
      });
      timed('export', () => workers.send(Object.fromEntries(remote.flat().map((name) => [name, last[name] ?? []]))));
      timed('validate', () => validateOrThrow(all));
      const t = performance.now();
      const written = here.flatMap((name) => writeTableFiles(folder, name, last[name] ?? []));
      const files = [...written, ...(await workers.written())];
      await writePackageInto(folder, files, {
        version: options.version,
        sources: options.sources,
        extraFiles: options.extraFiles?.(all) ?? [],
      });
      timings.export += performance.now() - t;
    } finally {
      // Also on failure: no worker may still be writing into the folder when it is removed.
      await workers.destroy();
    }
  });
  return tables!;
}

function validateOrThrow(tables: Tables): void {
  const problems = validateTables(tables as unknown as AnyTables);
  if (problems.length) throw new InvalidTablesError(problems, tables);
}

/**
 * Worker threads that render and write whole tables into one folder. Every table is posted (its rows copied)
 * as soon as it is known: a task left in piscina's queue would wait for this thread to finish its own work
 * before it could be handed out. One table per task, so a worker holds one table's rows at a time while the
 * others wait as compact serialized messages.
 */
class TableWorkers {
  private readonly pool: Piscina<TableTask, FileFacts[]>;
  private readonly results: Array<Promise<FileFacts[]>> = [];
  /** The tables posted so far. */
  readonly sent: AnyTables = {};

  constructor(
    private readonly folder: string,
    readonly count: number,
  ) {
    if (!existsSync(EXPORT_WORKER_FILE)) {
      throw new Error(
        `the worker file ${EXPORT_WORKER_FILE} is missing; build @dossier/pipeline first (pnpm build), or run with --jobs 1`,
      );
    }
    this.pool = new Piscina<TableTask, FileFacts[]>({
      filename: EXPORT_WORKER_FILE,
      minThreads: count,
      maxThreads: count,
      concurrentTasksPerWorker: tableNames().length,
      resourceLimits: WORKER_RESOURCE_LIMITS,
    });
  }

  /** Posts each table, biggest first. */
  send(tables: AnyTables): void {
    for (const table of Object.keys(tables).sort(
      (a, b) => estimatedCost(tables[b]) - estimatedCost(tables[a]) || (a < b ? -1 : 1),
    )) {
      const task = this.pool.run({ folder: this.folder, table, rows: tables[table]! });
      // A failed run must not be left as an unhandled rejection while this thread is still busy.
      task.catch(() => {});
      this.results.push(task);
      this.sent[table] = tables[table]!;
    }
  }

  async written(): Promise<FileFacts[]> {
    return (await Promise.all(this.results)).flat();
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}

/**
 * The cost model, fitted on the 10,000-article benchmark (CPU profiles of this thread and the export worker):
 * rendering takes time in proportion to the text written plus a charge per cell (csv-stringify's per-field
 * work). A worker pays WORKER_COST times what this thread pays, deserializing included: less than 1 because
 * this thread renders beside the whole dataset in its heap, so its garbage collections cost more. This thread
 * pays POST_COST times the rendering cost to send a table, and validation here costs about CHECK_SHARE of
 * rendering every table.
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
export function planTables(
  tables: AnyTables,
  workers: number,
  alsoChecked: AnyTables = {},
  inFlight: AnyTables = {},
): TablePlan {
  const costs = new Map(
    tableNames()
      .filter((name) => name in tables)
      .map((name) => [name, estimatedCost(tables[name])]),
  );
  const order = [...costs.keys()].sort((a, b) => costs.get(b)! - costs.get(a)! || (a < b ? -1 : 1));
  const checkedElsewhere = Object.values(alsoChecked).reduce((sum, rows) => sum + estimatedCost(rows), 0);
  let here = CHECK_SHARE * ([...costs.values()].reduce((sum, c) => sum + c, 0) + checkedElsewhere);
  // Tables already sent and still rendering: their load is spread over the workers.
  const busy = (WORKER_COST * Object.values(inFlight).reduce((sum, rows) => sum + estimatedCost(rows), 0)) / workers;
  const remoteLoads = new Array<number>(workers).fill(busy);
  const plan: TablePlan = {
    here: [],
    remote: Array.from({ length: workers }, () => []),
    loads: { here: 0, remote: [] },
  };
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
