/**
 * Finds gold texts in an article body. Gold files locate a span by its text and which occurrence it is
 * ("nth", 1-based), counting every occurrence of the substring, even inside other words, exactly like
 * repeated Python str.find(text, previous + 1). Offsets returned are Unicode code points, like the dataset's.
 */
import { CodePointIndex, type Span } from '@dossier/core';

/** Every start index (UTF-16) of needle in haystack, overlapping occurrences included. */
function occurrencesUtf16(haystack: string, needle: string): number[] {
  const found: number[] = [];
  if (needle === '') return found;
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + 1)) found.push(i);
  return found;
}

/** Every occurrence of text in body, as code-point spans, in order. */
export function allOccurrences(body: string, text: string, index = new CodePointIndex(body)): Span[] {
  return occurrencesUtf16(body, text).map((start) => index.span({ start, end: start + text.length }));
}

/** The nth (1-based) occurrence of text in body as a code-point span, or null when there are fewer. */
export function findNth(body: string, text: string, nth: number, index = new CodePointIndex(body)): Span | null {
  if (!Number.isInteger(nth) || nth < 1) return null;
  return allOccurrences(body, text, index)[nth - 1] ?? null;
}

/** Number of code points two half-open spans share. */
export function overlapLength(a: Span, b: Span): number {
  return Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
}
