/**
 * One copy of each distinct string the corpus step keeps for every article. Outcomes arrive from the worker
 * threads as structured clones, so every article brings its own copy of "person", "US", "country:ukraine" or
 * a name that hundreds of other articles also use; kept for 100,000 articles until entity resolution, those
 * copies were most of what the main thread held. Types, keys, names and whole entities recur across articles, so one pooled
 * copy each costs a small fraction of that.
 */
import type { LocalEntity } from '@dossier/core';

export class StringPool {
  private readonly strings = new Map<string, string>();
  /** Equal local entities of different articles (a country, a recurring name) share one object. */
  private readonly entitiesByName = new Map<string, LocalEntity[]>();

  /** The pooled copy of `text` (equal to it). */
  intern<T extends string | null>(text: T): T {
    if (text === null) return text;
    const pooled = this.strings.get(text);
    if (pooled !== undefined) return pooled as T;
    this.strings.set(text, text);
    return text;
  }

  /**
   * An equal entity whose strings are pooled: the same object for every equal entity. Its readers (entity
   * resolution, the in-memory fallback) never change an entity. Not frozen: V8 gives frozen objects and
   * arrays a separate property store, which cost more than the sharing saved (heap snapshot of 2,000 articles).
   */
  entity(entity: LocalEntity): LocalEntity {
    const name = this.intern(entity.name);
    // Looked up by name rather than by a key string built from every field, which would cost as much as the entity.
    const sameName = this.entitiesByName.get(name);
    const pooled = sameName?.find((other) => sameEntity(other, entity));
    if (pooled) return pooled;
    const copy: LocalEntity = {
      key: this.intern(entity.key),
      type: this.intern(entity.type),
      name,
      aliases: entity.aliases.map((alias) => this.intern(alias)),
      countryCode: this.intern(entity.countryCode),
    };
    // A literal of one: an empty array that is pushed to reserves room for 17.
    if (sameName) sameName.push(copy);
    else this.entitiesByName.set(name, [copy]);
    return copy;
  }

  get size(): number {
    return this.strings.size;
  }
}

function sameEntity(a: LocalEntity, b: LocalEntity): boolean {
  return (
    a.key === b.key &&
    a.type === b.type &&
    a.countryCode === b.countryCode &&
    a.aliases.length === b.aliases.length &&
    a.aliases.every((alias, i) => alias === b.aliases[i])
  );
}
