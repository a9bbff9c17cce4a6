/**
 * Runs the per-article stage for a list of files: from the cache when an entry is valid, otherwise
 * in-process or on a piscina worker pool. Outcomes are returned in input order whatever order the
 * workers finish in, so the parallel build is byte-identical to the single-threaded one.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Diagnostic } from '@dossier/core';
import { readArticleFile, type RawArticle } from '@dossier/ingest';
import { ArticleCache } from './cache.js';
import { SourceLookup } from './source-lookup.js';
import { ArticlePool, batchSize, WORKER_FILE, type BatchProcessor, type Pending } from './article-pool.js';
import type { ArticleOutcome } from './process.js';
import { isExtractionFailure } from './quarantine.js';

/**
 * Below this many articles to process, starting worker threads costs more than it saves: each worker loads
 * wink-nlp's model, the lexicons and every extractor, which costs as much as processing dozens of articles
 * (figures in apps/bench/results/notes.md).
 */
export const POOL_THRESHOLD = 100;

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
  /** Cache entries that existed but did not verify (each was a miss). */
  cacheWarnings: Diagnostic[];
  /** Input files served without being read, keyed from the hash the previous build recorded (source-stats.ts). */
  sourcesUnread?: number;
  /** Set in queue mode (queue-coordinator.ts): the Redis URL (password masked) and the batches queued. */
  queue?: { url: string; batches: number };
}

const NO_TIME = { ingest: 0, extract: 0 };
const RUNNING_FROM_SOURCE = import.meta.url.endsWith('.ts');

/**
 * The per-article stage on this thread. Run from dist/, it is the workers' own bundle (article-pool.ts), which
 * loads far faster than the modules it is made of; from source (tests, which mock extractors in them), process.ts.
 */
async function loadBatchProcessor(): Promise<BatchProcessor> {
  if (!RUNNING_FROM_SOURCE && existsSync(WORKER_FILE))
    return (await import(pathToFileURL(WORKER_FILE).href)).default as BatchProcessor;
  const { processArticle } = await import('./process.js');
  return (batch) => batch.map(processArticle);
}

/**
 * A pool for `threads` threads that extract: this one and `threads - 1` workers. This thread processes a batch
 * whenever every worker has its fill of unfinished ones (ArticlePool.send), so it extracts while the workers
 * load their code and whenever they fall behind, and one worker fewer is started, loaded and warmed up.
 */
async function startPool(
  threads: number,
  articles: number,
  finished: (pending: Pending, outcome: ArticleOutcome) => void,
): Promise<ArticlePool> {
  const helper = await loadBatchProcessor();
  return new ArticlePool(threads - 1, batchSize(articles, threads), finished, helper);
}

function defaultJobs(): number {
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
 * Returns a `processAll` for buildDataset plus the stats it fills in. onDone sees cache hits at once and
 * processed articles as they finish; the returned outcomes are in input order.
 */
export function createArticleProcessor(options: ProcessorOptions) {
  const stats: ProcessorStats = { jobs: 1, pooled: false, cacheHits: 0, cacheMisses: 0, cacheWarnings: [] };
  const cache = options.cacheDir === undefined ? undefined : new ArticleCache(options.cacheDir);
  if (cache) stats.cacheFingerprint = cache.fingerprint;
  const keys = new Map<string, string>();
  /** Loaded once a digest has been served: loadOutcome may have to process an article whose entry went bad. */
  let processBatch: BatchProcessor | undefined;

  /**
   * With `digests`, a cache hit's outcome carries only its digest (the entry's header), not its rows: the
   * streamed corpus step asks for the rows with loadOutcome() only where it cannot reuse the article's fragment.
   */
  async function processAll(
    inputDir: string,
    files: string[],
    onDone: (o: ArticleOutcome) => void,
    { digests = false }: { digests?: boolean } = {},
  ): Promise<ArticleOutcome[]> {
    const outcomes: ArticleOutcome[] = new Array(files.length);
    const finished = (p: Pending, outcome: ArticleOutcome) => {
      outcomes[p.index] = outcome;
      // An article an extractor threw on is quarantined, not cached: the next build tries it again.
      if (cache && p.key && !outcome.diagnostics.some(isExtractionFailure)) cache.set(p.key, outcome);
      onDone(outcome);
    };
    // The most threads this input could need. The pool starts as soon as the misses so far call for that
    // many, so the workers load their code and start on the first articles while this thread is still
    // reading files and looking them up in the cache.
    const mostThreads = decideThreads(options.jobs, files.length);
    const pending: Pending[] = [];
    let pool: ArticlePool | undefined;
    let threads = 1;
    // One file of digests instead of one header per unchanged article (digest-index.ts), and the input files'
    // recorded hashes, so that an unchanged one is not read (source-stats.ts).
    const indexDigests = digests && cache !== undefined;
    const sources = indexDigests ? new SourceLookup(cache) : undefined;
    if (indexDigests) cache.startDigestIndex();
    let complete = false;
    try {
      for (let index = 0; index < files.length; index++) {
        const file = files[index]!;
        let { raw, key } = sources ? sources.keyOf(inputDir, file) : readAndKey(inputDir, file);
        if (key !== undefined) keys.set(file, key);
        const digest = digests && key !== undefined ? cache!.getDigest(file, key) : undefined;
        if (digest) {
          outcomes[index] = { sourceFile: file, diagnostics: digest.diagnostics, digest, timings: NO_TIME };
          onDone(outcomes[index]!);
          continue;
        }
        if (!raw) {
          // Keyed from its recorded hash but not served: its bytes are needed now, and decide the key.
          ({ raw, key } = readAndKey(inputDir, file));
          sources?.reread(file, key!);
          keys.set(file, key!);
        }
        const hit = key === undefined ? undefined : cache!.get(file, key, raw.bytes);
        if (hit) {
          outcomes[index] = { ...hit, timings: { ingest: 0, extract: 0 } };
          onDone(outcomes[index]!);
          continue;
        }
        const miss: Pending = { index, raw, ...(key === undefined ? {} : { key }) };
        if (pool) {
          // Yielding lets piscina hand the batch to a worker now rather than after the last file is read, and
          // waiting for room keeps the input from piling up in the pool's queue (article-pool.ts).
          if (pool.add(miss)) await pool.room();
          continue;
        }
        pending.push(miss);
        if (mostThreads > 1 && decideThreads(options.jobs, pending.length) === mostThreads) {
          threads = mostThreads;
          pool = await startPool(threads, files.length, finished);
          for (const p of pending.splice(0)) if (pool.add(p)) await pool.room();
        }
      }
      stats.cacheHits = cache?.hits.length ?? 0;
      stats.cacheMisses = cache?.misses.length ?? 0;
      stats.cacheWarnings = cache?.warnings ?? [];
      if (sources) stats.sourcesUnread = sources.unread;
      // Too few misses to have started the pool while reading: they may still call for fewer threads.
      if (!pool) threads = decideThreads(options.jobs, pending.length);
      if (!pool && threads > 1) {
        pool = await startPool(threads, pending.length, finished);
        for (const p of pending.splice(0)) if (pool.add(p)) await pool.room();
      }
      stats.jobs = threads;
      stats.pooled = threads > 1;
      if (pool) {
        const running = pool;
        pool = undefined;
        await running.finish();
      } else {
        // Loaded here, not at the top: a build served from the cache never extracts.
        processBatch ??= await loadBatchProcessor();
        for (const p of pending) finished(p, processBatch([p.raw])[0]!);
      }
      complete = true;
    } finally {
      await pool?.destroy();
      if (indexDigests) cache.finishDigestIndex(complete);
      if (complete) sources?.commit();
    }
    // After the per-article stage, so the import races no worker.
    if (digests && !processBatch && outcomes.some((o) => o.digest)) processBatch = await loadBatchProcessor();
    return outcomes;
  }

  /** The file's bytes and, with a cache, its key. */
  function readAndKey(inputDir: string, file: string): { raw: RawArticle; key: string | undefined } {
    const raw = readArticleFile(inputDir, file);
    return { raw, key: cache?.keyOf(file, raw.bytes) };
  }

  /** Removes the cache entries of these files (articles quarantined after their rows failed validation). */
  function forget(files: string[]): void {
    for (const file of files) {
      const key = keys.get(file);
      if (key !== undefined) cache!.forget(key);
    }
  }

  /**
   * The whole outcome of an article processAll served by its digest: from its cache entry, or, if the entry no
   * longer verifies (edited or removed since), processed afresh here and the entry rewritten, with a warning.
   */
  function loadOutcome(inputDir: string, file: string): { outcome: ArticleOutcome; warning?: Diagnostic } {
    const raw = readArticleFile(inputDir, file);
    const key = keys.get(file);
    if (!cache || key === undefined) throw new Error(`loadOutcome: ${file} was not served from the cache`);
    const opened = cache.open(file, key, raw.bytes);
    if ('outcome' in opened) return { outcome: { ...opened.outcome, timings: NO_TIME } };
    if (!processBatch) throw new Error(`loadOutcome: ${file}: processAll served no digest`);
    const outcome = processBatch([raw])[0]!;
    if (!outcome.diagnostics.some(isExtractionFailure)) cache.set(key, outcome);
    const problem = opened.problem ?? 'the entry is gone';
    return { outcome, warning: cache.invalidEntry(file, key, problem) };
  }

  /** The cache key of a file processed or looked up by processAll (the fragment cache builds on it). */
  function keyOf(file: string): string | undefined {
    return keys.get(file);
  }

  return { processAll, forget, keyOf, loadOutcome, stats };
}
