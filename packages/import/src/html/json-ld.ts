/**
 * JSON-LD article metadata: the page's own machine-readable declaration, so it comes first. Pure: takes the
 * text of each `<script type="application/ld+json">`.
 */

export interface DeclaredMetadata {
  title?: string;
  published?: string;
  authors?: string[];
  outlet?: string;
  url?: string;
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (v: Json | undefined): v is JsonObject => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Every object in the blocks, @graph members and nested arrays included. */
function objectsIn(value: Json, out: JsonObject[] = []): JsonObject[] {
  if (Array.isArray(value)) for (const v of value) objectsIn(v, out);
  else if (isObject(value)) {
    out.push(value);
    if (value['@graph'] !== undefined) objectsIn(value['@graph'], out);
  }
  return out;
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

function text(v: Json | undefined): string | undefined {
  if (typeof v === 'string') return v.trim() || undefined;
  if (Array.isArray(v)) return text(v[0]);
  if (isObject(v)) return text(v['name'] ?? v['@id'] ?? v['url']);
  return undefined;
}

function names(v: Json | undefined): string[] {
  if (v === undefined || v === null) return [];
  if (Array.isArray(v)) return v.flatMap(names);
  if (typeof v === 'string') return v.trim() ? [v.trim()] : [];
  if (isObject(v)) {
    const name = v['name'];
    if (typeof name === 'string') return name.trim() ? [name.trim()] : [];
    if (Array.isArray(name)) return names(name);
  }
  return [];
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
  const authors = names(article['author']);
  return {
    title: text(article['headline']) ?? text(article['name']),
    published: text(article['datePublished']) ?? text(article['dateCreated']),
    authors: authors.length ? authors : undefined,
    outlet: text(article['publisher']) ?? text(article['sourceOrganization']),
    url: text(article['url']) ?? text(article['mainEntityOfPage']),
  };
}
