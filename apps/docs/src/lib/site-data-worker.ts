/**
 * A worker thread of the site-data step (see src/lib/stream/worker-pool.ts for the protocol): it loads the
 * site model itself (the entities' names and links, from the same dataset) and answers each article with its
 * shard and records (src/lib/article-work.ts). Bundled by the integration (src/integrations/site-data.ts).
 */
import { parentPort } from 'node:worker_threads';
import { articleWork } from './article-work.ts';
import type { ArticleGroup } from './stream/article-groups.ts';

if (!parentPort) throw new Error('src/lib/site-data-worker.ts runs as a worker thread of the site-data step');
const port = parentPort;
port.on('message', ({ id, input }: { id: number; input: ArticleGroup }) => {
  try {
    port.postMessage({ id, output: articleWork(input) });
  } catch (error) {
    port.postMessage({ id, error: `article ${input.article.article_id}: ${(error as Error).stack ?? error}` });
  }
});
