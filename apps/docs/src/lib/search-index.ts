/**
 * The site's own search over entities and article metadata (headline, outlet, date), sharded so that it
 * scales: an entry is stored in one shard per distinct key of its words, and a query fetches the one shard
 * of its first word. A key is a word's first three characters (a shorter word is its own key), or a
 * date's year and month ("2024-05"). Article bodies are not indexed (Pagefind indexes the static pages).
 * Pure: the build writes the shards with it and the browser script queries with it.
 */

export interface SearchEntry {
  /** 'entity' or 'article'. */
  kind: string;
  label: string;
  detail: string;
  url: string;
  /** The normalized words the entry is found by. */
  words: string[];
}

const KEY_LENGTH = 3;

/** Lower case, accents removed: what both the index and the query are compared in. */
export function normalize(text: string): string {
  return text.toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
}

/** The words of a text: letters and digits, with the hyphens inside dates and names kept. */
export function searchWords(text: string): string[] {
  return normalize(text).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? [];
}

/** The shard key of a word, or undefined for a date written with less than year and month. */
export function keyOf(word: string): string | undefined {
  if (/^\d{4}-\d{2}/u.test(word)) return word.slice(0, 7);
  if (/^\d{4}$/u.test(word)) return undefined;
  return Array.from(word).slice(0, KEY_LENGTH).join('');
}

/** A key as a file name: itself when it is plain ASCII, otherwise "x" and the hex of its UTF-8 bytes. */
export function shardFileName(key: string): string {
  if (/^[a-z0-9-]+$/u.test(key)) return `${key}.json`;
  const hex = Array.from(new TextEncoder().encode(key), (b) => b.toString(16).padStart(2, '0')).join('');
  return `x${hex}.json`;
}

/** Groups entries by key, each shard sorted by label then URL, each entry once per shard. */
export function searchShards(entries: readonly SearchEntry[]): Map<string, SearchEntry[]> {
  const shards = new Map<string, SearchEntry[]>();
  for (const entry of entries) {
    const keys = new Set(entry.words.map(keyOf).filter((k): k is string => k !== undefined));
    for (const key of keys) {
      let shard = shards.get(key);
      if (!shard) shards.set(key, (shard = []));
      shard.push(entry);
    }
  }
  for (const shard of shards.values())
    shard.sort((a, b) => (a.label < b.label ? -1 : a.label > b.label ? 1 : a.url < b.url ? -1 : a.url > b.url ? 1 : 0));
  return new Map([...shards].sort((a, b) => (a[0] < b[0] ? -1 : 1)));
}

/** The key of the shard a query is answered from, or undefined when the query has no searchable word. */
export function queryKey(query: string): string | undefined {
  const first = searchWords(query)[0];
  return first === undefined ? undefined : keyOf(first);
}

/** True when every word of the query starts one of the entry's words. */
export function matchesQuery(entry: Pick<SearchEntry, 'words'>, query: string): boolean {
  const terms = searchWords(query);
  return terms.length > 0 && terms.every((t) => entry.words.some((w) => w.startsWith(t)));
}

/** The entries of a shard that answer the query, at most `limit`, entities before articles. */
export function answer(shard: readonly SearchEntry[], query: string, limit = 50): SearchEntry[] {
  const hits = shard.filter((e) => matchesQuery(e, query));
  return [...hits.filter((e) => e.kind === 'entity'), ...hits.filter((e) => e.kind !== 'entity')].slice(0, limit);
}
