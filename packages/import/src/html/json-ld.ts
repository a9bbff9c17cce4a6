/**
 * JSON-LD article metadata: the page's own machine-readable declaration, so it comes first. Pure: takes the
 * text of each `<script type="application/ld+json">`.
 */
import { namesFromByline } from './byline.js';

export interface DeclaredMetadata {
  title?: string;
  published?: string;
  authors?: string[];
  outlet?: string;
  url?: string;
  /** JSON-LD articleBody: the text, for pages whose markup Readability cannot read. */
  body?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the blocks, at any depth (@graph members, a WebPage's mainEntity…), in document order. */
function objectsIn(value: Json, out: JsonObject[] = [], depth = 0): JsonObject[] {
  if (depth > 20) return out;
  if (Array.isArray(value)) for (const v of value) objectsIn(v, out, depth + 1);
  else if (isObject(value)) {
    out.push(value);
    for (const v of Object.values(value)) objectsIn(v, out, depth + 1);
  }
  return out;
}

/** Objects that carry an @id, so that `"author": {"@id": …}` can be followed to the Person it names. */
function byId(objects: JsonObject[]): Map<string, JsonObject> {
  const map = new Map<string, JsonObject>();
  for (const o of objects) {
    const id = o['@id'];
    if (typeof id === 'string' && Object.keys(o).length > 1 && !map.has(id)) map.set(id, o);
  }
  return map;
}

function typesOf(o: JsonObject): string[] {
  const t = o['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** NewsArticle first, then the other article kinds schema.org defines (ReportageNewsArticle, BlogPosting…). */
function articleRank(o: JsonObject): number {
  const types = typesOf(o);
  if (types.some((t) => /NewsArticle$/.test(t))) return 0;
  if (types.some((t) => /(Article|BlogPosting|Report)$/.test(t))) return 1;
  return -1;
}

type Refs = Map<string, JsonObject>;

function resolve(v: JsonObject, refs: Refs): JsonObject {
  const id = v['@id'];
  return v['name'] === undefined && typeof id === 'string' ? (refs.get(id) ?? v) : v;
}

function text(v: Json | undefined, refs: Refs): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return text(v[0], refs);
  if (isObject(v)) {
    const o = resolve(v, refs);
    return typeof o['name'] === 'string' ? text(o['name'], refs) : undefined;
  }
  return undefined;
}

/** Author names: strings, Person objects, @id references to them; "A and B" in one string is split. */
function names(v: Json | undefined, refs: Refs): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap((x) => names(x, refs));
  if (typeof v === 'string') return namesFromByline(v);
  if (isObject(v)) {
    const name = resolve(v, refs)['name'];
    if (typeof name === 'string') return namesFromByline(name);
    if (Array.isArray(name)) return names(name, refs);
  }
  return [];
}

function urlOf(v: Json | undefined, refs: Refs): string | undefined {
  if (typeof v === 'string') return /^https?:\/\//.test(v) ? v : undefined;
  if (Array.isArray(v)) return urlOf(v[0], refs);
  if (isObject(v)) return urlOf(v['@id'] ?? v['url'], refs);
  return undefined;
}

export function parseJsonLdBlocks(blocks: string[]): JsonObject[] {
  const objects: JsonObject[] = [];
  for (const block of blocks) {
    try {
      objectsIn(JSON.parse(block) as Json, objects);
    } catch {
      // A broken block is the page's problem; the other declarations still count.
    }
  }
  return objects;
}

/** The best-ranked article object's fields; the first one wins among equals. */
export function jsonLdMetadata(blocks: string[]): DeclaredMetadata {
  const articles = parseJsonLdBlocks(blocks)
    .map((o) => ({ o, rank: articleRank(o) }))
    .filter((a) => a.rank >= 0)
    .sort((a, b) => a.rank - b.rank);
  const article = articles[0]?.o;
  if (!article) return {};
  const refs = byId(parseJsonLdBlocks(blocks));
  const authors = names(article['author'], refs);
  return {
    title: text(article['headline'], refs) ?? text(article['name'], refs),
    published: text(article['datePublished'], refs) ?? text(article['dateCreated'], refs),
    authors: authors.length ? authors : undefined,
    outlet: text(article['publisher'], refs) ?? text(article['sourceOrganization'], refs),
    url: urlOf(article['url'], refs) ?? urlOf(article['mainEntityOfPage'], refs),
    body: typeof article['articleBody'] === 'string' ? article['articleBody'] : undefined,
  };
}
