import { hash } from 'node:crypto';

export type EntityType = 'person' | 'organization' | 'country' | 'place';

/** Lower-case ASCII slug: diacritics, apostrophes and periods dropped (U.N. = UN), everything else that is not a letter or digit becomes "-". */
export function slugify(name: string): string {
  const slug = name
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  // Names in scripts with no ASCII letters still need a stable, readable-enough key.
  return slug || `x${sha256(name).slice(0, 12)}`;
}

/** An entity's ID comes from its type and canonical name only, so it is the same in every build. */
export function entityId(type: EntityType, canonicalName: string): string {
  return `${type}:${slugify(canonicalName)}`;
}

/** Span-row prefixes, one letter per table. */
export const SPAN_PREFIX = {
  mentions: 'm',
  roles: 'r',
  temporal_expressions: 't',
  quotes: 'q',
  quantities: 'n',
  events: 'e',
} as const;

/** Longest span key kept whole; longer texts keep their first words and a hash of the rest. */
export const SPAN_KEY_MAX = 40;
const SPAN_KEY_HEAD = 31;

/** True when every UTF-16 unit of `text` is ASCII (as `/^\p{ASCII}*$/u` tests, stopping at the first that is not). */
function isAscii(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 127) return false;
  return true;
}

/**
 * ASCII text lower-cased with its white space collapsed to single spaces and trimmed, as
 * `.toLowerCase().replace(/\s+/gu, ' ').trim()` gives. Long spans (events, quotes) take this path for their
 * hash, and nearly all of them are single-spaced already: one scan settles that, and only the others run the
 * regular expression.
 */
function foldAscii(text: string): string {
  const lower = text.toLowerCase();
  const last = lower.length - 1;
  for (let i = 0; i <= last; i++) {
    const c = lower.charCodeAt(i);
    // \s in ASCII: tab, line feed, vertical tab, form feed, carriage return and space.
    const space = c === 32 || (c >= 9 && c <= 13);
    if (space && (c !== 32 || i === 0 || i === last || lower.charCodeAt(i + 1) === 32))
      return lower.replace(/\s+/gu, ' ').trim();
  }
  return lower;
}

/**
 * The normalized text of a span, as it appears in its row ID: Unicode NFKD with combining marks dropped,
 * case-folded, apostrophes and periods dropped, every other run of non-[a-z0-9] characters turned into
 * one "-". So "U.S.", "US" and "u.s" share a key, and white space or curly quotes never matter.
 * A key longer than SPAN_KEY_MAX characters, or a text whose letters or digits are not all Latin (they
 * would vanish from the slug), keeps at most its first SPAN_KEY_HEAD characters (cut at a "-") and
 * ends with 8 hex digits of the SHA-256 of the text (NFC, case-folded, white space collapsed). The
 * result uses only [a-z0-9-]: safe in URLs, HTML ids, file names and CSV cells.
 */
export function spanKey(text: string): string {
  // ASCII text is its own NFKD form with no combining marks and no letters to lose: most spans take this path,
  // which skips two normalizations per row.
  const ascii = isAscii(text);
  const decomposed = ascii ? text : text.normalize('NFKD').replace(/\p{M}+/gu, '');
  const slug = ascii ? asciiSlug(text, SPAN_KEY_MAX) : regexSlug(decomposed);
  const lostLetters = !ascii && /[^\p{ASCII}]/u.test(decomposed.replace(/[^\p{L}\p{N}]+/gu, ''));
  if (slug.length <= SPAN_KEY_MAX && !lostLetters && slug !== '') return slug;
  // ASCII text is already in NFC.
  const folded = ascii ? foldAscii(text) : text.normalize('NFC').toLowerCase().replace(/\s+/gu, ' ').trim();
  const hash = sha256(folded).slice(0, 8);
  let head = slug.slice(0, SPAN_KEY_HEAD + 1);
  // Cut at the last "-" that fits, so the head ends on a whole word (or mid-word, for one long word).
  if (head.length > SPAN_KEY_HEAD)
    head = head.lastIndexOf('-') > 0 ? head.slice(0, head.lastIndexOf('-')) : head.slice(0, SPAN_KEY_HEAD);
  return head ? `${head}-${hash}` : `x${hash}`;
}

/** Lower-cased; apostrophes and periods dropped; every other run of non-[a-z0-9] characters one "-", none at either end. */
export function regexSlug(text: string): string {
  return text
    .toLowerCase()
    .replace(/['’‘`.]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const isSlugChar = (c: number) => (c >= 97 && c <= 122) || (c >= 48 && c <= 57);
const isDropped = (c: number) => c === 39 || c === 46 || c === 96; // ' . `

/**
 * regexSlug for ASCII text in one pass, stopping once the slug is longer than `max` (the caller then only
 * reads its first `max` characters). Every span row takes this path, and the four regex passes over each
 * span's text were a visible share of the per-article time; a property test checks it against regexSlug.
 */
export function asciiSlug(text: string, max = Number.POSITIVE_INFINITY): string {
  const lower = text.toLowerCase();
  let slug = '';
  let dash = false;
  let i = 0;
  while (i < lower.length && slug.length <= max) {
    const c = lower.charCodeAt(i);
    if (!isSlugChar(c)) {
      if (!isDropped(c)) dash = true;
      i++;
      continue;
    }
    let j = i + 1;
    while (j < lower.length && isSlugChar(lower.charCodeAt(j))) j++;
    if (dash && slug !== '') slug += '-';
    slug += lower.slice(i, j);
    dash = false;
    i = j;
  }
  return slug;
}

/**
 * A span row's ID: "<article_id>#<table letter>-<span key>.<occurrence>", e.g. "001_x#m-jane-doe.2" for
 * the second mention whose span key is "jane-doe" in article 001_x. No offsets: editing text elsewhere
 * in the article leaves the ID alone. Occurrences count from 1, per table and key, in document order.
 */
export function spanRowId(articleId: string, prefix: string, key: string, occurrence: number): string {
  return `${articleId}#${prefix}-${key}.${occurrence}`;
}

/** The fields of a span that its ID is made from: offsets only to put the spans in document order. */
export interface SpanForId {
  start: number;
  end: number;
  text: string;
}

/**
 * The IDs of one table's spans in one article, in the order given. Occurrence numbers follow document
 * order (start, then end, then the order given, for spans on the same characters), so the result does
 * not depend on the order the extractor found them in. Two spans get the same ID only if they have the
 * same key and occurrence, which cannot happen: IDs are unique per article and table.
 */
export function spanRowIds(articleId: string, prefix: string, spans: readonly SpanForId[]): string[] {
  const keys = spans.map((s) => spanKey(s.text));
  const order = spans
    .map((_, i) => i)
    .sort((a, b) => spans[a]!.start - spans[b]!.start || spans[a]!.end - spans[b]!.end || a - b);
  const seen = new Map<string, number>();
  const ids = new Array<string>(spans.length);
  for (const i of order) {
    const n = (seen.get(keys[i]!) ?? 0) + 1;
    seen.set(keys[i]!, n);
    ids[i] = spanRowId(articleId, prefix, keys[i]!, n);
  }
  return ids;
}

export function sha256(data: string | Uint8Array): string {
  // The one-shot crypto.hash (Node 20.12+): a Hash object per call cost more than hashing the short texts of span keys.
  return hash('sha256', data, 'hex');
}
