/**
 * The format of one cache entry, and its verification. A cache is a folder anyone can edit, and an entry that
 * is trusted as-is can silently change the output, drop an article or fail the build with an error that never
 * mentions the cache. So an entry is two lines: a header naming what it is for and the SHA-256 of the rest, then
 * the outcome as JSON. On reading, everything is checked; an entry that does not verify is a miss, with a reason.
 */
import { createHash } from 'node:crypto';
import type { Diagnostic, LocalEntity } from '@dossier/core';
import type { CachedOutcome } from './cache.js';

/**
 * What the streamed corpus step needs of an article before its rows (entity resolution, sources.json, the
 * collision check, the build's warnings), kept in the entry's header so that a warm build reads a few hundred
 * bytes of each unchanged article instead of its whole entry (see ArticleCache.getDigest).
 */
export interface CachedDigest {
  articleId: string;
  entities: LocalEntity[];
  outlet: string;
  published: string;
  sha256: string;
  bodyBytes: number;
  diagnostics: Diagnostic[];
}

export interface EntryHeader {
  format: number;
  /** The cache key the entry was written under (also its file name). */
  key: string;
  sourceFile: string;
  /** SHA-256 of the article's raw bytes. */
  sourceSha256: string;
  /** SHA-256 of the outcome's JSON text, the entry's second line, byte for byte. */
  contentSha256: string;
  /** The article's digest, when the outcome has rows; computed from the outcome (digestOf). */
  digest?: CachedDigest;
  /** SHA-256 of the digest's JSON text. */
  digestSha256?: string;
}

export interface Expected {
  format: number;
  key: string;
  sourceFile: string;
  sourceSha256: string;
}

function sha256(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The entry's text: the header line, then the outcome's JSON. */
export function sealEntry(expected: Expected, outcome: CachedOutcome): string {
  return sealEntryWithDigest(expected, outcome).text;
}

/** sealEntry's text, with its digest's JSON (for the digest index, digest-index.ts) when the outcome has one. */
export function sealEntryWithDigest(
  expected: Expected,
  outcome: CachedOutcome,
): { text: string; digestJson: string | undefined } {
  const content = JSON.stringify(outcome);
  const digest = digestOf(outcome);
  const digestJson = digest && JSON.stringify(digest);
  const header: EntryHeader = {
    ...expected,
    contentSha256: sha256(content),
    ...(digest ? { digest, digestSha256: sha256(digestJson!) } : {}),
  };
  return { text: `${JSON.stringify(header)}\n${content}`, digestJson };
}

/** The digest of an outcome with rows (undefined for an article that failed). */
export function digestOf(outcome: CachedOutcome): CachedDigest | undefined {
  const processed = outcome.processed;
  const article = processed?.rows.articles[0];
  if (!processed || !article) return undefined;
  return {
    articleId: processed.articleId,
    entities: processed.entities,
    outlet: article.outlet,
    published: article.published,
    sha256: article.sha256,
    bodyBytes: Buffer.byteLength(article.body),
    diagnostics: outcome.diagnostics,
  };
}

/** An entry's header line, parsed and checked to name this key, file and source hash. */
function parseHeader(line: string, expected: Expected): { header: Partial<EntryHeader> } | { problem: string } {
  let header: Partial<EntryHeader>;
  try {
    header = JSON.parse(line) as Partial<EntryHeader>;
  } catch {
    return { problem: 'the header is not JSON' };
  }
  if (header === null || typeof header !== 'object') return { problem: 'the header is not an object' };
  for (const field of ['format', 'key', 'sourceFile', 'sourceSha256'] as const) {
    if (header[field] !== expected[field])
      return { problem: `${field} is ${JSON.stringify(header[field])}, expected ${JSON.stringify(expected[field])}` };
  }
  return { header };
}

/**
 * The digest in an entry's header line (the text up to the first newline), or why it cannot be used: the
 * header must name this key, file and source hash, like the whole entry's, and the digest match its hash.
 */
export function openDigest(headerLine: string, expected: Expected): { digest: CachedDigest } | { problem: string } {
  const parsed = parseHeader(headerLine, expected);
  if ('problem' in parsed) return parsed;
  const { header } = parsed;
  const digest = header.digest;
  if (digest === undefined || header.digestSha256 !== sha256(JSON.stringify(digest)))
    return { problem: 'the header has no digest, or one that does not match its hash' };
  return digestProblem(digest, expected) ?? { digest };
}

/**
 * The shape checks of a digest whose bytes are known good (by the header's hash, or the digest index's): it
 * names an article, has its lists, and is for the source's bytes.
 */
export function digestProblem(digest: CachedDigest, expected: Expected): { problem: string } | undefined {
  if (typeof digest !== 'object' || digest === null || typeof digest.articleId !== 'string')
    return { problem: 'the digest has no article ID' };
  if (!Array.isArray(digest.entities) || !Array.isArray(digest.diagnostics))
    return { problem: 'the digest has no lists of entities and diagnostics' };
  if (digest.sha256 !== expected.sourceSha256) return { problem: 'the digest is for other bytes than the source file' };
  return undefined;
}

/** The outcome, or why the entry cannot be trusted. */
export function openEntry(
  text: string,
  expected: Expected,
  sourceBytes?: Uint8Array,
): { outcome: CachedOutcome } | { problem: string } {
  const newline = text.indexOf('\n');
  if (newline < 0) return { problem: 'no header line (truncated, or written by an older version)' };
  const parsed = parseHeader(text.slice(0, newline), expected);
  if ('problem' in parsed) return parsed;
  const { header } = parsed;
  const content = text.slice(newline + 1);
  if (header.contentSha256 !== sha256(content))
    return { problem: 'its content does not match its hash (edited or truncated)' };
  let outcome: CachedOutcome;
  try {
    outcome = JSON.parse(content) as CachedOutcome;
  } catch {
    return { problem: 'its content is not JSON' };
  }
  return shapeProblem(outcome, expected, sourceBytes) ?? { outcome };
}

/** A hash proves the entry is what was written; this proves what was written is an outcome for this article. */
function shapeProblem(
  outcome: CachedOutcome,
  expected: Expected,
  sourceBytes?: Uint8Array,
): { problem: string } | undefined {
  if (outcome === null || typeof outcome !== 'object') return { problem: 'the outcome is not an object' };
  if (outcome.sourceFile !== expected.sourceFile)
    return { problem: `the outcome is for ${JSON.stringify(outcome.sourceFile)}` };
  if (!Array.isArray(outcome.diagnostics)) return { problem: 'the outcome has no list of diagnostics' };
  if (outcome.processed !== undefined) {
    const article = outcome.processed?.rows?.articles?.[0];
    if (!article || typeof article.body !== 'string') return { problem: 'the outcome has no article row with a body' };
    if (article.sha256 !== expected.sourceSha256)
      return { problem: 'the article row is for other bytes than the source file' };
    // Every offset points into the body, so a body that is not the source's text would turn into span errors
    // far from here; checking it is one decode and one search, nothing next to processing the article.
    if (sourceBytes && !new TextDecoder().decode(sourceBytes).replace(/\r\n?/g, '\n').includes(article.body)) {
      return { problem: 'the article body is not the text of the source file' };
    }
  } else if (!outcome.diagnostics.some((d) => d?.severity === 'error')) {
    return { problem: 'the outcome has neither rows nor an error' };
  }
  return undefined;
}
