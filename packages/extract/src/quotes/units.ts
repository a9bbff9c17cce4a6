/**
 * Attribution units: sentences as the reader sees them around quotes. The sentence splitter may cut inside a
 * quotation (“Qatar is a key partner. We’re grateful…,” X said.), which would separate a quote from its
 * attribution, so sentences that a quoted stretch crosses are merged into one unit.
 */
import { firstEndingAfter, type Sentence, type Span } from '@dossier/core';

export interface Unit extends Span {
  paragraph: number;
}

export function attributionUnits(
  sentences: readonly Sentence[],
  quotes: readonly Span[],
  text: string,
  speechVerbs: ReadonlySet<string> = new Set(),
): Unit[] {
  const units: Unit[] = [];
  for (const sentence of sentences) {
    const last = units[units.length - 1];
    const sameParagraph = last !== undefined && last.paragraph === sentence.paragraph;
    const joins =
      sameParagraph &&
      (quotes.some((q) => crossesBoundary(q, last.end, sentence.start)) ||
        opensInLowerCase(text, sentence) ||
        leavesBracketOpen(text, last) ||
        isTrailingAttribution(text, last, sentence, quotes, speechVerbs));
    if (joins) last.end = sentence.end;
    else units.push({ start: sentence.start, end: sentence.end, paragraph: sentence.paragraph });
  }
  return units;
}

/** "Ann Lee (D-N.Y.) said": the splitter cut inside the bracket, after "N.". */
function leavesBracketOpen(text: string, unit: Span): boolean {
  const words = text.slice(unit.start, unit.end);
  return words.lastIndexOf('(') > words.lastIndexOf(')');
}

/**
 * A sentence that opens with a lower-case letter is no sentence: the splitter cut after an abbreviation
 * ("Ann Lee (D-Vt.) said …") or after "?”" ("“Is it over?” said Ann Lee, …"). Nor is one that opens with a
 * comma or a semicolon (“…,” said Ann Lee (D-Vt.), who …: the splitter cut after the bracket).
 */
function opensInLowerCase(text: string, sentence: Span): boolean {
  return /^[\p{Ll},;]/u.test(text.slice(sentence.start, sentence.start + 1));
}

/** Longest sentence read as the tail of a question or exclamation before it ("“…?” Ann Lee asked."). */
const TRAILING_ATTRIBUTION_LENGTH = 60;
/** How many words may open such a tail before its verb of saying ("“…!” Rep. Ann Lee, R-Ohio, said of …"). */
const TRAILING_SUBJECT_WORDS = 8;

/**
 * The splitter ends a sentence at "?”" and "!”", which cuts “Is it over?” Ann Lee asked. in two: a sentence
 * with no quote of its own after one that ends in such a mark belongs to it when it is short, or when a verb
 * of saying stands among its first words (“Is it over?” Ann Lee, the mayor, asked the council on Monday.).
 */
function isTrailingAttribution(
  text: string,
  previous: Span,
  sentence: Span,
  quotes: readonly Span[],
  speechVerbs: ReadonlySet<string>,
): boolean {
  const ending = text.slice(previous.start, previous.end);
  const own = quotes.find((q) => q.start < sentence.end && q.end > sentence.start);
  if (own) return hasOpeningSpeechVerb(text, ending, { start: sentence.start, end: own.start }, speechVerbs);
  const words = text.slice(sentence.start, sentence.end).trim();
  if (!/^\p{Lu}/u.test(words)) return false;
  // “… are missing.” Ann Lee said. (a period inside the marks where a comma belongs): a short sentence that
  // ends in its verb of saying is the attribution of the quote before it, not a sentence of its own.
  if (/[.][”"]\s*$/.test(ending)) return isBareAttribution(words, speechVerbs);
  if (!/[?!][”"]\s*$/.test(ending)) return false;
  if (sentence.end - sentence.start <= TRAILING_ATTRIBUTION_LENGTH && /\s\p{Ll}+[.!]?$/u.test(words)) return true;
  const opening = words.match(/[\p{L}][\p{L}'’.-]*/gu)?.slice(0, TRAILING_SUBJECT_WORDS) ?? [];
  return opening.some((w) => speechVerbs.has(w.toLowerCase())) || isAppositiveAttribution(words, speechVerbs);
}

/**
 * “Is it over?” Ann Lee remarked, alluding to the film “The Hunt.”: a tail with a quote of its own still
 * attributes the question when a verb of saying followed by a comma stands among its first words.
 */
function hasOpeningSpeechVerb(
  text: string,
  ending: string,
  beforeQuote: Span,
  speechVerbs: ReadonlySet<string>,
): boolean {
  if (!/[?!][”"]\s*$/.test(ending)) return false;
  const words = text.slice(beforeQuote.start, beforeQuote.end).trim();
  if (!/^\p{Lu}/u.test(words)) return false;
  // The verb closes the attribution with a comma: "She replied to him that it was an “honor”" is a new statement.
  const opening = [...words.matchAll(/([\p{L}][\p{L}'’.-]*)(,?)/gu)].slice(0, TRAILING_SUBJECT_WORDS);
  return opening.some((m) => m[2] === ',' && speechVerbs.has(m[1]!.toLowerCase()));
}

/** How many words a description between commas may hold after a name that opens such a tail. */
const TRAILING_APPOSITION_WORDS = 14;

/**
 * “…?” Ann Lee, a retired worker from a paper mill, said quietly.: a name, a description between commas, then
 * a verb of saying right after the second comma. The description may run past the first words.
 */
function isAppositiveAttribution(words: string, speechVerbs: ReadonlySet<string>): boolean {
  const match = /^((?:\p{Lu}[\p{L}'’.-]*\s?){1,3}),([^,.!?;:“”"]+),\s*(\p{Ll}+)/u.exec(words);
  if (!match) return false;
  const description = match[2]!.trim().split(/\s+/);
  return description.length <= TRAILING_APPOSITION_WORDS && speechVerbs.has(match[3]!);
}

/** "Ann Lee said.", "the senator added.": a short sentence whose last word is a verb of saying. */
function isBareAttribution(words: string, speechVerbs: ReadonlySet<string>): boolean {
  if (words.length > TRAILING_ATTRIBUTION_LENGTH || !/[.]$/.test(words)) return false;
  const last = words.match(/([\p{L}]+)[.]$/u)?.[1];
  return last !== undefined && speechVerbs.has(last.toLowerCase());
}

/** A quote (marks included) crosses the gap between two sentences when it starts before the gap and ends after it. */
function crossesBoundary(quote: Span, gapStart: number, gapEnd: number): boolean {
  return quote.start < gapStart && quote.end > gapEnd;
}

export function unitAt(units: readonly Unit[], offset: number): number {
  // The unit containing the offset or, between sentences (white space), the following one; the last past the end.
  return Math.min(firstEndingAfter(units, offset), units.length - 1);
}
