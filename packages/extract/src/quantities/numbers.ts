/**
 * Reads the number at a token: digits with thousands separators and decimals ("1,400", "2.3"), number words
 * ("three", "twenty-five"), scales ("1.2 million", "two dozen", "a half dozen") and vague plurals ("dozens",
 * "hundreds of thousands"). Pure: tokens in, a reading out.
 */
import type { Token } from '@dossier/core';
import { quantityVocabulary, type QuantityVocabulary } from './vocabulary.js';
import { tokenFlag } from '../word-layer.js';

export interface NumberReading {
  /** Token indices [first, end) that spell the number. */
  first: number;
  end: number;
  value: number | null;
  low: number | null;
  high: number | null;
}

/** Written straight after digits in money amounts: "£1.2bn", "$5m", "€300k". */
const SCALE_ABBREVIATIONS: Record<string, number> = { k: 1e3, m: 1e6, mn: 1e6, bn: 1e9, b: 1e9, tn: 1e12 };

const DIGITS = /^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$/;

function startsWithDigit(word: string): boolean {
  const first = word.charCodeAt(0);
  return first >= 48 && first <= 57;
}

/** readNumber's first test as a word-layer bit (../word-layer.ts), for callers that scan every token. */
export const NUMBER_START = tokenFlag(
  'quantities:number-start',
  (lower) => startsWithDigit(lower) || lower.includes('-') || quantityVocabulary().numberStarts.has(lower),
);

export function digitValue(word: string): number | null {
  return startsWithDigit(word) && DIGITS.test(word) ? Number(word.replace(/,/g, '')) : null;
}

const COMPOUND = /^([a-z]+)-([a-z]+)$/;

/** The value of a single number word or hyphenated compound ("twenty-five"), or null. */
function wordValue(word: string, vocabulary: QuantityVocabulary): number | null {
  const direct = vocabulary.cardinals.get(word);
  if (direct !== undefined) return direct;
  const compound = word.includes('-') ? COMPOUND.exec(word) : null;
  if (compound) {
    const tens = vocabulary.cardinals.get(compound[1]!);
    const ones = vocabulary.cardinals.get(compound[2]!);
    if (tens !== undefined && ones !== undefined && tens >= 20 && tens % 10 === 0 && ones < 10) return tens + ones;
  }
  return null;
}

/** No space between tokens a and b. */
function joined(tokens: readonly Token[], a: number, b: number): boolean {
  return tokens[a]!.end === tokens[b]!.start;
}

export function readNumber(tokens: readonly Token[], i: number, vocabulary: QuantityVocabulary): NumberReading | null {
  const t = tokens[i]!;
  // Asked of every token: a reading starts only at digits, a hyphenated compound or a number word.
  if (!startsWithDigit(t.lower) && !t.lower.includes('-') && !vocabulary.numberStarts.has(t.lower)) return null;
  // "twenty-five" may arrive as three tokens.
  let base: number | null = digitValue(t.lower) ?? wordValue(t.lower, vocabulary);
  let end = i + 1;
  if (
    base !== null &&
    base >= 20 &&
    base % 10 === 0 &&
    tokens[i + 1]?.lower === '-' &&
    joined(tokens, i, i + 1) &&
    tokens[i + 2] &&
    joined(tokens, i + 1, i + 2)
  ) {
    const ones = vocabulary.cardinals.get(tokens[i + 2]!.lower);
    if (ones !== undefined && ones > 0 && ones < 10) {
      base += ones;
      end = i + 3;
    }
  }
  const fraction = readFraction(tokens, i, vocabulary);
  if (fraction) return fraction;
  // "a half dozen", "half a dozen", "a dozen", "a hundred".
  if (base === null) {
    const w0 = t.lower;
    const w1 = tokens[i + 1]?.lower;
    const w2 = tokens[i + 2]?.lower;
    if (w0 === 'a' && w1 === 'half' && w2 === 'dozen') return { first: i, end: i + 3, value: 6, low: 6, high: 6 };
    if (w0 === 'half' && w1 === 'a' && w2 === 'dozen') return { first: i, end: i + 3, value: 6, low: 6, high: 6 };
    if (w0 === 'a' && w1 === 'dozen') return { first: i, end: i + 2, value: 12, low: 12, high: 12 };
    const vague = vocabulary.vague.get(t.lower);
    if (vague) return readVague(tokens, i, vague, vocabulary);
    return null;
  }
  // Scales: "1.2 million", "two dozen", "three hundred thousand", and the money abbreviations "£1.2bn", "€5m".
  let value = base;
  while (end < tokens.length && vocabulary.scales.has(tokens[end]!.lower)) {
    value *= vocabulary.scales.get(tokens[end]!.lower)!;
    end++;
  }
  const abbreviation = SCALE_ABBREVIATIONS[tokens[end]?.lower ?? ''];
  if (abbreviation && tokens[end]!.start === tokens[end - 1]!.end && /^\d/.test(t.lower)) {
    value *= abbreviation;
    end++;
  }
  return { first: i, end, value, low: value, high: value };
}

/** "dozens", "hundreds of thousands", "tens of thousands": a range, never a point value. */
function readVague(
  tokens: readonly Token[],
  i: number,
  range: { low: number; high: number },
  vocabulary: QuantityVocabulary,
): NumberReading {
  let { low, high } = range;
  let end = i + 1;
  const scale = tokens[i + 2] && tokens[i + 1]?.lower === 'of' ? vocabulary.vague.get(tokens[i + 2]!.lower) : undefined;
  if (scale) {
    // "hundreds of thousands" = hundreds × a thousand.
    const unit = scale.low / 2;
    low *= unit;
    high = (high + 1) * unit - 1;
    end = i + 3;
  }
  return { first: i, end, value: null, low, high };
}

/**
 * A share before "of": "half of the patients", "a third of voters", "two-thirds of the budget". Not after
 * "the" or an ordinal ("the second half of the year" is a period, not a share).
 */
function readFraction(tokens: readonly Token[], i: number, vocabulary: QuantityVocabulary): NumberReading | null {
  let k = i;
  let numerator = 1;
  const count = vocabulary.cardinals.get(tokens[k]!.lower);
  if (tokens[k]!.lower === 'a') k++;
  else if (count !== undefined && count > 0) {
    numerator = count;
    k++;
    if (tokens[k]?.lower === '-') k++;
  }
  const share = vocabulary.fractions.get(tokens[k]?.lower ?? '');
  if (share === undefined || tokens[k + 1]?.lower !== 'of') return null;
  if (k === i && ['the', 'first', 'second', 'last', 'latter', 'former'].includes(tokens[i - 1]?.lower ?? ''))
    return null;
  if (k > i && tokens[i]!.lower === 'a' && ['the'].includes(tokens[i - 1]?.lower ?? '')) return null;
  const value = numerator * share;
  return { first: i, end: k + 1, value, low: value, high: value };
}
