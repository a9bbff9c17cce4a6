/** Regex building blocks shared by the rule families. Built once from the temporal lexicons. */
import type { PartOfDay } from '@dossier/normalize';
import { alternation, temporalLexicon } from './lexicon.js';

/** "[Tt]his": a word that may be capitalized at the start of a sentence. */
export function cap(word: string): string {
  return `[${word[0]!.toUpperCase()}${word[0]!.toLowerCase()}]${word.slice(1).replace(/ /g, '\\s+')}`;
}
/**
 * `words.map(cap).join('|')`, with the words that start with the same letter gathered behind that letter once
 * ("[Nn](?:ow|owadays)|[Rr](?:ecently|ight\\s+now)"), in their given order. Only one such group can match at a
 * position, so the matches are the same; the regex engine reads the first letter once per position instead of
 * once per word, which made the long reference and set alternations about a third cheaper.
 */
export function capAlternation(words: string[]): string {
  const groups = new Map<string, string[]>();
  for (const word of words) {
    const head = cap(word.slice(0, 1));
    const rests = groups.get(head);
    const rest = cap(word).slice(head.length);
    if (rests) rests.push(rest);
    else groups.set(head, [rest]);
  }
  return [...groups]
    .map(([head, rests]) => (rests.length === 1 ? head + rests[0] : `${head}(?:${rests.join('|')})`))
    .join('|');
}

let built: ReturnType<typeof build> | undefined;

function build() {
  const lex = temporalLexicon();
  const numberWords = [...lex.numbers.keys()];
  const tens = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
  const ones = 'one|two|three|four|five|six|seven|eight|nine';
  // "5 1/2": a whole number and a common fraction, before the plain number so that the fraction is not cut off.
  const BASE_NUMBER = `\\d+\\s+[13]/[24]|\\d{1,3}(?:,\\d{3})+|\\d+(?:\\.\\d+)?|(?:${tens})[-\\s](?:${ones})\\b|${alternation(numberWords.flatMap((w) => [w, w[0]!.toUpperCase() + w.slice(1)]))}`;
  const NUMBER = `(?:${BASE_NUMBER})\\s+and\\s+a\\s+half|${BASE_NUMBER}`;
  const UNIT = alternation([...lex.units.keys()]);
  const SINGULAR_UNIT = alternation(
    [...lex.units.keys()].filter((w) => lex.units.get(w) === w.replace(/s$/, '') || w === 'century'),
  );
  /** Lower-cased. */
  const MONTH_NAMES = [...lex.months.keys()].filter((w) => w.length > 4 || w === 'may' || w === 'june' || w === 'july');
  const MONTH = alternation(MONTH_NAMES.map((w) => w[0]!.toUpperCase() + w.slice(1)));
  const WEEKDAY = alternation([...lex.weekdays.keys()].map((w) => w[0]!.toUpperCase() + w.slice(1)));
  const PART_OF_DAY = alternation(
    [...lex.partsOfDay.keys()].filter((w) => ['morning', 'afternoon', 'evening', 'night'].includes(w)),
  );
  const SEASON = alternation([...lex.seasons.keys()]);
  // TIMEX3's mod values are bounds and approximations ("about", "more than", "at least"); focusing adverbs
  // ("only five hours", "just 63 days", "barely a month") stay outside the span, as TimeML and the gold files leave them.
  const MODIFIER = capAlternation([
    'more than',
    'less than',
    'fewer than',
    'at least',
    'almost',
    'nearly',
    'about',
    'around',
    'roughly',
    'some',
    'over',
    'under',
    'up to',
    'just over',
    'just under',
    'approximately',
    'well over',
    'at most',
  ]);
  /** "early 2024", "mid-January", "the end of this year": kept in the span, the value is the period's. */
  const PERIOD_PREFIX = `(?<mod>${capAlternation(['early', 'mid', 'late', 'the end of', 'the beginning of', 'the start of', 'the middle of', 'end of', 'beginning of', 'start of', 'middle of'])})[\\s-]+`;
  /** "early hours", "small hours", "morning hours" (of a day): a part of the day, see partOfHours. */
  const HOURS_OF_DAY = `(?:${capAlternation([...lex.hoursOfDay.keys()])})(?:\\s+morning)?\\s+hours`;
  return {
    HOURS_OF_DAY,
    NUMBER,
    UNIT,
    SINGULAR_UNIT,
    MONTH,
    MONTH_NAMES,
    WEEKDAY,
    PART_OF_DAY,
    SEASON,
    MODIFIER,
    PERIOD_PREFIX,
  };
}

export function patterns() {
  built ??= build();
  return built;
}

const WORD_BEFORE = /([\p{L}\p{N}'’]+)[^\p{L}\p{N}\n]*$/u;

/** The word before `offset` in `text`, lower-cased ("" at the start). */
export function wordBefore(text: string, offset: number): string {
  const from = Math.max(0, offset - 40);
  const word = asciiWordBefore(text, from, offset);
  if (word !== null) return word;
  const m = WORD_BEFORE.exec(text.slice(from, offset));
  return m ? m[1]!.toLowerCase() : '';
}

function isAsciiAlnum(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * wordBefore's answer without a regex in the common plain-ASCII case: ASCII punctuation or spaces (no line break,
 * no apostrophe) back to an ASCII word that a non-word character or the window's start bounds. Then the word is
 * the regex's group (nothing earlier can start a match that ends in non-letters only). Anything else (quotes,
 * apostrophes, non-ASCII letters, a line break) returns null and the regex decides.
 */
function asciiWordBefore(text: string, from: number, offset: number): string | null {
  let i = offset;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (isAsciiAlnum(c)) break;
    if (c >= 128 || c === 10 || c === 39) return null;
    i--;
  }
  if (i === from) return null;
  const end = i;
  while (i > from) {
    const c = text.charCodeAt(i - 1);
    if (isAsciiAlnum(c)) i--;
    else if (c >= 128 || c === 39) return null;
    else break;
  }
  return text.slice(i, end).toLowerCase();
}

/** The word after `offset` in `text`, lower-cased ("" at the end). */
export function wordAfter(text: string, offset: number): string {
  const m = /^[^\p{L}\p{N}\n]*([\p{L}\p{N}'’]+)/u.exec(text.slice(offset, offset + 40));
  return m ? m[1]!.toLowerCase() : '';
}

/** The part of day an "… hours of" phrase names: "early hours" → MO, "late hours" → NI (lexicon temporal-calendar). */
export function partOfHours(phrase: string): PartOfDay {
  return temporalLexicon().hoursOfDay.get(phrase.toLowerCase().split(/\s+/)[0]!) ?? 'MO';
}

/** The mod part of a rule name: "early 2024" → "+mod:early". */
export function modRule(mod: string | undefined): string {
  if (!mod) return '';
  const word = mod.toLowerCase().replace(/\s+/g, ' ').replace(/^the /, '').replace(/ of$/, '');
  return `+mod:${word}`;
}
