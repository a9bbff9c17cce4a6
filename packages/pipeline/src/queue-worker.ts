/**
 * `dossier worker`: takes batches of articles from the BullMQ queue, runs the per-article stage on each and
 * writes the outcomes into the shared results folder, in the per-article cache's format (content-addressed,
 * written atomically), so a batch that runs twice writes the same files again and nothing is duplicated.
 */
import { UnrecoverableError, Worker, type Job } from 'bullmq';
import { ArticleCache, pipelineFingerprint } from './cache.js';
import { openConnection } from './queue-connection.js';
import { displayUrl } from './queue-url.js';
import {
  type ArticleJobData,
  type ArticleJobResult,
  fromJobArticle,
  queueName,
  type JobArticle,
} from './queue-jobs.js';
import { processArticle } from './process.js';
import { isExtractionFailure } from './quarantine.js';

export interface QueueWorkerOptions {
  /** redis://host:port[/db] */
  url: string;
  /** The shared results folder (the coordinator reads it as its per-article cache). */
  resultsDir: string;
  /**
   * How long a job stays locked to this worker without a renewal (the worker renews it while it runs). When a
   * worker dies, its job is given to another worker about this long after the last renewal. Default 30 s.
   */
  lockDurationMs?: number;
  /** Called with one line per event worth telling (started, took a batch, finished it, lost Redis). */
  log?: (line: string) => void;
}

export interface QueueWorker {
  /** The queue this worker takes jobs from (named after the pipeline fingerprint). */
  queue: string;
  fingerprint: string;
  /**
   * Stops taking jobs. Without `force`, the current job is finished first; with it, the job is abandoned
   * and goes back to the queue once its lock expires.
   */
  close(force?: boolean): Promise<void>;
}

const DEFAULT_LOCK_MS = 30_000;

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  const log = options.log ?? (() => undefined);
  const fingerprint = pipelineFingerprint();
  const queue = queueName(fingerprint);
  const lockDuration = options.lockDurationMs ?? DEFAULT_LOCK_MS;
  warmUp();
  const connection = openConnection(options.url);
  const worker = new Worker<ArticleJobData, ArticleJobResult>(
    queue,
    (job) => processJob(job, new ArticleCache(options.resultsDir, fingerprint), fingerprint),
    {
      connection,
      concurrency: 1,
      lockDuration,
      // Another worker notices a dead worker's job on its next stalled check after the lock expired.
      stalledInterval: lockDuration,
      // A job whose worker died is moved back to the queue this many times before it counts as failed.
      maxStalledCount: 2,
      autorun: false,
    },
  );
  worker.on('active', (job) =>
    log(
      `took batch ${job.id} (${job.data.articles.length} articles)${job.attemptsStarted > 1 ? `, started ${job.attemptsStarted} times` : ''}`,
    ),
  );
  worker.on('completed', (job) => log(`finished batch ${job.id}`));
  worker.on('failed', (job, e) => log(`batch ${job?.id ?? '?'} failed: ${e.message}`));
  worker.on('error', (e) => log(`worker error (queue on ${displayUrl(options.url)}): ${e.message}`));
  await worker.waitUntilReady();
  void worker.run();
  log(`waiting for batches on ${displayUrl(options.url)}, queue ${queue}; writing results to ${options.resultsDir}`);
  return {
    queue,
    fingerprint,
    async close(force = false) {
      await worker.close(force);
      connection.disconnect();
    },
  };
}

/**
 * Loads the tokenizer's model, the lexicons and the extractors before the first job, by processing a short
 * invented article: loading takes seconds of synchronous work, during which the job's lock could not be
 * renewed and would expire with a short --lock-duration.
 */
function warmUp(): void {
  processArticle({
    sourceFile: 'warm-up.txt',
    bytes: new TextEncoder().encode('date 2024-01-01 By Staff, Warm Up\n\nThe council met on Monday.\n'),
  });
}

/** Processes one batch in order, skipping articles whose result a previous attempt already wrote. */
async function processJob(
  job: Job<ArticleJobData, ArticleJobResult>,
  cache: ArticleCache,
  fingerprint: string,
): Promise<ArticleJobResult> {
  if (job.data.fingerprint !== fingerprint)
    throw new UnrecoverableError(`the job was queued by a pipeline with another fingerprint (${job.data.fingerprint})`);
  const result: ArticleJobResult = { uncached: [], timings: [] };
  for (const article of job.data.articles) {
    processOne(article, cache, result);
    // Lets BullMQ renew the job's lock between articles: processing is synchronous, and a lock that is not
    // renewed makes another worker take the job while this one still runs it.
    await new Promise(setImmediate);
  }
  return result;
}

function processOne(article: JobArticle, cache: ArticleCache, result: ArticleJobResult): void {
  const raw = fromJobArticle(article);
  const key = cache.keyOf(raw.sourceFile, raw.bytes);
  if (key !== article.key)
    throw new UnrecoverableError(`${raw.sourceFile}: the job's key ${article.key} is not this worker's ${key}`);
  if (cache.get(raw.sourceFile, key, raw.bytes)) {
    result.timings.push({ ingest: 0, extract: 0 });
    return;
  }
  const outcome = processArticle(raw);
  result.timings.push(outcome.timings);
  const { timings: _timings, ...cached } = outcome;
  // As in the local build: an article an extractor threw on is quarantined, never cached.
  if (outcome.diagnostics.some(isExtractionFailure)) result.uncached.push(cached);
  else cache.set(key, outcome);
}
