/**
 * The per-article stage on a BullMQ queue (`dossier build --queue redis://…`): articles already in the shared
 * results folder are read from it; the others are sent as jobs of QUEUE_BATCH articles to whatever
 * `dossier worker`s serve the queue; as each job completes, its articles' outcomes are read back from the
 * results folder. Returns the same outcomes, in input order, as the local processor (pool.ts), so the corpus
 * step that follows cannot tell the two apart.
 */
import { randomUUID } from 'node:crypto';
import { DiagnosticsError, error } from '@dossier/core';
import { readArticleFile } from '@dossier/ingest';
import { Queue, QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import { ArticleCache } from './cache.js';
import type { Pending } from './article-pool.js';
import type { ProcessorStats } from './pool.js';
import type { ArticleOutcome } from './process.js';
import { openConnection } from './queue-connection.js';
import { displayUrl } from './queue-url.js';
import {
  type ArticleJobData,
  type ArticleJobResult,
  JOB_ATTEMPTS,
  QUEUE_BATCH,
  queueName,
  toJobArticle,
} from './queue-jobs.js';

export interface QueueModeOptions {
  /** redis://host:port[/db] */
  url: string;
  /** Fail once Redis has been unreachable this long (default 10 s). */
  giveUpAfterMs?: number;
  /** One line per event worth telling: batches queued, no progress for a while. */
  onStatus?: (line: string) => void;
}

const DEFAULT_GIVE_UP_MS = 10_000;
/** Jobs per addBulk call: 100 jobs of 8 articles are about 3 MB of base64. */
const ADD_SLICE = 100;
/** With no batch finished for this long, say how many are done and how many workers serve the queue. */
const QUIET_STATUS_MS = 15_000;

export function createQueueProcessor(queue: QueueModeOptions, resultsDir: string) {
  const cache = new ArticleCache(resultsDir);
  const stats: ProcessorStats = {
    jobs: 1,
    pooled: false,
    cacheHits: 0,
    cacheMisses: 0,
    cacheWarnings: [],
    cacheFingerprint: cache.fingerprint,
  };
  const keys = new Map<string, string>();

  async function processAll(
    inputDir: string,
    files: string[],
    onDone: (o: ArticleOutcome) => void,
  ): Promise<ArticleOutcome[]> {
    const outcomes: ArticleOutcome[] = new Array(files.length);
    const misses: Array<Required<Pending>> = [];
    for (let index = 0; index < files.length; index++) {
      const raw = readArticleFile(inputDir, files[index]!);
      const key = cache.keyOf(raw.sourceFile, raw.bytes);
      keys.set(raw.sourceFile, key);
      const hit = cache.get(raw.sourceFile, key, raw.bytes);
      if (hit) {
        outcomes[index] = { ...hit, timings: { ingest: 0, extract: 0 } };
        onDone(outcomes[index]!);
      } else misses.push({ index, raw, key });
    }
    stats.cacheHits = cache.hits.length;
    stats.cacheMisses = cache.misses.length;
    stats.cacheWarnings = cache.warnings;
    const batches = chunk(misses, QUEUE_BATCH);
    stats.queue = { url: displayUrl(queue.url), batches: batches.length };
    if (batches.length === 0) return outcomes;
    await runBatches(queue, cache, batches, (batch, result) => {
      batch.forEach((p, i) => {
        outcomes[p.index] = readBack(cache, p, result, i, resultsDir);
        onDone(outcomes[p.index]!);
      });
    });
    return outcomes;
  }

  function forget(files: string[]): void {
    for (const file of files) {
      const key = keys.get(file);
      if (key !== undefined) cache.forget(key);
    }
  }

  /** The cache key of a file processed or looked up by processAll (the fragment cache builds on it). */
  function keyOf(file: string): string | undefined {
    return keys.get(file);
  }

  return { processAll, forget, keyOf, stats };
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

/** The outcome of the i-th article of a completed job: from the job's result, or from the results folder. */
function readBack(
  cache: ArticleCache,
  p: Required<Pending>,
  result: ArticleJobResult,
  i: number,
  resultsDir: string,
): ArticleOutcome {
  const timings = result.timings[i] ?? { ingest: 0, extract: 0 };
  const uncached = result.uncached.find((o) => o.sourceFile === p.raw.sourceFile);
  if (uncached) return { ...uncached, timings };
  const entry = cache.get(p.raw.sourceFile, p.key, p.raw.bytes);
  if (entry) return { ...entry, timings };
  throw queueError(
    'pipeline/queue-result-missing',
    resultsDir,
    `a worker finished ${p.raw.sourceFile} but its result is not in the results folder ${resultsDir} as this machine sees it (${cache.pathOf(p.key)}): every worker's --results must be the same shared folder as the build's`,
    'the result file',
    'no file, or one that does not verify',
  );
}

function queueError(ruleId: string, file: string, message: string, expected: string, actual: string) {
  return new DiagnosticsError([error({ ruleId, source: 'pipeline', place: { file }, message, expected, actual })]);
}

/**
 * Queues the batches and calls onBatch as each completes. Rejects when a batch fails for good (after
 * JOB_ATTEMPTS tries), or when Redis has been unreachable for giveUpAfterMs.
 */
async function runBatches(
  options: QueueModeOptions,
  cache: ArticleCache,
  batches: Array<Array<Required<Pending>>>,
  onBatch: (batch: Array<Required<Pending>>, result: ArticleJobResult) => void,
): Promise<void> {
  const url = displayUrl(options.url);
  const name = queueName(cache.fingerprint);
  const giveUp = options.giveUpAfterMs ?? DEFAULT_GIVE_UP_MS;
  const connections: Redis[] = [];
  const connect = (giveUpAfterMs?: number) => {
    const c = openConnection(options.url, giveUpAfterMs);
    connections.push(c);
    return c;
  };
  // A connection of our own that only watches: it ends once Redis has been gone for `giveUp` ms, before any of
  // BullMQ's (so the build fails with a message naming the URL, not a bare "Connection is closed").
  const watchdog = connect(giveUp);
  let lastRedisError = '';
  let connected = false;
  const lost = new Promise<never>((_, reject) => {
    watchdog.on('error', (e: Error) => {
      lastRedisError = e.message;
    });
    watchdog.on('ready', () => {
      connected = true;
    });
    watchdog.on('end', () =>
      reject(
        queueError(
          'pipeline/queue-unreachable',
          url,
          `${connected ? `lost the connection to Redis at ${url} and could not reconnect` : `could not connect to Redis at ${url}`} within ${giveUp / 1000} s${lastRedisError ? ` (${lastRedisError})` : ''}; nothing was written`,
          'a reachable Redis server',
          lastRedisError || 'no connection',
        ),
      ),
    );
  });
  lost.catch(() => undefined);
  // BullMQ's own connections give up later than the watchdog, so its clear error always comes first.
  const queue = new Queue<ArticleJobData, ArticleJobResult>(name, { connection: connect(giveUp + 5000) });
  // From the start of the event stream (BullMQ keeps its last 10,000 events; this run's are told apart by their
  // job IDs), so that no completion can slip between connecting and the first read.
  const events = new QueueEvents(name, { connection: connect(giveUp + 5000), lastEventId: '0-0' });
  // BullMQ reports connection trouble as 'error' events; the watchdog decides when it is fatal.
  queue.on('error', () => undefined);
  events.on('error', () => undefined);
  const run = randomUUID();
  const waiting = new Map(batches.map((batch, i) => [`${run}-${i}`, batch]));
  let quietTimer: NodeJS.Timeout | undefined;
  try {
    const done = new Promise<void>((resolve, reject) => {
      events.on('completed', ({ jobId, returnvalue }) => {
        const batch = waiting.get(jobId);
        if (!batch) return;
        waiting.delete(jobId);
        try {
          onBatch(batch, parseResult(returnvalue));
        } catch (e) {
          reject(e);
          return;
        }
        if (waiting.size === 0) resolve();
      });
      events.on('failed', ({ jobId, failedReason }) => {
        const batch = waiting.get(jobId);
        if (!batch) return;
        reject(
          queueError(
            'pipeline/queue-job-failed',
            batch[0]!.raw.sourceFile,
            `the batch of ${batch.map((p) => p.raw.sourceFile).join(', ')} failed on the workers ${JOB_ATTEMPTS} times or was lost too often: ${failedReason}; nothing was written`,
            'a processed batch',
            failedReason,
          ),
        );
      });
    });
    // Observed now: a batch may fail while the rest are still being queued; the race below reports it.
    done.catch(() => undefined);
    await Promise.race([events.waitUntilReady(), lost]);
    // In slices, so that one call never carries a whole large corpus; workers start on the first slice at once.
    for (const slice of chunk([...waiting], ADD_SLICE)) {
      const jobs = slice.map(([jobId, batch]) => ({
        name: 'articles',
        data: { fingerprint: cache.fingerprint, articles: batch.map((p) => toJobArticle(p.raw, p.key)) },
        opts: { jobId, attempts: JOB_ATTEMPTS, removeOnComplete: true, removeOnFail: { count: 1000 } },
      }));
      await Promise.race([queue.addBulk(jobs), lost]);
    }
    options.onStatus?.(
      `queued ${batches.length} batch(es) of up to ${QUEUE_BATCH} articles on ${url} (queue ${name}); waiting for dossier worker`,
    );
    quietTimer = reportWhileQuiet(queue, () => batches.length - waiting.size, batches.length, name, options.onStatus);
    await Promise.race([done, lost]);
  } finally {
    clearInterval(quietTimer);
    // Closing waits for Redis; when Redis is gone it never ends: cut every connection, BullMQ's copies included.
    if (!(await settleWithin([events.close(), queue.close()], 1000)))
      await settleWithin([events.disconnect(), queue.disconnect()], 1000);
    for (const c of connections) c.disconnect();
  }
}

function parseResult(value: unknown): ArticleJobResult {
  return (typeof value === 'string' ? JSON.parse(value) : value) as ArticleJobResult;
}

/** Every QUIET_STATUS_MS without a finished batch: how many are done and how many workers serve the queue. */
function reportWhileQuiet(
  queue: Queue,
  finished: () => number,
  total: number,
  name: string,
  onStatus: ((line: string) => void) | undefined,
): NodeJS.Timeout | undefined {
  if (!onStatus) return undefined;
  let last = finished();
  const timer = setInterval(() => {
    const now = finished();
    if (now !== last) {
      last = now;
      return;
    }
    queue
      .getWorkersCount()
      .then((workers) =>
        onStatus(
          `${now} of ${total} batch(es) done; ${workers} worker(s) on queue ${name}${workers === 0 ? ' (start dossier worker from the same build of dossier)' : ''}`,
        ),
      )
      .catch(() => undefined);
  }, QUIET_STATUS_MS);
  timer.unref();
  return timer;
}

/**
 * True when every promise settled within `ms`. The timer is not unref'd: it is what keeps the process alive
 * while the promises wait for connections that have ended.
 */
async function settleWithin(promises: Array<Promise<void>>, ms: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const settled = await Promise.race([
    Promise.allSettled(promises).then(() => true),
    new Promise<boolean>((resolve) => {
      timer = setTimeout(() => resolve(false), ms);
    }),
  ]);
  clearTimeout(timer);
  return settled;
}
