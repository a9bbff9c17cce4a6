/**
 * Name normalization across articles: decides which local entities are the same real-world entity.
 * Policy (see ../../README.md):
 *  - countries are the same when their ISO codes are;
 *  - organizations and places are the same when a name or alias of one equals the name or an alias of the
 *    other (so "IDF" in one article joins "Israel Defense Forces" with alias "IDF" in another), after
 *    folding case and punctuation;
 *  - people are the same when their canonical names are; a one-word person ("Caldwell") joins a fuller name
 *    ("Henry Caldwell") only when exactly one fuller person in the whole collection has that word as a surname
 *    form; otherwise it stays apart (two different Haddads); full names that differ only by one letter in one
 *    word of 4+ letters ("Kovalenkiy"/"Kovalenkyy", "al-Hadi"/"el-Haddi") are transliterations of one name.
 * The global name is the fullest form (most words, then most articles, then alphabetical). The ID is built from
 * the fullest form in the first article that has the entity, so later articles never change a published ID.
 */
import { entityId, slugify, type EntityType, type LocalEntity } from '@dossier/core';
import { nameWords, surnameForms } from './person-names.js';

export * from './countries.js';
export * from './person-names.js';

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

interface Node {
  articleId: string;
  entity: LocalEntity;
  parent: number;
}

function find(nodes: Node[], i: number): number {
  while (nodes[i]!.parent !== i) {
    nodes[i]!.parent = nodes[nodes[i]!.parent]!.parent;
    i = nodes[i]!.parent;
  }
  return i;
}

function union(nodes: Node[], a: number, b: number): void {
  const ra = find(nodes, a);
  const rb = find(nodes, b);
  // The lower index stays root, so the result does not depend on the order of unions.
  if (ra !== rb) nodes[Math.max(ra, rb)]!.parent = Math.min(ra, rb);
}

/** Joins every node that shares a key with another. */
function unionByKeys(nodes: Node[], members: number[], keysOf: (n: Node) => string[]): void {
  const first = new Map<string, number>();
  for (const i of members) {
    for (const k of keysOf(nodes[i]!)) {
      const j = first.get(k);
      if (j === undefined) first.set(k, i);
      else union(nodes, i, j);
    }
  }
}

/** The fullest form: most words, then most uses, then alphabetical. */
function pickName(names: Map<string, number>): string {
  const ranked = [...names.entries()].map(([name, uses]) => ({ name, uses, words: nameWords(name).length }));
  return ranked.sort(
    (a, b) => b.words - a.words || b.uses - a.uses || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0),
  )[0]!.name;
}

/** `compute` with a cache by name: the same names recur across thousands of articles. */
function perName<T>(compute: (name: string) => T): (name: string) => T {
  const cache = new Map<string, T>();
  return (name) => {
    let value = cache.get(name);
    if (value === undefined) {
      value = compute(name);
      cache.set(name, value);
    }
    return value;
  };
}

/** A full name's words folded for comparing spellings, the name they join into, and its block's key. */
interface FoldedName {
  words: string[];
  name: string;
  block: string;
}

function foldName(name: string): FoldedName | undefined {
  const words = nameWords(name).map(foldWord);
  if (words.length < 2) return undefined;
  return { words, name: words.join(' '), block: `${words.length}:${words.map((w) => w[0]).join('')}` };
}

const ARTICLE_PREFIX = /^(?:al|el|ad|ash|as|at|az|an|ar)[-‐]/u;

function foldWord(w: string): string {
  return w
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(ARTICLE_PREFIX, '');
}

/** True when a and b differ by at most one insertion, deletion or substitution. */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (Math.abs(a.length - b.length) > 1) return false;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  if (a.length === b.length) return a.slice(i + 1) === b.slice(i + 1);
  return a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/**
 * Transliteration variants of one full name ("Oleksandr Kovalenkiy" / "Kovalenkyy", "al-Hadi" / "el-Haddi"):
 * same number of words, every word equal after folding case, diacritics and an attached Arabic article,
 * except one word of 4+ letters that differs by a single edit. Joined only when the match is unique.
 */
function joinSpellingVariants(nodes: Node[], persons: number[]): void {
  // Blocks hold distinct folded names, each with the nodes that carry it: the same name recurs across
  // articles, and comparing names rather than nodes keeps a block's pairwise pass small on a large corpus.
  const blocks = new Map<string, Map<string, { words: string[]; nodes: number[] }>>();
  const nameOf = new Map<number, string>();
  // Folded once per distinct name (null: fewer than two words), not once per article that has it.
  const folded = perName((name) => foldName(name) ?? null);
  for (const i of persons) {
    const fold = folded(nodes[i]!.entity.name);
    if (fold === null) continue;
    const { words, name, block: key } = fold;
    nameOf.set(i, name);
    const block = blocks.get(key) ?? new Map<string, { words: string[]; nodes: number[] }>();
    const entry = block.get(name) ?? { words, nodes: [] };
    entry.nodes.push(i);
    block.set(name, entry);
    blocks.set(key, block);
  }
  const variantOf = (a: string[], b: string[]) => {
    let differing = 0;
    for (let k = 0; k < a.length; k++) {
      if (a[k] === b[k]) continue;
      if (a[k]!.length < 4 || !withinOneEdit(a[k]!, b[k]!)) return false;
      differing++;
    }
    return differing <= 1;
  };
  // The distinct groups a name's variants are in, kept until the next union: a name that recurs in many
  // articles has as many variant nodes as members, and scanning them all for each member was quadratic.
  let unions = 0;
  const rootsCache = new Map<string, { unions: number; roots: number[] }>();
  const variantRoots = (name: string, variantNodes: number[]): number[] => {
    const cached = rootsCache.get(name);
    if (cached && cached.unions === unions) return cached.roots;
    const roots = [...new Set(variantNodes.map((j) => find(nodes, j)))];
    rootsCache.set(name, { unions, roots });
    return roots;
  };
  for (const block of blocks.values()) {
    const entries = [...block.values()];
    // Every name in the block that is a variant of each name (itself included).
    const variants = new Map<string, number[]>();
    for (const [name, entry] of block) {
      variants.set(
        name,
        entries.filter((other) => variantOf(entry.words, other.words)).flatMap((other) => other.nodes),
      );
    }
    // Node order within the block is the order of first appearance, as the unions below depend on it.
    const members = entries.flatMap((e) => e.nodes).sort((a, b) => a - b);
    for (const i of members) {
      const own = find(nodes, i);
      // A node joins the variants' group when they are all in one group other than its own.
      const name = nameOf.get(i)!;
      const others = variantRoots(name, variants.get(name)!).filter((root) => root !== own);
      if (others.length === 1) {
        union(nodes, i, others[0]!);
        unions++;
      }
    }
  }
}

export function resolveEntities(articles: ArticleEntities[]): EntityResolution {
  const nodes: Node[] = [];
  const sorted = [...articles].sort((a, b) => (a.articleId < b.articleId ? -1 : a.articleId > b.articleId ? 1 : 0));
  for (const { articleId, entities } of sorted) {
    for (const entity of [...entities].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
      nodes.push({ articleId, entity, parent: nodes.length });
    }
  }
  const ofType = new Map<EntityType, number[]>();
  nodes.forEach((n, i) => {
    const list = ofType.get(n.entity.type) ?? [];
    list.push(i);
    ofType.set(n.entity.type, list);
  });
  const byType = (t: EntityType) => ofType.get(t) ?? [];
  const slug = perName(slugify);
  const surnameKeys = perName((name) => surnameForms(name).map(slug));
  const wordCount = perName((name) => nameWords(name).length);

  unionByKeys(nodes, byType('country'), (n) => [n.entity.countryCode ?? `name:${slug(n.entity.name)}`]);
  for (const t of ['organization', 'place'] as const) {
    unionByKeys(nodes, byType(t), (n) => [n.entity.name, ...n.entity.aliases].map(slug));
  }

  const persons = byType('person');
  unionByKeys(nodes, persons, (n) => [slug(n.entity.name)]);
  // One-word people join the single fuller person whose surname they are, if there is exactly one.
  const fullBySurname = new Map<string, Set<number>>();
  for (const i of persons) {
    const root = find(nodes, i);
    for (const key of surnameKeys(nodes[i]!.entity.name)) {
      const set = fullBySurname.get(key) ?? new Set<number>();
      set.add(root);
      fullBySurname.set(key, set);
    }
  }
  for (const i of persons) {
    const name = nodes[i]!.entity.name;
    if (wordCount(name) !== 1) continue;
    const roots = fullBySurname.get(slug(name));
    if (roots && roots.size === 1) union(nodes, i, [...roots][0]!);
  }

  joinSpellingVariants(nodes, persons);

  const groups = new Map<number, number[]>();
  nodes.forEach((_, i) => {
    const r = find(nodes, i);
    const g = groups.get(r) ?? [];
    g.push(i);
    groups.set(r, g);
  });
  const byId = new Map<string, GlobalEntity>();
  // articleId → local key → global ID; two levels, so a look-up builds no key string.
  const local = new Map<string, Map<string, string>>();
  for (const members of groups.values()) {
    const type = nodes[members[0]!]!.entity.type;
    const names = new Map<string, number>();
    const forms = new Set<string>();
    let countryCode: string | null = null;
    for (const i of members) {
      const e = nodes[i]!.entity;
      names.set(e.name, (names.get(e.name) ?? 0) + 1);
      forms.add(e.name);
      for (const a of e.aliases) forms.add(a);
      countryCode ??= e.countryCode;
    }
    const name = pickName(names);
    // The ID comes from the name in the first article (lowest article ID) that has the entity, so an article
    // added later with a fuller name ("Gaza Strip" after "Gaza") renames the entity but does not change its
    // ID: published IDs stay stable across releases, whatever order the articles arrive in.
    const firstArticle = members.map((i) => nodes[i]!.articleId).reduce((a, b) => (b < a ? b : a));
    const firstNames = new Map<string, number>();
    for (const i of members) {
      const n = nodes[i]!;
      if (n.articleId === firstArticle) firstNames.set(n.entity.name, (firstNames.get(n.entity.name) ?? 0) + 1);
    }
    const id = entityId(type, pickName(firstNames));
    const existing = byId.get(id);
    // Two groups can only share an ID if their names slug alike; they are then one entity.
    const g = existing ?? { entityId: id, type, name, aliases: [], countryCode };
    const aliases = new Set([...g.aliases, ...forms]);
    aliases.delete(g.name);
    g.aliases = [...aliases].sort();
    byId.set(id, g);
    for (const i of members) {
      const { articleId, entity } = nodes[i]!;
      let keys = local.get(articleId);
      if (!keys) local.set(articleId, (keys = new Map<string, string>()));
      keys.set(entity.key, id);
    }
  }
  return {
    entities: [...byId.values()].sort((a, b) => (a.entityId < b.entityId ? -1 : a.entityId > b.entityId ? 1 : 0)),
    resolve(articleId, localKey) {
      const id = local.get(articleId)?.get(localKey);
      if (id === undefined)
        throw new Error(
          `no entity "${localKey}" in article ${articleId} (expected a key from that article's entities)`,
        );
      return id;
    },
  };
}
