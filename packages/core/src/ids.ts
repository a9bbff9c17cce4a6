import { createHash } from 'node:crypto';

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

/** A span row's ID comes from its article and its code-point offsets. */
export function spanId(articleId: string, prefix: string, start: number, end: number): string {
  return `${articleId}#${prefix}${start}-${end}`;
}

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
