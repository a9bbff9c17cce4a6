/**
 * Which articles and entities get a static page. Every page Astro renders costs time and memory during the
 * build (issue 23: 3,000 articles took two minutes and 2 GB), so only a bounded number of pages is static;
 * the rest are rendered in the browser by the article and entity viewers from the JSON shards the build
 * writes next to the site (src/lib/site-data.ts). The limits can be changed with two environment variables,
 * which turbo includes in the build's cache key.
 */

/** Static article pages are written only when the dataset has at most this many articles. */
export const ARTICLE_PAGES_MAX = limitFromEnv('DOSSIER_ARTICLE_PAGES_MAX', 200);
/** At most this many entities get a static page. */
export const ENTITY_PAGES_MAX = limitFromEnv('DOSSIER_ENTITY_PAGES_MAX', 500);
/** Above ENTITY_PAGES_MAX entities, an entity needs evidence from this many articles for a static page. */
export const ENTITY_PAGE_MIN_ARTICLES = 2;

function limitFromEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0) throw new Error(`${name} must be a whole number ≥ 0, found "${raw}"`);
  return value;
}

export interface EntityEvidence {
  entity_id: string;
  mention_count: number;
  article_count: number;
}

/** Most evidence first: articles, then mentions, then the ID (so that the choice is deterministic). */
export function byEvidence(a: EntityEvidence, b: EntityEvidence): number {
  return (
    b.article_count - a.article_count ||
    b.mention_count - a.mention_count ||
    (a.entity_id < b.entity_id ? -1 : a.entity_id > b.entity_id ? 1 : 0)
  );
}

/**
 * The entities with a static page: all of them when there are at most `max`; otherwise the `max` with the
 * most evidence among those found in at least ENTITY_PAGE_MIN_ARTICLES articles.
 */
export function staticEntityIds(entities: readonly EntityEvidence[], max = ENTITY_PAGES_MAX): Set<string> {
  if (entities.length <= max) return new Set(entities.map((e) => e.entity_id));
  return new Set(
    entities
      .filter((e) => e.article_count >= ENTITY_PAGE_MIN_ARTICLES)
      .sort(byEvidence)
      .slice(0, max)
      .map((e) => e.entity_id),
  );
}

/** Whether every article gets a static page (small datasets) or only the client-side viewer. */
export function staticArticlePages(articleCount: number, max = ARTICLE_PAGES_MAX): boolean {
  return articleCount <= max;
}
