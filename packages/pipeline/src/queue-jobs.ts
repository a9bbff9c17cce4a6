/** What the coordinator and the workers of the queue mode agree on: the queue's name, a job, its result. */
import type { RawArticle } from '@dossier/ingest';
import type { CachedOutcome } from './cache.js';

/**
 * One queue per pipeline fingerprint (code, lexicons, schemas): a worker built from other code never takes a
 * job, so it can never write results under keys that promise this code's output.
 */
export function queueName(fingerprint: string): string {
  return `dossier-articles-${fingerprint.slice(0, 16)}`;
}

/** Articles per job: a job costs a few Redis round trips and an event, an article 40–60 ms of work. */
export const QUEUE_BATCH = 8;

/** A failed or lost batch is tried this many times in all before the build fails. */
export const JOB_ATTEMPTS = 3;

export interface JobArticle {
  sourceFile: string;
  /** The per-article cache key the coordinator computed; the worker checks that it computes the same. */
  key: string;
  /** The raw bytes, base64: workers need no access to the input folder. */
  bytes: string;
}

export interface ArticleJobData {
  fingerprint: string;
  articles: JobArticle[];
}

export interface ArticleJobResult {
  /**
   * Outcomes that are not written to the results folder (an extractor threw: the local build never caches
   * those either, so the next build tries the article again), by source file.
   */
  uncached: CachedOutcome[];
  /** CPU milliseconds per article, in the job's order (for BuildResult.timings). */
  timings: Array<{ ingest: number; extract: number }>;
}

export function toJobArticle(raw: RawArticle, key: string): JobArticle {
  return { sourceFile: raw.sourceFile, key, bytes: Buffer.from(raw.bytes).toString('base64') };
}

export function fromJobArticle(article: JobArticle): RawArticle {
  return { sourceFile: article.sourceFile, bytes: new Uint8Array(Buffer.from(article.bytes, 'base64')) };
}
