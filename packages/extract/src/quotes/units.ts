/**
 * Attribution units: sentences as the reader sees them around quotes. The sentence splitter may cut inside a
 * quotation (“Qatar is a key partner. We’re grateful…,” X said.), which would separate a quote from its
 * attribution, so sentences that a quoted stretch crosses are merged into one unit.
 */
import { firstEndingAfter, type Sentence, type Span } from '@dossier/core';

export interface Unit extends Span {
  paragraph: number;
}

export function attributionUnits(sentences: readonly Sentence[], quotes: readonly Span[], text: string): Unit[] {
  const units: Unit[] = [];
  for (const sentence of sentences) {
    const last = units[units.length - 1];
    const sameParagraph = last !== undefined && last.paragraph === sentence.paragraph;
    const crossed = sameParagraph && quotes.some((q) => crossesBoundary(q, last.end, sentence.start));
    if (crossed || (sameParagraph && isTrailingAttribution(text, last, sentence, quotes))) last.end = sentence.end;
    else units.push({ start: sentence.start, end: sentence.end, paragraph: sentence.paragraph });
  }
  return units;
}

/** Longest sentence read as the tail of a question or exclamation before it ("“…?” Ann Lee asked."). */
const TRAILING_ATTRIBUTION_LENGTH = 60;

/**
 * The splitter ends a sentence at "?”" and "!”", which cuts “Is it over?” Ann Lee asked. in two: a short
 * sentence with no quote of its own after one that ends in such a mark belongs to it.
 */
function isTrailingAttribution(text: string, previous: Span, sentence: Span, quotes: readonly Span[]): boolean {
  if (sentence.end - sentence.start > TRAILING_ATTRIBUTION_LENGTH) return false;
  if (!/[?!][”"]\s*$/.test(text.slice(previous.start, previous.end))) return false;
  if (quotes.some((q) => q.start < sentence.end && q.end > sentence.start)) return false;
  return (
    /^\p{Lu}/u.test(text.slice(sentence.start, sentence.end)) === true &&
    /\s\p{Ll}+[.!]?$/u.test(text.slice(sentence.start, sentence.end).trim())
  );
}

/** A quote (marks included) crosses the gap between two sentences when it starts before the gap and ends after it. */
function crossesBoundary(quote: Span, gapStart: number, gapEnd: number): boolean {
  return quote.start < gapStart && quote.end > gapEnd;
}

export function unitAt(units: readonly Unit[], offset: number): number {
  // The unit containing the offset or, between sentences (white space), the following one; the last past the end.
  return Math.min(firstEndingAfter(units, offset), units.length - 1);
}
