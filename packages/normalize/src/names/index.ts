/** Name normalization across articles: decides which local entities are the same real-world entity. */
import { entityId, type EntityType, type LocalEntity } from '@dossier/core';

export interface GlobalEntity {
  entityId: string;
  type: EntityType;
  name: string;
  aliases: string[];
  countryCode: string | null;
}

export interface ArticleEntities {
  articleId: string;
  entities: LocalEntity[];
}

export interface EntityResolution {
  entities: GlobalEntity[];
  /** Global entity ID of a local entity: resolve(articleId, localKey). */
  resolve(articleId: string, localKey: string): string;
}

/**
 * Merges local entities into global ones. Baseline policy: same type and same canonical name are the same
 * entity. (The entities work replaces this with surname/alias matching that keeps ambiguous names apart.)
 */
export function resolveEntities(articles: ArticleEntities[]): EntityResolution {
  const byId = new Map<string, GlobalEntity>();
  const local = new Map<string, string>();
  for (const { articleId, entities } of articles) {
    for (const e of entities) {
      const id = entityId(e.type, e.name);
      const g = byId.get(id) ?? { entityId: id, type: e.type, name: e.name, aliases: [], countryCode: e.countryCode };
      g.aliases = [...new Set([...g.aliases, ...e.aliases])].filter((a) => a !== g.name);
      byId.set(id, g);
      local.set(`${articleId}\u0000${e.key}`, id);
    }
  }
  return {
    entities: [...byId.values()],
    resolve(articleId, localKey) {
      const id = local.get(`${articleId}\u0000${localKey}`);
      if (id === undefined) throw new Error(`no entity "${localKey}" in article ${articleId}`);
      return id;
    },
  };
}
