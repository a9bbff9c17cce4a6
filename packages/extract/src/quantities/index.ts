/**
 * Counted amounts with their qualifiers: "more than 100 remaining hostages" → value 100, modifier "more than",
 * low 100 (an exclusive bound, as the modifier says), high null, unit "hostage".
 *
 * A number is left out when it belongs to a temporal expression (a year, a date, a clock time, a duration,
 * an age), is an ordinal, or is part of a name ("Resolution 2334", "F-16"). Timexes are not passed in, so
 * those contexts are recognised here from the words around the number (lexicon quantity-context).
 */
import type { ArticleDoc, QuantityAnnotation, QuantityModifier, Token } from '@dossier/core';
import { NUMBER_START, readNumber, type NumberReading } from './numbers.js';
import { articleWordLayer } from '../word-layer.js';
import { isPlural, singular } from './plurals.js';
import { quantityVocabulary, type QuantityVocabulary } from './vocabulary.js';
import { withinValueGrammar } from './grammar.js';

const MEASURE_UNITS: Record<string, string> = {
  '%': 'percent',
  percent: 'percent',
  per: 'percent',
  km: 'km',
  kilometres: 'km',
  kilometers: 'km',
  miles: 'mile',
  mile: 'mile',
  m: 'm',
  kg: 'kg',
  tonnes: 'tonne',
  tons: 'ton',
};

/** Currency signs written before an amount, and the unit they count. */
const CURRENCIES: Record<string, string> = {
  $: 'dollar',
  us$: 'dollar',
  '£': 'pound',
  '€': 'euro',
  '¥': 'yen',
  '₹': 'rupee',
  '₪': 'shekel',
};

/** Finds counted amounts with their qualifiers. */
export function findQuantities(doc: ArticleDoc): QuantityAnnotation[] {
  const vocabulary = quantityVocabulary();
  const tokens = doc.tokens;
  const text = doc.body;
  const found: QuantityAnnotation[] = [];
  // readNumber's own first test, read off the shared word layer: most tokens start no number.
  const flags = articleWordLayer(tokens).flags;
  for (let i = 0; i < tokens.length; i++) {
    if ((flags[i]! & NUMBER_START) === 0) continue;
    const reading = readNumber(tokens, i, vocabulary);
    if (!reading) continue;
    const quantity = quantityAt(text, tokens, reading, vocabulary);
    if (quantity) found.push(withinValueGrammar(quantity));
    i = Math.max(reading.end, quantity ? firstTokenAfter(tokens, quantity.end, i) : 0) - 1;
  }
  return found;
}

function quantityAt(
  text: string,
  tokens: readonly Token[],
  number: NumberReading,
  vocabulary: QuantityVocabulary,
): QuantityAnnotation | null {
  let reading = number;
  const { first } = reading;
  const word = tokens[first]!.lower;
  // "one" is far more often a pronoun or an article ("one of the officials", "one phase at a time").
  if (word === 'one' || word === 'zero') return null;
  if (isTemporal(text, tokens, reading, vocabulary) || isNamePart(text, tokens, reading)) return null;

  const currency = CURRENCIES[tokens[first - 1]?.lower ?? ''];
  const modifierMatch = modifierBefore(tokens, currency ? first - 1 : first, reading, vocabulary);
  const modifier: QuantityModifier | null = modifierMatch?.modifier ?? null;
  if (isConversion(tokens, first)) return null;
  const range = rangeAfter(tokens, reading, vocabulary);
  if (range) {
    reading = range;
  }
  const unit = currency
    ? { name: currency, end: tokens[reading.end - 1]!.end }
    : countedNoun(text, tokens, reading.end, reading);
  const opening = modifierMatch?.first ?? (currency ? first - 1 : first);
  const start = tokens[opening]!.start;
  const stop = unit ? unit.end : tokens[reading.end - 1]!.end;
  const { low, high } = bounds(reading, modifier);
  return {
    start,
    end: stop,
    text: text.slice(start, stop),
    value: reading.value,
    low,
    high,
    modifier,
    unit: unit?.name ?? null,
  };
}

/**
 * Bounds consistent with the text. "more than N" keeps N as an exclusive low bound (the modifier says it is
 * exclusive), "at least N" an inclusive one; "about N" has no bounds; vague plurals keep their range.
 */
function firstTokenAfter(tokens: readonly Token[], offset: number, from: number): number {
  let k = from;
  while (k < tokens.length && tokens[k]!.start < offset) k++;
  return k;
}

/** "2.3km (1.4 miles)": the number in brackets after a measure restates it in other units. */
function isConversion(tokens: readonly Token[], first: number): boolean {
  return tokens[first - 1]?.lower === '(' && MEASURE_UNITS[tokens[first - 2]?.lower ?? ''] !== undefined;
}

/** "seven or eight", "20 to 30", "between 20 and 30": a range with no point value. */
function rangeAfter(
  tokens: readonly Token[],
  reading: NumberReading,
  vocabulary: QuantityVocabulary,
): NumberReading | null {
  const link = tokens[reading.end]?.lower;
  if (reading.value === null || !['or', 'to', 'and'].includes(link ?? '')) return null;
  if (link === 'and' && tokens[reading.first - 1]?.lower !== 'between') return null;
  const second = readNumber(tokens, reading.end + 1, vocabulary);
  if (!second || second.value === null || second.value <= reading.value) return null;
  const first = link === 'and' ? reading.first - 1 : reading.first;
  return { first, end: second.end, value: null, low: reading.value, high: second.value };
}

function bounds(
  reading: NumberReading,
  modifier: QuantityModifier | null,
): { low: number | null; high: number | null } {
  if (reading.value === null) {
    if (modifier === 'more than' || modifier === 'at least') return { low: reading.low, high: null };
    return { low: reading.low, high: reading.high };
  }
  const v = reading.value;
  switch (modifier) {
    case null:
    case 'exactly':
      return { low: v, high: v };
    case 'more than':
    case 'at least':
      return { low: v, high: null };
    case 'up to':
    case 'at most':
    case 'fewer than':
    case 'nearly':
      return { low: null, high: v };
    case 'about':
      return { low: null, high: null };
  }
}

function modifierBefore(
  tokens: readonly Token[],
  first: number,
  reading: NumberReading,
  vocabulary: QuantityVocabulary,
): { first: number; modifier: QuantityModifier } | null {
  for (const m of vocabulary.modifiersByLastWord.get(tokens[first - 1]?.lower ?? '') ?? []) {
    const from = first - m.words.length;
    if (from < 0) continue;
    if (!m.words.every((w, k) => tokens[from + k]!.lower === w)) continue;
    // Qualifiers that are also prepositions: "around two hospitals" is a place, "around 200 people" a count.
    if (m.words.length === 1 && vocabulary.prepositionalQualifiers.has(m.words[0]!)) {
      const small = reading.value !== null && reading.value < 10 && !/^\d/.test(tokens[first]!.lower);
      const particle = m.words[0] === 'over' && vocabulary.phrasalVerbs.has(tokens[from - 1]?.lower ?? '');
      if (small || particle) return null;
    }
    return { first: from, modifier: m.modifier };
  }
  return null;
}

const HYPHENS = new Set(['-', '–']);

function isTemporal(
  text: string,
  tokens: readonly Token[],
  reading: NumberReading,
  vocabulary: QuantityVocabulary,
): boolean {
  const { first, end } = reading;
  const raw = text.slice(tokens[first]!.start, tokens[end - 1]!.end);
  // A bare year ("in 2024", "2023-24").
  if (/^(1[5-9]|20)\d\d$/.test(raw) && !isPluralNoun(tokens[end])) return true;
  // Clock times and decades ("10:30", "1990s").
  if (/[:]/.test(text.slice(tokens[end - 1]!.end, tokens[end - 1]!.end + 1)) || /^\d+s$/.test(tokens[end]?.lower ?? ''))
    return true;
  let next = end;
  if (HYPHENS.has(tokens[next]?.lower ?? '') && tokens[next]!.start === tokens[next - 1]!.end) next++; // "four-hour"
  const after = tokens[next]?.lower ?? '';
  if (vocabulary.timeUnits.has(after) || vocabulary.clockWords.has(after)) return true;
  // "34-year-old", "aged 34", "34 years old".
  const before = tokens[first - 1]?.lower ?? '';
  if (vocabulary.ageWords.has(before)) return true;
  // Dates: a capitalised month next to the number ("7 October", "Oct. 7").
  const isMonth = (k: number) =>
    k >= 0 &&
    k < tokens.length &&
    vocabulary.months.has(tokens[k]!.lower.replace(/\.$/, '')) &&
    /^\p{Lu}/u.test(text[tokens[k]!.start]!);
  if (isMonth(end) || isMonth(first - 1) || (tokens[first - 1]?.lower === '.' && isMonth(first - 2))) return true;
  // "He was 66.": a bare number after a form of "be" with no noun is an age.
  if (
    ['is', 'was', 'are', 'were'].includes(before) &&
    /^\d+$/.test(raw) &&
    reading.value !== null &&
    reading.value < 120 &&
    !['NOUN', 'ADJ'].includes(tokens[end]?.pos ?? '')
  )
    return true;
  // An age in apposition: "Ann Lee, 34, said".
  if (
    tokens[first - 1]?.lower === ',' &&
    tokens[end]?.lower === ',' &&
    tokens[first - 2]?.pos === 'PROPN' &&
    reading.value !== null &&
    reading.value < 120 &&
    /^\d+$/.test(raw)
  )
    return true;
  return false;
}

/** Digits glued to letters or following a capitalised name are labels: "F-16", "Covid-19", "Resolution 2334". */
function isNamePart(text: string, tokens: readonly Token[], reading: NumberReading): boolean {
  const first = tokens[reading.first]!;
  const previousToken = tokens[reading.first - 1];
  // "World War Two": a capitalised number word after a name.
  if (/^\p{Lu}/u.test(text[first.start]!) && previousToken?.pos === 'PROPN' && previousToken.end + 1 === first.start)
    return true;
  if (!/^\d/.test(first.lower)) return false;
  const previous = tokens[reading.first - 1];
  if (previous && HYPHENS.has(previous.lower) && previous.end === first.start) return true;
  if (
    /[\p{L}]/u.test(text[first.start - 1] ?? '') ||
    (/[\p{L}]/u.test(text[tokens[reading.end - 1]!.end] ?? '') &&
      !/^(km|m|kg|mi)\b/i.test(text.slice(tokens[reading.end - 1]!.end)))
  )
    return true;
  return (
    previous !== undefined &&
    previous.pos === 'PROPN' &&
    previous.end + 1 === first.start &&
    /^\p{Lu}/u.test(text[previous.start]!) &&
    /^\d+$/.test(first.lower)
  );
}

function isPluralNoun(t: Token | undefined): boolean {
  return t !== undefined && t.pos === 'NOUN' && isPlural(t.lower);
}

/**
 * The counted noun: the head of the noun phrase after the number, through adjectives and compound
 * modifiers ("100 remaining hostages", "a half dozen Israeli-American hostages"), or a unit of measure
 * ("2.3km", "20%"). Returns its singular, lower-cased, and where the phrase ends.
 */
function countedNoun(
  text: string,
  tokens: readonly Token[],
  end: number,
  reading: NumberReading,
): { name: string; end: number } | null {
  let k = end;
  // "1,200-km", "20%", "20 per cent".
  if (HYPHENS.has(tokens[k]?.lower ?? '') && tokens[k]!.start === tokens[k - 1]!.end) k++;
  const measure = MEASURE_UNITS[tokens[k]?.lower ?? ''];
  if (measure) {
    if (measure === 'percent' && tokens[k]!.lower === 'per')
      return tokens[k + 1]?.lower === 'cent' ? { name: 'percent', end: tokens[k + 1]!.end } : null;
    return { name: measure, end: tokens[k]!.end };
  }
  k = end;
  const share = reading.value !== null && reading.value > 0 && reading.value < 1;
  if ((reading.value === null || share) && tokens[k]?.lower === 'of') k++; // "dozens of people", "half of the patients"
  if (share && tokens[k]?.pos === 'DET') k++;
  let head: number | null = null;
  while (k < tokens.length) {
    const t = tokens[k]!;
    const glued = HYPHENS.has(t.lower) && t.start === tokens[k - 1]!.end && tokens[k + 1]?.start === t.end;
    if (glued) {
      k++;
      continue;
    }
    if (t.pos === 'NOUN' || (t.pos === 'PROPN' && /^\p{Lu}/u.test(text[t.start]!))) {
      // A plural name ("thousands of Palestinians") can head the phrase; a singular one only modifies it.
      if (t.pos === 'NOUN' || (isPlural(t.lower) && t.lower.endsWith('s'))) head = k;
      k++;
      continue;
    }
    if (t.pos === 'ADJ' || (t.pos === 'VERB' && /(ing|ed)$/.test(t.lower) && tokens[k + 1]?.pos === 'NOUN')) {
      if (head !== null) break;
      k++;
      continue;
    }
    break;
  }
  if (head === null) return null;
  const noun = tokens[head]!.lower;
  return { name: singular(noun), end: tokens[head]!.end };
}
