/**
 * The costly part of the site-data step, one article at a time: its shard (src/lib/article-shard.ts) and the
 * records it adds to the pages of the entities it names (src/lib/entity-records.ts). Both need the article's
 * sentences, which the pipeline's own splitter recomputes (src/lib/layout.ts), so this is what runs in
 * worker threads on big datasets (src/lib/site-data-worker.ts); on small ones it runs in the build's thread.
 */
import { articleShard } from './article-shard.ts';
import { articleEntityRecords } from './entity-records.ts';
import { releaseLayouts } from './layout.ts';
import { showArticle } from './model.ts';
import type { ArticleGroup } from './stream/article-groups.ts';

export interface ArticleWork {
  /** The article's shard, as written to data/articles/<id>.json. */
  shard: string;
  /** Its entity records, one JSON line each (as kept in the evidence cache). */
  records: string;
}

export function articleWork(group: ArticleGroup): ArticleWork {
  showArticle(group);
  const shard = JSON.stringify(articleShard(group.article));
  const records = articleEntityRecords(group)
    .map((r) => `${JSON.stringify(r)}\n`)
    .join('');
  releaseLayouts();
  return { shard, records };
}
