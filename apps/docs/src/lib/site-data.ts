/**
 * Writes the site's sharded data into a ShardStore: one shard per article (data/articles/<id>.json), one per
 * long-tail entity (data/entities/<section>/<slug>.json: the entities without a static page) and the search
 * shards (data/search/<key>.json). Articles are taken one at a time, so the build holds one shard in memory.
 * Each article and entity shard is keyed by a hash of everything it is made from (its rows, the article
 * texts and entity names and links it shows, and the site's code), so a build after one more article
 * recomputes only the shards whose inputs changed.
 */
import { createHash } from 'node:crypto';
import { articleOpening } from './article-title.ts';
import { articleRows, articleShard } from './article-shard.ts';
import type { ArticleRows } from './article-view.ts';
import { entityShard } from './entity-shard.ts';
import { releaseLayouts } from './layout.ts';
import { entityName, siteModel } from './model.ts';
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

const hash = (value: unknown) => createHash('sha256').update(JSON.stringify(value)).digest('hex');

/** What a shard shows of an entity it links to: its name and where the link goes. */
const entityRef = (id: string | null | undefined) => (id ? [id, entityName(id), entityUrl(id)] : null);

function rowsEntityIds(rows: Partial<ArticleRows>): string[] {
  const ids = new Set<string>();
  for (const r of rows.mentions ?? []) ids.add(r.entity_id);
  for (const r of rows.roles ?? [])
    for (const id of [r.person_id, r.organization_id, r.country_id, r.place_id]) if (id) ids.add(id);
  for (const r of rows.quotes ?? []) if (r.speaker_id) ids.add(r.speaker_id);
  return [...ids].sort();
}

/** The key of an entity shard's inputs: its rows, those of its events, and the articles they point into. */
function entityInputsKey(codeKey: string, entityId: string, articleKeys: Map<string, string>): string {
  const m = siteModel();
  const roles = m.rolesByPerson.get(entityId) ?? [];
  const mentions = m.mentionsByEntity.get(entityId) ?? [];
  const quotes = m.quotesBySpeaker.get(entityId) ?? [];
  const participants = m.participantsByEntity.get(entityId) ?? [];
  const events = [...new Set(participants.map((p) => p.event_id))].map((id) => [
    m.eventById.get(id),
    (m.participantsByEvent.get(id) ?? []).map((p) => [p, entityRef(p.entity_id)]),
  ]);
  const articles = new Set([...roles, ...mentions, ...quotes].map((r) => r.article_id));
  for (const id of participants.map((p) => m.eventById.get(p.event_id)?.article_id)) if (id) articles.add(id);
  return hash([
    codeKey,
    m.articlePages,
    m.entityById.get(entityId),
    roles,
    mentions,
    quotes,
    events,
    rowsEntityIds({ roles }).map(entityRef),
    [...articles].sort().map((id) => articleKeys.get(id)),
  ]);
}

export function writeSiteData(store: ShardStore, codeKey: string): void {
  const m = siteModel();
  // An article row (its body included) hashed once; shards that quote it depend on this hash.
  const articleKeys = new Map(m.data.articles.map((a) => [a.article_id, hash(a)]));
  for (const article of m.data.articles) {
    const path = articleShardPath(article.article_id);
    const rows = articleRows(article.article_id);
    const key = hash([codeKey, articleKeys.get(article.article_id), rows, rowsEntityIds(rows).map(entityRef)]);
    if (!store.reuse(path, key)) store.write(path, JSON.stringify(articleShard(article)), key);
  }
  for (const entity of m.data.entities) {
    if (m.staticEntities.has(entity.entity_id)) continue;
    const path = entityShardPath(entity.entity_id);
    const key = entityInputsKey(codeKey, entity.entity_id, articleKeys);
    if (!store.reuse(path, key)) store.write(path, JSON.stringify(entityShard(entity)), key);
  }
  releaseLayouts();
  for (const [key, shard] of searchShards(searchEntries()))
    store.write(`data/search/${shardFileName(key)}`, JSON.stringify(shard));
}
