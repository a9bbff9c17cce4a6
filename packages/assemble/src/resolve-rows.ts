/**
 * The per-article, per-table half of cross-article assembly: puts global entity IDs into one article's rows of
 * one table, and counts mentions per entity. Shared by the in-memory assembly (assembleTables) and the
 * pipeline's streamed corpus step, which sees one table at a time, so both make the same rows.
 */
import type { EntityResolution } from '@dossier/normalize';
import type { TableRows } from '@dossier/schema';
import type { ArticleTableName } from './article-rows.js';

type Resolve = (key: string) => string;

/** One article's rows of `table` with global entity IDs; rows without entity columns come back as they are. */
export function resolvedRows<K extends ArticleTableName>(
  table: K,
  articleId: string,
  rows: Array<TableRows[K]>,
  resolution: EntityResolution,
): Array<TableRows[K]> {
  const resolve: Resolve = (key) => resolution.resolve(articleId, key);
  const resolver = RESOLVERS[table] as
    | ((rows: Array<TableRows[K]>, resolve: Resolve) => Array<TableRows[K]>)
    | undefined;
  return resolver ? resolver(rows, resolve) : rows;
}

const orNull = (resolve: Resolve) => (key: string | null) => (key === null ? null : resolve(key));

const RESOLVERS: { [K in ArticleTableName]?: (rows: Array<TableRows[K]>, resolve: Resolve) => Array<TableRows[K]> } = {
  mentions: (rows, resolve) => rows.map((m) => ({ ...m, entity_id: resolve(m.entity_id) })),
  roles: (rows, resolve) =>
    rows.map((r) => ({
      ...r,
      person_id: resolve(r.person_id),
      organization_id: orNull(resolve)(r.organization_id),
      country_id: orNull(resolve)(r.country_id),
      place_id: orNull(resolve)(r.place_id),
    })),
  quotes: (rows, resolve) => rows.map((q) => ({ ...q, speaker_id: orNull(resolve)(q.speaker_id) })),
  events: (rows, resolve) => rows.map((e) => ({ ...e, location_id: orNull(resolve)(e.location_id) })),
  event_participants: (rows, resolve) => {
    // Two local entities of one article can resolve to the same entity: keep the first participant row.
    const seen = new Set<string>();
    const kept: Array<TableRows['event_participants']> = [];
    for (const p of rows) {
      const entityId = resolve(p.entity_id);
      const key = `${p.event_id}\u0000${entityId}\u0000${p.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      kept.push({ ...p, entity_id: entityId });
    }
    return kept;
  },
};

/**
 * Mentions and distinct articles per entity. An article is counted once per entity whatever the order the
 * mentions come in; the set of articles per entity is what that costs, kept only for entities seen.
 */
export class EntityCounts {
  private readonly mentions = new Map<string, number>();
  private readonly articles = new Map<string, Set<string>>();

  add(entityId: string, articleId: string): void {
    this.mentions.set(entityId, (this.mentions.get(entityId) ?? 0) + 1);
    let set = this.articles.get(entityId);
    if (!set) this.articles.set(entityId, (set = new Set<string>()));
    set.add(articleId);
  }

  mentionCount(entityId: string): number {
    return this.mentions.get(entityId) ?? 0;
  }

  articleCount(entityId: string): number {
    return this.articles.get(entityId)?.size ?? 0;
  }
}

/** The entities table (unsorted), one row per resolved entity, with its counts. */
export function entityRows(
  resolution: EntityResolution,
  counts: Pick<EntityCounts, 'mentionCount' | 'articleCount'>,
): Array<TableRows['entities']> {
  return resolution.entities.map((g) => ({
    entity_id: g.entityId,
    type: g.type,
    name: g.name,
    aliases: g.aliases.length ? [...g.aliases].sort().join('; ') : null,
    country_code: g.countryCode,
    article_count: counts.articleCount(g.entityId),
    mention_count: counts.mentionCount(g.entityId),
  }));
}
