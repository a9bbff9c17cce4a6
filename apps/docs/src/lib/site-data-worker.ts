/**
 * A worker thread of the site-data step, run by piscina (src/integrations/site-data.ts): it holds only the
 * link policy and the entities of the article at hand (given with the job), and runs each job it is given
 * (src/lib/article-work.ts): an article's shard and records, or an entity's shard, written to the store's
 * folder. The integration bundles this file with esbuild, since a worker thread needs JavaScript.
 */
import { workerData } from 'node:worker_threads';
import { runSiteJob, type SiteJob, type SiteJobDone } from './article-work.ts';
import { showEntities, useWorkerModel, type WorkerModelSeed } from './model.ts';

// The pool passes the link policy; the entities come with each article (src/integrations/site-data.ts).
useWorkerModel(workerData as WorkerModelSeed);

export default function siteJob(job: SiteJob): SiteJobDone {
  try {
    if (job.kind === 'article') showEntities(job.entities);
    return runSiteJob(job);
  } catch (error) {
    const what =
      job.kind === 'article'
        ? `article ${job.group.article.article_id}`
        : job.kind === 'entity'
          ? `entity ${job.entity.entity_id}`
          : `entity bucket ${job.path}`;
    throw new Error(`${what}: ${(error as Error).message}`, { cause: error });
  }
}
