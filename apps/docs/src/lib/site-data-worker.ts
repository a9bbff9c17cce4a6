/**
 * A worker thread of the site-data step (see src/lib/stream/worker-pool.ts for the protocol): it loads the
 * site model itself (the entities' names and links, from the same dataset) and runs each job it is given
 * (src/lib/article-work.ts): an article's shard and records, or an entity's shard, written to the store's
 * folder. Bundled by the integration (src/integrations/site-data.ts).
 */
import { parentPort } from 'node:worker_threads';
import { runSiteJob, type SiteJob } from './article-work.ts';

if (!parentPort) throw new Error('src/lib/site-data-worker.ts runs as a worker thread of the site-data step');
const port = parentPort;
port.on('message', ({ id, input }: { id: number; input: SiteJob }) => {
  try {
    port.postMessage({ id, output: runSiteJob(input) });
  } catch (error) {
    const what =
      input.kind === 'article' ? `article ${input.group.article.article_id}` : `entity ${input.entity.entity_id}`;
    port.postMessage({ id, error: `${what}: ${(error as Error).stack ?? error}` });
  }
});
