/** The temporal lexicons (packages/lexicons/data/temporal-*.json), loaded once and indexed for look-ups. */
import { loadLexicon } from '@dossier/lexicons';
import type { DurationUnit, PartOfDay, Season } from '@dossier/normalize';

interface WordValue<T> {
  word: string;
  value: T;
}
interface CalendarEntry {
  word: string;
  kind: 'month' | 'month-abbreviation' | 'weekday' | 'season' | 'part-of-day' | 'hours-of-day';
  value: number | string;
}
interface PhraseValue {
  phrase: string;
  value: string;
  skip?: boolean;
  rate?: boolean;
  /** A set only when it does not modify a noun ("paid quarterly", not "a quarterly dividend"). */
  notBeforeNoun?: boolean;
  /** Leading words of the phrase that stay outside the span ("for" in "for now"), as TimeML leaves them. */
  outside?: string;
}

export interface TemporalLexicon {
  /** Lower-cased number word → amount; null = unspecified ("several"). */
  numbers: Map<string, number | null>;
  ordinals: Map<string, number>;
  units: Map<string, DurationUnit>;
  months: Map<string, number>;
  weekdays: Map<string, number>;
  seasons: Map<string, Season>;
  partsOfDay: Map<string, PartOfDay>;
  /** The word before "hours" in "the early hours of …" → the part of day it names. */
  hoursOfDay: Map<string, PartOfDay>;
  references: Map<string, PhraseValue>;
  sets: Map<string, PhraseValue>;
  futureCues: Set<string>;
  pastVerbs: Set<string>;
}

let cached: TemporalLexicon | undefined;

export function temporalLexicon(): TemporalLexicon {
  if (cached) return cached;
  const calendar = loadLexicon<CalendarEntry>('temporal-calendar').entries;
  const byKind = <T>(kinds: string[]) =>
    new Map(calendar.filter((e) => kinds.includes(e.kind)).map((e) => [e.word, e.value as T]));
  cached = {
    numbers: new Map(loadLexicon<WordValue<number | null>>('temporal-numbers').entries.map((e) => [e.word, e.value])),
    ordinals: new Map(loadLexicon<WordValue<number>>('temporal-ordinals').entries.map((e) => [e.word, e.value])),
    units: new Map(
      loadLexicon<{ word: string; unit: DurationUnit }>('temporal-units').entries.map((e) => [e.word, e.unit]),
    ),
    months: byKind<number>(['month', 'month-abbreviation']),
    weekdays: byKind<number>(['weekday']),
    seasons: byKind<Season>(['season']),
    partsOfDay: byKind<PartOfDay>(['part-of-day']),
    hoursOfDay: byKind<PartOfDay>(['hours-of-day']),
    references: new Map(loadLexicon<PhraseValue>('temporal-references').entries.map((e) => [e.phrase, e])),
    sets: new Map(loadLexicon<PhraseValue>('temporal-sets').entries.map((e) => [e.phrase, e])),
    futureCues: new Set(loadLexicon<string>('temporal-future-cues').entries),
    pastVerbs: new Set(loadLexicon<string>('temporal-past-verbs').entries),
  };
  return cached;
}

/** Escapes a phrase for a regex alternation, longest phrases first so that alternation prefers them. */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+'))
    .join('|');
}

/** Parses a number written as digits or words ("24", "two", "twenty-four", "a"); undefined when it is not one. */
export function parseAmount(text: string): number | null | undefined {
  const lower = text.toLowerCase().replace(/\s+/g, ' ').trim();
  const half = /^(.+) and a half$/.exec(lower);
  if (half) {
    const whole = parseAmount(half[1]!);
    return typeof whole === 'number' ? whole + 0.5 : whole;
  }
  if (/^\d+(?:\.\d+)?$/.test(lower)) return Number(lower);
  const fraction = /^(\d+) (\d)\/(\d)$/.exec(lower);
  if (fraction) return Number(fraction[1]) + Number(fraction[2]) / Number(fraction[3]);
  if (/^\d{1,3}(?:,\d{3})+$/.test(lower)) return Number(lower.replace(/,/g, ''));
  const { numbers } = temporalLexicon();
  if (numbers.has(lower)) return numbers.get(lower)!;
  const compound = /^([a-z]+)[- ]([a-z]+)$/.exec(lower);
  if (compound) {
    const tens = numbers.get(compound[1]!);
    const ones = numbers.get(compound[2]!);
    if (typeof tens === 'number' && typeof ones === 'number' && tens >= 20 && tens % 10 === 0 && ones < 10)
      return tens + ones;
  }
  return undefined;
}

interface ContextWordSet {
  set: string;
  description: string;
  words: string[];
}

let contextSets: Map<string, ReadonlySet<string>> | undefined;

/** A named set of context words from lexicon temporal-context-words; throws naming the set when it is missing. */
export function contextWords(name: string): ReadonlySet<string> {
  contextSets ??= new Map(
    loadLexicon<ContextWordSet>('temporal-context-words').entries.map((e) => [e.set, new Set(e.words)]),
  );
  const words = contextSets.get(name);
  if (!words) throw new Error(`lexicon temporal-context-words has no set "${name}"`);
  return words;
}
