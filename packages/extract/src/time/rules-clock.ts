/**
 * Clock words and parts of the day that chrono does not read: "noon", "midnight", "noon Saturday", 24-hour
 * times with a zone ("0900 GMT"), and a part of the day without a date ("in the morning", "that evening").
 * The day is the one the expression names, else the sentence's date, else (for "that …") the last date the
 * article gave, else: for "in the morning" the day the story is about when it is before publication (a night
 * told in the past, the night before publication), else publication day (said in the rule); unresolved for
 * "that morning".
 */
import {
  resolveRelativeUnit,
  resolveWeekday,
  withClockTime,
  withPartOfDay,
  type Direction,
  type PartOfDay,
  type Resolution,
} from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import {
  candidate,
  gatedHeadStarts,
  headStarts,
  matchCandidate,
  memoRegex,
  scanAround,
  scanGated,
  type Candidate,
  type TimexContext,
} from './candidate.js';
import { temporalLexicon } from './lexicon.js';
import { patterns, wordBefore } from './patterns.js';
import { unresolved } from './unresolved.js';
import { gatedPattern, type WordIndex } from './words.js';

interface ClockWord {
  word: string;
  hour: number;
}

/** TIMEX3 writes noon as T12:00 and midnight as T24:00 (the end of the day it closes). */
const CLOCK_WORDS: ClockWord[] = [
  { word: 'noon', hour: 12 },
  { word: 'midday', hour: 12 },
  { word: 'midnight', hour: 24 },
];

const CLOCK_WORD = gatedPattern(
  'clock-word',
  CLOCK_WORDS.map((c) => c.word),
  () => {
    const { WEEKDAY } = patterns();
    return new RegExp(
      `\\b(?<word>[Nn]oon|[Mm]idday|[Mm]idnight)\\b(?![-'’])(?:\\s+(?:on\\s+)?(?<weekday>${WEEKDAY})\\b)?`,
      'dy',
    );
  },
);

/** "that morning", "the same evening", "in the morning", "early in the afternoon". */
const BARE_PART = gatedPattern(
  'bare-part-of-day',
  ['that', 'the', 'in', 'during', 'through', 'throughout', 'into', 'early', 'late', 'later', 'earlier'],
  () =>
    /\b(?:(?<anaphoric>[Tt]hat|[Tt]he\s+same|[Ll]ater\s+that|[Ee]arlier\s+that)|(?<lead>(?:[Ii]n|[Dd]uring|[Tt]hrough|[Tt]hroughout|[Ii]nto|[Ee]arly\s+in|[Ll]ate\s+in|[Ll]ater\s+in)\s+the))\s+(?<part>morning|afternoon|evening|night)\b(?!\s+of\b|['’-])/dy,
);

/** The day an expression without its own date falls on: the sentence's date, else none. */
function dayOfSentence(ctx: TimexContext, start: number): Resolution | null {
  const day = ctx.sentenceDay(start);
  return day
    ? {
        type: 'DATE',
        value: day,
        anchor: day,
        precision: 'day',
        rangeStart: null,
        rangeEnd: null,
        rule: 'sentence-date',
      }
    : null;
}

/** The day of a clock time with none of its own: the sentence's, else the one the story is about, else publication. */
function dayOfStory(ctx: TimexContext, start: number): Resolution {
  const sentence = dayOfSentence(ctx, start);
  if (sentence) return sentence;
  const narrative = ctx.narrativeDay(start);
  if (narrative) return { ...dayValue(ctx, narrative), rule: 'narrative-date' };
  return publicationDay(ctx, 'default-publication-date');
}

/** A day the rules chose (YYYY-MM-DD), as a resolution of its own. */
function dayValue(ctx: TimexContext, day: string): Resolution {
  return { ...publicationDay(ctx, ''), value: day, anchor: day };
}

/** True when a verb's tense (not a default) puts the clause in the past. */
function pastTense(direction: Direction): boolean {
  return direction.way === 'past' && !direction.cue.startsWith('default-');
}

function publicationDay(ctx: TimexContext, rule: string): Resolution {
  return {
    type: 'DATE',
    value: ctx.published,
    anchor: ctx.published,
    precision: 'day',
    rangeStart: null,
    rangeEnd: null,
    rule,
  };
}

function clockWords(body: string, words: WordIndex): Candidate[] {
  const { weekdays } = temporalLexicon();
  return scanGated(body, words, CLOCK_WORD, (m) => {
    const g = m.groups!;
    const hour = CLOCK_WORDS.find((c) => c.word === g.word!.toLowerCase())!.hour;
    // "high noon" is an idiom (and a film) for a decisive moment, not twelve o'clock.
    if (g.word!.toLowerCase() === 'noon' && wordBefore(body, m.index) === 'high') return null;
    const start = m.index;
    const end = start + m[0].length;
    return matchCandidate(m, 2, 'clock-word', (ctx) => {
      const day = g.weekday
        ? resolveWeekday(ctx.published, weekdays.get(g.weekday.toLowerCase())!, ctx.direction(start, end))
        : dayOfStory(ctx, start);
      return withClockTime(day, hour, 0, `clock-word:${day.rule}`);
    });
  });
}

/** "0900 GMT", "2130 UTC": a 24-hour time written without a colon, made certain by its zone. */
function zonedMilitaryTimes(body: string): Candidate[] {
  const heads = headStarts(
    body,
    memoRegex('zone-head', () => /\b(?:GMT|UTC)\b/g),
  );
  if (heads.length === 0) return [];
  const re = memoRegex('military-time', () => /(?<![\p{N}.,:$])(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s+(?:GMT|UTC)\b/duy);
  return scanAround(body, heads, re, 1, (m) => {
    const hour = Number(m.groups!.h);
    const minute = Number(m.groups!.m);
    const start = m.index;
    return matchCandidate(m, 3, 'clock-time', (ctx) => {
      const day = dayOfStory(ctx, start);
      const r = withClockTime(day, hour, minute, `clock-time:zoned:${day.rule}`);
      return { ...r, value: `${r.value}Z` };
    });
  });
}

function bareParts(body: string, words: WordIndex): Candidate[] {
  const { partsOfDay } = temporalLexicon();
  return scanGated(body, words, BARE_PART, (m) => {
    const g = m.groups!;
    const part = partsOfDay.get(g.part!) as PartOfDay;
    // "in the morning" keeps the preposition outside the span, as "on Thursday" does, and its determiner inside,
    // as TimeML and the gold files write "the morning", "the night".
    const start = g.lead ? m.indices!.groups!.lead![0] + g.lead.search(/[Tt]he$/) : m.index;
    if (g.lead && wordBefore(body, m.index) === 'every') return null; // "every day in the morning" is a set's
    const anaphoric = g.anaphoric !== undefined;
    const end = m.index + m[0].length;
    return candidate(start, end, 1, 'part-of-day', (ctx) => {
      const sentence = dayOfSentence(ctx, start);
      if (sentence) return withPartOfDay(sentence, part, `part-of-day:sentence-date`);
      if (anaphoric) {
        const previous = ctx.previousDate(start, 600);
        if (previous && (previous.precision === 'day' || previous.precision === 'time')) {
          const day = previous.value.slice(0, 10);
          return withPartOfDay(
            { ...previous, value: day, anchor: day, precision: 'day' },
            part,
            'part-of-day:that:previous-date',
          );
        }
        return unresolved(ctx.published, 'day', 'part-of-day:that', part);
      }
      // "in the morning" with no date of its own is a part of the day the story is about.
      const narrative = ctx.narrativeDay(start);
      if (narrative && narrative !== ctx.published)
        return withPartOfDay(dayValue(ctx, narrative), part, 'part-of-day:narrative-date');
      // "sirens blared through the night" in a story of publication day: a night told in the past is the one
      // that ended that morning, as "overnight" is.
      if (part === 'NI' && pastTense(ctx.direction(start, end))) {
        const night = resolveRelativeUnit(ctx.published, 'day', -1, 'part-of-day:night-before-publication');
        return withPartOfDay(night, part, night.rule);
      }
      return withPartOfDay(publicationDay(ctx, ''), part, 'part-of-day:default-publication-date');
    });
  });
}

const PART_WORD = gatedPattern(
  'part-of-day-word',
  ['morning', 'afternoon', 'evening'],
  () => /\b(?:morning|afternoon|evening)\b/y,
);
/** "mid-afternoon", "midafternoon", "early morning", "late evening" (start words are prefixes: "midafternoon"). */
const MODIFIED_PART_HEAD = gatedPattern(
  'modified-part-head',
  ['mid', 'early', 'late'],
  () => /\b(?:[Mm]id|[Ee]arly|[Ll]ate)[-\s]?(?:morning|afternoon|evening)\b/y,
  true,
);

/** The hours a part of the day adds to a 12-hour clock reading ("4 in the morning" 04:00, "8 in the evening" 20:00). */
const PART_HOUR_OFFSET: Record<string, number> = { morning: 0, afternoon: 12, evening: 12 };

/**
 * "at 4 in the morning", "until eight in the evening": an hour read with a part of the day is a clock time
 * (TimeML), on the day of the story. Only after a preposition of time and not before a noun the part of the day
 * modifies: "fell 4 in the morning" (no preposition) and "rose to 4 in the morning session" (a level) are no times.
 */
function hourInPartOfDay(body: string, words: WordIndex): Candidate[] {
  const heads = gatedHeadStarts(body, words, PART_WORD);
  if (heads.length === 0) return [];
  const re = memoRegex(
    'hour-in-part',
    () =>
      /(?<=\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Aa]round|[Aa]bout|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o|[Ss]ince)\s)(?<h>\d{1,2}|[A-Za-z]+)(?::(?<m>[0-5]\d))?(?:\s+o['’]clock)?\s+in\s+the\s+(?<part>morning|afternoon|evening)\b(?![\s-]+(?:session|trade|trading|shift|edition|rush|show|news|papers?)\b)/dy,
  );
  const { numbers } = temporalLexicon();
  // Back from the part of the day over "the", "in", "o'clock" and "4:30" to the hour.
  return scanAround(body, heads, re, 6, (m) => {
    const g = m.groups!;
    const hour = /^\d/.test(g.h!) ? Number(g.h) : numbers.get(g.h!.toLowerCase());
    if (typeof hour !== 'number' || !Number.isInteger(hour) || hour < 1 || hour > 12) return null;
    const clock = (hour % 12) + PART_HOUR_OFFSET[g.part!]!;
    const start = m.index;
    return matchCandidate(m, 2, 'clock-time', (ctx) => {
      const day = dayOfStory(ctx, start);
      return withClockTime(day, clock, g.m ? Number(g.m) : 0, `clock-time:hour-in-part-of-day:${day.rule}`);
    });
  });
}

const DEICTIC_OFFSET: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1 };

/**
 * "by mid-afternoon", "at mid-afternoon yesterday", "until late evening": a part of the day with early, mid or late
 * and no article, after a preposition of time. TimeML keeps the modifier in the extent (the value is the part of
 * the day either way) and a following yesterday/today/tomorrow gives the day; else the story's day.
 */
function modifiedPartsOfDay(body: string, words: WordIndex): Candidate[] {
  const heads = gatedHeadStarts(body, words, MODIFIED_PART_HEAD);
  if (heads.length === 0) return [];
  const re = memoRegex(
    'modified-part',
    () =>
      /(?<=\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Ss]ince|[Ii]n|[Dd]uring)\s)(?:[Mm]id|[Ee]arly|[Ll]ate)[-\s]?(?<part>morning|afternoon|evening)\b(?:\s+(?<deictic>yesterday|today|tomorrow)\b)?/dy,
  );
  const { partsOfDay } = temporalLexicon();
  return scanAround(body, heads, re, 0, (m) => {
    const g = m.groups!;
    const part = partsOfDay.get(g.part!) as PartOfDay;
    const start = m.index;
    return matchCandidate(m, 2, 'part-of-day', (ctx) => {
      if (g.deictic) {
        const day = resolveRelativeUnit(ctx.published, 'day', DEICTIC_OFFSET[g.deictic]!, `deictic:${g.deictic}`);
        return withPartOfDay(day, part, `part-of-day:modified:${day.rule}`);
      }
      const day = dayOfStory(ctx, start);
      return withPartOfDay(day, part, `part-of-day:modified:${day.rule}`);
    });
  });
}

export function clockCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  return [
    ...clockWords(doc.body, words),
    ...zonedMilitaryTimes(doc.body),
    ...bareParts(doc.body, words),
    ...hourInPartOfDay(doc.body, words),
    ...modifiedPartsOfDay(doc.body, words),
  ];
}
