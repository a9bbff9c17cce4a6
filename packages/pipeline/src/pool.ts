/**
 * Runs the per-article stage for a list of files: from the cache when an entry is valid, otherwise
 * in-process or on a piscina worker pool. Outcomes are returned in input order whatever order the
 * workers finish in, so the parallel build is byte-identical to the single-threaded one.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import { readArticleFile, type RawArticle } from '@dossier/ingest';
import { ArticleCache } from './cache.js';
import { processArticle, type ArticleOutcome } from './process.js';

/**
 * Below this many articles to process, starting worker threads costs more than it saves: each worker loads
 * wink-nlp's model, the lexicons and every extractor, measured at 1.5–3 s per pool on this 2-core machine,
 * while an article costs about 40–60 ms (see apps/bench/results).
 */
export const POOL_THRESHOLD = 100;

/** The compiled worker. From src/ (tests) and from dist/ alike, ../dist/worker.js is the built file. */
export const WORKER_FILE = fileURLToPath(new URL('../dist/worker.js', import.meta.url));

export interface ProcessorOptions {
  /** Worker threads; 1 = in-process. Undefined = all available cores, in-process for small inputs. */
  jobs?: number;
  /** Per-article cache folder; undefined = no cache. */
  cacheDir?: string;
}

export interface ProcessorStats {
  jobs: number;
  /** True when articles ran on worker threads. */
  pooled: boolean;
  cacheHits: number;
  cacheMisses: number;
  /** The cache's pipeline fingerprint (code, lexicons, schemas); two runs share entries only if it is equal. */
  cacheFingerprint?: string;
}

export function defaultJobs(): number {
  return availableParallelism();
}

/** Threads for `toProcess` units of work: `jobs` if given, else all cores, but none below POOL_THRESHOLD articles. */
export function decideThreads(jobs: number | undefined, toProcess: number): number {
  if (jobs !== undefined) {
    if (!Number.isInteger(jobs) || jobs < 1) throw new Error(`jobs must be a whole number of 1 or more, found ${jobs}`);
    return Math.min(jobs, Math.max(toProcess, 1));
  }
  return toProcess < POOL_THRESHOLD ? 1 : Math.min(defaultJobs(), toProcess);
}

/**
 * Articles per worker task. Each task costs a round trip through the main thread (a message each way, a
 * promise, piscina's bookkeeping) whatever its size, and next to that a 2–3 KB article is cheap: on 2,000
 * articles, one article per task left each worker 0.5–0.6 s waiting for work and 0.8–1.0 s in postMessage;
 * batches of 8 cut that to 0.3 s in all. Every worker still gets several tasks, so they finish together.
 */
export function batchSize(articles: number, threads: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(articles / (threads * MIN_TASKS_PER_THREAD))));
}
const MAX_BATCH = 8;
const MIN_TASKS_PER_THREAD = 8;

async function runOnPool(threads: number, raws: RawArticle[], onDone: (o: ArticleOutcome) => void): Promise<ArticleOutcome[]> {
  if (!existsSync(WORKER_FILE)) {
    throw new Error(`the worker file ${WORKER_FILE} is missing; build @dossier/pipeline first (pnpm build), or run with --jobs 1`);
  }
  const size = batchSize(raws.length, threads);
  const batches: RawArticle[][] = [];
  for (let i = 0; i < raws.length; i += size) batches.push(raws.slice(i, i + size));
  // Two tasks in flight per worker: the next batch is already waiting in the worker when one finishes,
  // instead of the worker sleeping until the busy main thread gets round to sending it.
  const pool = new Piscina<RawArticle[], ArticleOutcome[]>({ filename: WORKER_FILE, minThreads: threads, maxThreads: threads, concurrentTasksPerWorker: 2 });
  try {
    const done = await Promise.all(
      batches.map(async (batch) => {
        const outcomes = await pool.run(batch);
        for (const outcome of outcomes) onDone(outcome);
        return outcomes;
      }),
    );
    return done.flat();
  } finally {
    await pool.destroy();
  }
}

/**
 * Returns a `processAll` for buildDataset plus the stats it fills in. Cache hits are reported to
 * onDone first (they are instant), then the misses as they finish.
 */
export function createArticleProcessor(options: ProcessorOptions) {
  const stats: ProcessorStats = { jobs: 1, pooled: false, cacheHits: 0, cacheMisses: 0 };
  const cache = options.cacheDir === undefined ? undefined : new ArticleCache(options.cacheDir);
  if (cache) stats.cacheFingerprint = cache.fingerprint;

  async function processAll(inputDir: string, files: string[], onDone: (o: ArticleOutcome) => void): Promise<ArticleOutcome[]> {
    const outcomes: ArticleOutcome[] = new Array(files.length);
    const pending: Array<{ index: number; raw: RawArticle; key?: string }> = [];
    files.forEach((file, index) => {
      const raw = readArticleFile(inputDir, file);
      const key = cache?.keyOf(file, raw.bytes);
      const hit = key === undefined ? undefined : cache!.get(file, key);
      if (hit) {
        outcomes[index] = { ...hit, timings: { ingest: 0, extract: 0 } };
        onDone(outcomes[index]!);
      } else pending.push({ index, raw, key });
    });
    stats.cacheHits = cache?.hits.length ?? 0;
    stats.cacheMisses = cache?.misses.length ?? 0;

    const threads = decideThreads(options.jobs, pending.length);
    stats.jobs = threads;
    stats.pooled = threads > 1;
    const raws = pending.map((p) => p.raw);
    const results = stats.pooled
      ? await runOnPool(threads, raws, onDone)
      : raws.map((raw) => {
          const outcome = processArticle(raw);
          onDone(outcome);
          return outcome;
        });
    results.forEach((outcome, i) => {
      const { index, key } = pending[i]!;
      outcomes[index] = outcome;
      if (cache && key) cache.set(key, outcome);
    });
    return outcomes;
  }

  return { processAll, stats };
}
