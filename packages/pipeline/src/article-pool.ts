/** The worker pool of the per-article stage, fed with batches of articles as they are read. */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Piscina } from 'piscina';
import type { RawArticle } from '@dossier/ingest';
import { WORKER_RESOURCE_LIMITS } from './heap.js';
import type { ArticleOutcome } from './process.js';

/**
 * The compiled worker, bundled into one module with everything it imports (scripts/bundle.mjs): a thread
 * loads it far faster than the ~330 modules it is made of. From src/ (tests) and from dist/ alike,
 * ../dist/worker.bundle.js is the built file.
 */
export const WORKER_FILE = fileURLToPath(new URL('../dist/worker.bundle.js', import.meta.url));

/**
 * Articles per worker task. Each task costs a round trip through the main thread (a message each way, a
 * promise, piscina's bookkeeping) whatever its size, and next to that a 2–3 KB article is cheap: with one
 * article per task the workers spent more time waiting for work and posting messages than batches of 8 cost
 * (apps/bench/results/notes.md). Every worker still gets several tasks, so they finish together.
 */
export function batchSize(articles: number, threads: number): number {
  return Math.max(1, Math.min(MAX_BATCH, Math.floor(articles / (threads * MIN_TASKS_PER_THREAD))));
}
const MAX_BATCH = 8;
const MIN_TASKS_PER_THREAD = 8;
/** Unfinished batches per worker before the reader waits: two running in the worker, two ready behind them. */
const MAX_QUEUED_PER_THREAD = 4;

/**
 * A piscina pool fed with batches of articles as they are read. Results come back in whatever order the
 * workers finish; the caller puts them back in input order.
 */
export class ArticlePool {
  private readonly pool: Piscina<RawArticle[], ArticleOutcome[]>;
  private readonly waiting: Pending[] = [];
  private readonly running: Array<Promise<void>> = [];
  /** Batches sent and not finished, and the callers waiting for that number to fall (see room()). */
  private inFlight = 0;
  private readonly waitingForRoom: Array<() => void> = [];

  /**
   * `threads` worker threads; with `helper` (the per-article stage loaded on this thread), this thread
   * processes a batch itself whenever every worker already has its fill of unfinished batches, instead of
   * waiting for room (see room()).
   */
  constructor(
    readonly threads: number,
    private readonly size: number,
    private readonly onDone: (pending: Pending, outcome: ArticleOutcome) => void,
    private readonly helper?: BatchProcessor,
  ) {
    if (!existsSync(WORKER_FILE)) {
      throw new Error(
        `the worker file ${WORKER_FILE} is missing; build @dossier/pipeline first (pnpm build), or run with --jobs 1`,
      );
    }
    // Two tasks in flight per worker: the next batch is already waiting in the worker when one finishes,
    // instead of the worker sleeping until the busy main thread gets round to sending it.
    this.pool = new Piscina({
      filename: WORKER_FILE,
      minThreads: threads,
      maxThreads: threads,
      concurrentTasksPerWorker: 2,
      resourceLimits: WORKER_RESOURCE_LIMITS,
    });
  }

  /** Queues an article; returns true when that completed a batch and sent it. */
  add(pending: Pending): boolean {
    this.waiting.push(pending);
    if (this.waiting.length < this.size) return false;
    this.send();
    return true;
  }

  private send(): void {
    const batch = this.waiting.splice(0, this.waiting.length);
    if (this.helper && this.full()) {
      const outcomes = this.helper(batch.map((p) => p.raw));
      outcomes.forEach((outcome, i) => {
        this.onDone(batch[i]!, outcome);
      });
      return;
    }
    this.inFlight++;
    const task = this.pool
      .run(batch.map((p) => p.raw))
      .then((outcomes) => {
        outcomes.forEach((outcome, i) => {
          this.onDone(batch[i]!, outcome);
        });
      })
      .finally(() => {
        this.inFlight--;
        this.waitingForRoom.shift()?.();
      });
    // Observed at once, so a failed batch is never an unhandled rejection while the others still run;
    // finish() reports the first failure.
    task.catch(() => undefined);
    this.running.push(task);
  }

  /**
   * Resolves when the reader may send another batch: at once (on the next turn of the event loop, so piscina
   * hands the batch to a worker now) while fewer than MAX_QUEUED_PER_THREAD batches per thread are unfinished,
   * else when one finishes. Without it the reader queued every article of the input in piscina's task queue
   * before the workers had done a tenth of them: at 30,000 articles, 100 MB of raw bytes on this thread.
   */
  room(): Promise<void> {
    // A pool with a helper is never waited on: when it is full, the next batch runs on this thread (send()).
    if (!this.full() || this.helper) return new Promise(setImmediate);
    return new Promise((resolve) => this.waitingForRoom.push(resolve));
  }

  private full(): boolean {
    return this.inFlight >= this.threads * MAX_QUEUED_PER_THREAD;
  }

  /** Sends the last, short batch, waits for every batch, and stops the workers (also after a failure). */
  async finish(): Promise<void> {
    try {
      if (this.waiting.length > 0) this.send();
      await Promise.all(this.running);
    } finally {
      await this.destroy();
    }
  }

  destroy(): Promise<void> {
    return this.pool.destroy();
  }
}

/** Processes a batch of articles on the calling thread (the worker's own entry, see pool.ts). */
export type BatchProcessor = (batch: RawArticle[]) => ArticleOutcome[];

export interface Pending {
  index: number;
  raw: RawArticle;
  key?: string;
}
