/**
 * A credit line: a paragraph of its own after a quote paragraph, opened by a dash and naming who said it,
 * as round-ups and fact checks print them:
 *
 *   “We will hold rates where they are.”
 *   — Ann Lee, Harbor Bank.
 *
 * or, in the same paragraph, after the closing mark, as round-ups of readers' or voters' reactions print them:
 *
 *   “We will hold rates where they are.” ― Ann Lee
 *
 * The credit is the quote's attribution; its phrase runs from the first word after the dash to the first comma
 * or full stop.
 */
import type { Span } from '@dossier/core';

const DASH_THEN_NAME = /^[-–—―]\s*(?=\p{Lu})/u;
/** After a quote's closing mark: spaces, a dash (a hyphen only between spaces), then a capital. */
const INLINE_DASH_THEN_NAME = /^\s*(?:[–—―]|\s-\s)\s*(?=\p{Lu})/u;
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
  return creditAfter(text, next, DASH_THEN_NAME);
}

/**
 * The credit phrase for a quote followed, in its own paragraph, by a dash and a credit that ends the paragraph
 * (“…” ― Ann Lee): the dash, not a verb, attributes it.
 */
export function inlineCredit(text: string, paragraph: Span, quoteEnd: number): Span | null {
  return creditAfter(text, { start: quoteEnd, end: paragraph.end }, INLINE_DASH_THEN_NAME, true);
}

function creditAfter(text: string, line: Span, dashThenName: RegExp, wholeRest = false): Span | null {
  const written = text.slice(line.start, line.end);
  const dash = dashThenName.exec(written);
  if (!dash) return null;
  const start = line.start + dash[0].length;
  const stop = written.slice(dash[0].length).search(/[,.;(]|\s[-–—]/);
  const end = stop < 0 ? line.end : start + stop;
  // Inline, the credit must close the paragraph: "” — Ann Lee, Ashby." but not "” — and then she left."
  if (wholeRest && !/^[\s.]*$|^,[^.!?]*[.]?\s*$/.test(text.slice(end, line.end))) return null;
  const words = text.slice(start, end).trim().split(/\s+/);
  if (words.length === 0 || words.length > MAX_CREDIT_WORDS) return null;
  return { start, end: start + text.slice(start, end).trimEnd().length };
}
