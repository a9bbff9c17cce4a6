/**
 * A worker thread of the site-data step, run by piscina (src/integrations/site-data.ts): it loads the site
 * model itself (the entities' names and links, from the same dataset) and runs each job it is given
 * (src/lib/article-work.ts): an article's shard and records, or an entity's shard, written to the store's
 * folder. The integration bundles this file with esbuild, since a worker thread needs JavaScript.
 */
import { runSiteJob, type SiteJob, type SiteJobDone } from './article-work.ts';

export default function siteJob(job: SiteJob): SiteJobDone {
  try {
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
