/**
 * The worker-thread entry that piscina loads: one task = a batch of articles, processed in order. It must stay
 * free of module-level state that differs between threads, so a worker's output equals the in-process output.
 */
import type { RawArticle } from '@dossier/ingest';
import { processArticle, type ArticleOutcome } from './process.js';

export default function processInWorker(batch: RawArticle[]): ArticleOutcome[] {
  return batch.map(processArticle);
}
