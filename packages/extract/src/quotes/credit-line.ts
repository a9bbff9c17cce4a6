/**
 * A credit line: a paragraph of its own after a quote paragraph, opened by a dash and naming who said it,
 * as round-ups and fact checks print them:
 *
 *   “We will hold rates where they are.”
 *   — Ann Lee, Harbor Bank.
 *
 * The credit is the quote's attribution; its phrase runs from the first word after the dash to the first comma
 * or full stop.
 */
import type { Span } from '@dossier/core';

const DASH_THEN_NAME = /^[-–—]\s*(?=\p{Lu})/u;
/** Longer than this, the paragraph is prose that happens to open with a dash, not a credit. */
const MAX_CREDIT_WORDS = 6;

/** The credit phrase for a quote that closes its paragraph, when the next paragraph is a credit line. */
export function creditLine(
  text: string,
  paragraphs: readonly Span[],
  paragraph: number,
  quoteEnd: number,
): Span | null {
  const own = paragraphs[paragraph];
  const next = paragraphs[paragraph + 1];
  if (!own || !next || !/^[\s.,]*$/.test(text.slice(quoteEnd, own.end))) return null;
  const line = text.slice(next.start, next.end);
  const dash = DASH_THEN_NAME.exec(line);
  if (!dash) return null;
  const start = next.start + dash[0].length;
  const stop = line.slice(dash[0].length).search(/[,.;(]|\s[-–—]/);
  const end = stop < 0 ? next.end : start + stop;
  const words = text.slice(start, end).trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return null;
  return { start, end: start + text.slice(start, end).trimEnd().length };
}
