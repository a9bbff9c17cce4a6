/**
 * The format of one cache entry, and its verification. A cache is a folder anyone can edit, and an entry that
 * is trusted as-is can silently change the output, drop an article or fail the build with an error that never
 * mentions the cache. So an entry is two lines: a header naming what it is for and the SHA-256 of the rest, then
 * the outcome as JSON. On reading, everything is checked; an entry that does not verify is a miss, with a reason.
 */
import { createHash } from 'node:crypto';
import type { CachedOutcome } from './cache.js';

export interface EntryHeader {
  format: number;
  /** The cache key the entry was written under (also its file name). */
  key: string;
  sourceFile: string;
  /** SHA-256 of the article's raw bytes. */
  sourceSha256: string;
  /** SHA-256 of the outcome's JSON text, the entry's second line, byte for byte. */
  contentSha256: string;
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
  const content = JSON.stringify(outcome);
  const header: EntryHeader = { ...expected, contentSha256: sha256(content) };
  return `${JSON.stringify(header)}\n${content}`;
}

/** The outcome, or why the entry cannot be trusted. */
export function openEntry(
  text: string,
  expected: Expected,
  sourceBytes?: Uint8Array,
): { outcome: CachedOutcome } | { problem: string } {
  const newline = text.indexOf('\n');
  if (newline < 0) return { problem: 'no header line (truncated, or written by an older version)' };
  let header: Partial<EntryHeader>;
  try {
    header = JSON.parse(text.slice(0, newline)) as Partial<EntryHeader>;
  } catch {
    return { problem: 'the header is not JSON' };
  }
  if (header === null || typeof header !== 'object') return { problem: 'the header is not an object' };
  for (const field of ['format', 'key', 'sourceFile', 'sourceSha256'] as const) {
    if (header[field] !== expected[field])
      return { problem: `${field} is ${JSON.stringify(header[field])}, expected ${JSON.stringify(expected[field])}` };
  }
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
