/** Collects an article's entities and mentions, and keeps keys unique and output sorted. */
import { entityId, type EntityType, type LocalEntity, type MentionAnnotation, type MentionKind } from '@dossier/core';

/**
 * entityId() folds Unicode, so its results are kept per (type, name) for the whole process: the same countries,
 * organizations and people recur from article to article. Cleared when large, to bound memory. One map per type
 * rather than a composed "type + name" key: composing the key allocated and hashed a new string on every call.
 */
const entityKeysByType = new Map<EntityType, Map<string, string>>();
let cachedKeyCount = 0;
const MAX_CACHED_KEYS = 100_000;

function cachedEntityId(type: EntityType, name: string): string {
  let keys = entityKeysByType.get(type);
  if (keys === undefined) {
    keys = new Map();
    entityKeysByType.set(type, keys);
  }
  let key = keys.get(name);
  if (key === undefined) {
    key = entityId(type, name);
    if (cachedKeyCount >= MAX_CACHED_KEYS) {
      for (const m of entityKeysByType.values()) m.clear();
      cachedKeyCount = 0;
    }
    keys.set(name, key);
    cachedKeyCount++;
  }
  return key;
}

export class EntityRegistry {
  private readonly entities = new Map<string, LocalEntity>();
  /** Keyed by spanKey(start, end): a number, so that a look-up builds no string. */
  private readonly mentions = new Map<number, MentionAnnotation>();

  constructor(private readonly body: string) {}

  /** One number per span of the body, distinct for distinct spans (both ends lie within 0…body.length). */
  private spanKey(start: number, end: number): number {
    return start * (this.body.length + 1) + end;
  }

  /** Adds (or finds) the entity of this type and canonical name; returns its key. */
  entity(type: EntityType, name: string, countryCode: string | null = null): string {
    const key = cachedEntityId(type, name);
    if (!this.entities.has(key)) this.entities.set(key, { key, type, name, aliases: [], countryCode });
    return key;
  }

  has(key: string): boolean {
    return this.entities.has(key);
  }

  get(key: string): LocalEntity | undefined {
    return this.entities.get(key);
  }

  /** Records a form the article uses for the entity; the canonical name itself is not an alias. */
  alias(key: string, form: string): void {
    const e = this.entities.get(key)!;
    if (form !== e.name && !e.aliases.includes(form)) e.aliases.push(form);
  }

  /** Adds a mention of [start, end); one mention per span, the first entity to claim it wins. */
  mention(key: string, start: number, end: number, kind: MentionKind): void {
    const id = this.spanKey(start, end);
    if (this.mentions.has(id) || end <= start) return;
    this.mentions.set(id, { entityKey: key, start, end, text: this.body.slice(start, end), kind });
  }

  /** Entities sorted by key, aliases sorted; mentions sorted by position. */
  result(): { entities: LocalEntity[]; mentions: MentionAnnotation[] } {
    const used = new Set([...this.mentions.values()].map((m) => m.entityKey));
    const entities = [...this.entities.values()]
      .filter((e) => used.has(e.key))
      .map((e) => ({ ...e, aliases: [...e.aliases].sort() }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    const mentions = [...this.mentions.values()].sort((a, b) => a.start - b.start || a.end - b.end);
    return { entities, mentions };
  }
}
