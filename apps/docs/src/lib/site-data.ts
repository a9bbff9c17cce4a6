/**
 * Writes the site's sharded data into a ShardStore: one shard per article (data/articles/<id>.json), one per
 * long-tail entity (data/entities/<section>/<slug>.json: the entities without a static page) and the search
 * shards (data/search/<key>.json). Articles are taken one at a time, so the build holds one shard in memory.
 */
import { articleOpening } from './article-title.ts';
import { articleShard } from './article-shard.ts';
import { entityShard } from './entity-shard.ts';
import { releaseLayouts } from './layout.ts';
import { siteModel } from './model.ts';
import { searchShards, searchWords, shardFileName, type SearchEntry } from './search-index.ts';
import type { ShardStore } from './shard-store.ts';
import { articleShardPath, articleUrl, entityShardPath, entityUrl } from './urls.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function searchEntries(): SearchEntry[] {
  const m = siteModel();
  const entries: SearchEntry[] = [];
  for (const e of m.data.entities) {
    entries.push({
      kind: 'entity',
      label: e.name,
      detail: `${e.type} · ${plural(e.mention_count, 'mention')}, ${plural(e.article_count, 'article')}`,
      url: entityUrl(e.entity_id),
      words: [...new Set(searchWords(`${e.name} ${e.aliases ?? ''}`))],
    });
  }
  for (const a of m.data.articles) {
    entries.push({
      kind: 'article',
      label: `${a.outlet}, ${a.published}`,
      detail: a.headline ?? `${articleOpening(a, 80)}…`,
      url: articleUrl(a.article_id),
      words: [...new Set(searchWords(`${a.outlet} ${a.published} ${a.headline ?? ''}`))],
    });
  }
  return entries;
}

export function writeSiteData(store: ShardStore): void {
  const m = siteModel();
  for (const article of m.data.articles)
    store.write(articleShardPath(article.article_id), JSON.stringify(articleShard(article)));
  for (const entity of m.data.entities) {
    if (m.staticEntities.has(entity.entity_id)) continue;
    store.write(entityShardPath(entity.entity_id), JSON.stringify(entityShard(entity)));
  }
  releaseLayouts();
  for (const [key, shard] of searchShards(searchEntries()))
    store.write(`data/search/${shardFileName(key)}`, JSON.stringify(shard));
}
