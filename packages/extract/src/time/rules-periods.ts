/**
 * Periods and deictic words whose value is relative to publication: seasons, quarters, halves, "this/last/next
 * week|month|year", "the weekend", "today", "last night", "year-earlier".
 */
import {
  resolveQuarter,
  resolveRelativeUnit,
  resolveSeason,
  resolveWeekend,
  withPartOfDay,
  type CalendarUnit,
  type Resolution,
} from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import {
  candidate,
  gatedHeadStarts,
  headStarts,
  memoRegex,
  scan,
  scanAround,
  scanGated,
  groupStart,
  type Candidate,
  type TimexContext,
} from './candidate.js';
import { contextWords, temporalLexicon } from './lexicon.js';
import { capAlternation, modRule, patterns, wordBefore } from './patterns.js';
import { sameQuarterYearBefore } from './comparisons.js';
import { insideQuote } from './narrative.js';
import { sentenceAt } from './tokens.js';
import { gatedPattern, wordSet, type WordIndex } from './words.js';

const SEASON_HEAD = gatedPattern(
  'season-head',
  ['spring', 'summer', 'autumn', 'fall', 'winter'],
  () => /\b(?:spring|summer|autumn|fall|winter)\b/iy,
);
const RELATIVE_UNIT_HEAD = gatedPattern(
  'relative-unit-head',
  ['week', 'weekend', 'month', 'year', 'quarter', 'decade'],
  () => /\b(?:week|weekend|month|year|quarter|decade)\b/y,
);
const WEEKEND = wordSet('weekend', ['weekend']);
const DEICTIC_DAY_HEAD = gatedPattern(
  'deictic-day-head',
  ['today', 'tonight', 'yesterday', 'tomorrow', 'morning', 'afternoon', 'evening', 'night'],
  () => /\b(?:[Tt]oday|[Tt]onight|[Yy]esterday|[Tt]omorrow|morning|afternoon|evening|night)\b/y,
);
const HALF = wordSet('half', ['half']);
const PREPOSITIONS_OF_TIME = contextWords('quarter-label-context');
const HALF_HEAD = gatedPattern('half-head', ['half'], () => /\bhalf\b/y);
const YEAR_EARLIER = gatedPattern(
  'year-earlier',
  ['year'],
  () =>
    /\b[Yy]ear[-\s](?:earlier|ago)\b(?!\s*[,.;:]|\s+(?:and|but|when|that|the|a|an|this|in|on)\b)(?<noun>\s+(?:quarter|period)\b)?/dy,
);

const ARTICLE_BEFORE = /\b[Tt]he\s$/;

function seasons(body: string, words: WordIndex): Candidate[] {
  const { SEASON, PERIOD_PREFIX } = patterns();
  const { seasons: seasonCodes } = temporalLexicon();
  const re = memoRegex(
    'season',
    () =>
      new RegExp(
        `\\b(?:${PERIOD_PREFIX})?(?:(?<det>${capAlternation(['this', 'last', 'next', 'the', 'in the', 'this past', 'this coming'])})\\s+)?(?<season>${SEASON})\\b(?:\\s+(?:of\\s+)?(?<year>(?:19|20)\\d\\d)\\b)?`,
        'yd',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, SEASON_HEAD), re, 5, (m) => {
    const g = m.groups!;
    const det = g.det?.toLowerCase().replace(/\s+/g, ' ');
    if (!det && !g.year && !g.mod) return null;
    if (g.season === 'fall' && !g.year && !['this', 'last', 'next', 'this past', 'this coming'].includes(det ?? ''))
      return null;
    const code = seasonCodes.get(g.season!.toLowerCase())!;
    // "the early summer": with early/mid/late the article joins the span, as with "the late 1970s".
    const the =
      g.mod && !det && /^(?:early|mid|late)$/i.test(g.mod)
        ? ARTICLE_BEFORE.exec(body.slice(Math.max(0, m.index - 4), m.index))
        : null;
    const start = the ? m.index - the[0].length : det === 'in the' && !g.mod ? groupStart(m, 0) + 3 : m.index;
    const end = m.index + m[0].length;
    const modifier =
      det === 'this' ? 'this' : det === 'last' ? 'last' : det === 'next' || det === 'this coming' ? 'next' : null;
    return candidate(start, end, 1, 'season', (ctx) => {
      // "this past spring" is the most recent one, this year's in October; "last spring" the year before's, as
      // TimeBank reads them.
      const direction = det === 'this past' ? { way: 'past' as const, cue: 'this-past' } : ctx.direction(start, end);
      const r = resolveSeason(ctx.published, code, g.year ? Number(g.year) : null, modifier, direction);
      return { ...r, rule: r.rule + modRule(g.mod) };
    });
  });
}

const UNIT_OF: Record<string, CalendarUnit> = {
  day: 'day',
  week: 'week',
  weekend: 'weekend',
  month: 'month',
  quarter: 'quarter',
  year: 'year',
  decade: 'decade',
};

/** "this week", "earlier this week", "last month", "next year", "the end of this year", "the coming week". */
function relativeUnits(body: string, words: WordIndex): Candidate[] {
  const { PERIOD_PREFIX } = patterns();
  const re = memoRegex(
    'relative-unit',
    () =>
      new RegExp(
        `\\b(?:${PERIOD_PREFIX})?(?:(?<rel>${capAlternation(['earlier', 'later'])})\\s+)?(?<det>${capAlternation(['this', 'last', 'next', 'the coming', 'this coming', 'this past', 'the current', 'the'])})\\s+(?:(?:fiscal|financial|calendar)\\s+)?(?<unit>week|weekend|month|year|quarter|decade)\\b`,
        'yd',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, RELATIVE_UNIT_HEAD), re, 6, (m) => {
    const g = m.groups!;
    const det = g.det!.toLowerCase().replace(/\s+/g, ' ');
    // "the last week", "the last year": a duration, handled with the past periods.
    if (det === 'last' && wordBefore(body, m.index) === 'the') return null;
    // "the year" alone is anaphoric or generic; "the end of the year" is the current one.
    if (det === 'the' && !g.mod) return null;
    const offset =
      det === 'last' || det === 'this past'
        ? -1
        : det === 'next' || det === 'the coming' || det === 'this coming'
          ? 1
          : 0;
    const unit = UNIT_OF[g.unit!]!;
    const start = m.index;
    const end = start + m[0].length;
    const rule = `relative:${det.replace(/ /g, '-')}-${g.unit}${g.rel ? `+${g.rel.toLowerCase()}` : ''}${modRule(g.mod)}`;
    return candidate(start, end, 1, 'relative', (ctx) => resolveRelativeUnit(ctx.published, unit, offset, rule));
  });
}

/** "the weekend", "over the weekend": past unless the clause points forward. */
function weekends(body: string, words: WordIndex): Candidate[] {
  // The pattern needs this word: most bodies lack it and are not scanned.
  if (!words.has(WEEKEND)) return [];
  return scan(body, /\b(?:[Oo]ver\s+)?(?:[Tt]he)\s+weekend\b/dg, (m) => {
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 1, 'weekend', (ctx) => resolveWeekend(ctx.published, ctx.direction(start, end)));
  });
}

const DEICTIC_DAYS: Record<string, number> = {
  today: 0,
  tonight: 0,
  yesterday: -1,
  tomorrow: 1,
  'the day before yesterday': -2,
  'the day after tomorrow': 2,
};

/** today, tonight, yesterday morning, tomorrow, this evening, last night. */
function deicticDays(body: string, words: WordIndex): Candidate[] {
  const { PART_OF_DAY } = patterns();
  const { partsOfDay } = temporalLexicon();
  const re = memoRegex(
    'deictic-day',
    () =>
      new RegExp(
        `\\b(?:(?:(?<dmod>${capAlternation(['earlier', 'later', 'early', 'late'])})\\s+)?(?<day>${capAlternation(['the day before yesterday', 'the day after tomorrow', 'today', 'tonight', 'yesterday', 'tomorrow'])})(?:\\s+(?<part>${PART_OF_DAY})\\b)?|(?<this>${capAlternation(['this', 'last'])})\\s+(?<part2>${PART_OF_DAY})\\b)`,
        'yd',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, DEICTIC_DAY_HEAD), re, 4, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.day && !g.dmod && isTitleWord(body, start, g.day)) return null;
    let offset: number;
    let part: string | undefined;
    if (g.day) {
      const day = g.day.toLowerCase().replace(/\s+/g, ' ');
      offset = DEICTIC_DAYS[day]!;
      part = day === 'tonight' ? 'NI' : g.part ? partsOfDay.get(g.part.toLowerCase()) : undefined;
    } else {
      const isLast = g.this!.toLowerCase() === 'last';
      // "last night" is the night before; "last morning" is not said.
      if (isLast && g.part2 !== 'night') return null;
      offset = isLast ? -1 : 0;
      part = partsOfDay.get(g.part2!.toLowerCase());
    }
    const rule = `deictic:${m[0]
      .toLowerCase()
      .replace(/^(?:earlier|later|early|late)\s+/, '')
      .replace(/\s+/g, '-')}${g.dmod ? `+mod:${g.dmod.toLowerCase()}` : ''}`;
    return candidate(start, end, 2, 'deictic', (ctx) => {
      // A quote's "today" is the day it was said: the day the story is about, which may be before publication.
      // When the attribution names its own day ("…today,” she said on Monday), that day decides, not the story's.
      const quoted = insideQuote(body, start) && !attributionNamesADay(ctx, start) ? ctx.narrativeDay(start) : null;
      const r = quoted
        ? { ...resolveRelativeUnit(quoted, 'day', offset, `${rule}:quoted-narrative-date`), anchor: quoted }
        : resolveRelativeUnit(ctx.published, 'day', offset, rule);
      return part ? withPartOfDay(r, part as 'NI', rule) : r;
    });
  });
}

/**
 * "USA Today", "the Today show", "NBC's Today programme": a capitalized Today or Tonight inside a sentence, after
 * an acronym, "the" or a possessive, is part of a name (a newspaper or a programme), not a day.
 */
function isTitleWord(body: string, start: number, day: string): boolean {
  if (!/^T(?:oday|onight)$/.test(day)) return false;
  const before = body.slice(Math.max(0, start - 12), start);
  return /(?:\b\p{Lu}{2,}|\b[Tt]he|\p{L}['’]s)\s$/u.test(before);
}

/** True when the sentence goes on, after `start`, to name a weekday (the attribution's own day). */
function attributionNamesADay(ctx: TimexContext, start: number): boolean {
  const sentence = sentenceAt(ctx.doc, start);
  const rest = ctx.doc.body.slice(start, sentence ? sentence.end : start + 200);
  return memoRegex('weekday-word', () => new RegExp(`\\b(?:${patterns().WEEKDAY})\\b`)).test(rest);
}

const QUARTER_NUMBERS: Record<string, number> = {
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
};

/** "the third quarter", "third-quarter results", "the first quarter of 2009", "Q3 2024", "the last quarter". */
function quarters(body: string): Candidate[] {
  const re = memoRegex(
    'quarter',
    () =>
      /(?:(?:[Tt]he\s+)?(?:(?<yearBefore>(?:19|20)\d\d)\s+|(?<relBefore>[Tt]his|[Ll]ast|[Nn]ext)\s+year['’]s\s+|(?<ago>year-ago|year-earlier)\s+)?(?:fiscal[\s-]+)?(?<ord>[Ff]irst|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]inal|[Ll]ast|1st|2nd|3rd|4th)[\s-]+quarter|\bQ(?<q>[1-4]))\b(?:,?\s+(?:of\s+)?(?:(?<year>(?:19|20)\d\d)\b|(?:(?<rel>this|last|next)\s+year)\b))?/dy,
  );
  // Not gated: "quarter\b" also matches inside a word ("headquarter").
  return scanAround(
    body,
    headStarts(
      body,
      memoRegex('quarter-head', () => /quarter\b|\bQ[1-4]\b/g),
    ),
    re,
    5,
    (m) => {
      const g = m.groups!;
      // "Q3" alone is too often a label, except as the object of a preposition of time ("the GDP report for Q1").
      if (g.q && !g.year && !g.rel && !PREPOSITIONS_OF_TIME.has(wordBefore(body, m.index))) return null;
      // "the third-quarter loss": a hyphenated quarter is an adjective, and "the" belongs to the noun it modifies.
      const adjectiveThe = /^[Tt]he\s+(?=(?:fiscal[\s-]+)?\S+-quarter$)/.exec(m[0]);
      const start = m.index + (adjectiveThe?.[0].length ?? 0);
      const end = m.index + m[0].length;
      const ord = g.ord?.toLowerCase();
      // Priority 3 beats the past-period reading of "the last quarter".
      return candidate(start, end, 3, 'quarter', (ctx) => {
        if (ord === 'last' && !g.year && !g.rel && !g.yearBefore && !g.relBefore && !g.ago)
          return resolveRelativeUnit(ctx.published, 'quarter', -1, 'quarter:last-completed');
        const n = g.q ? Number(g.q) : ord === 'last' ? 4 : QUARTER_NUMBERS[ord!]!;
        // "next year's first quarter", "the 1988 second quarter": the year written before the quarter.
        const rel = (g.rel ?? g.relBefore)?.toLowerCase();
        const writtenYear = g.year ?? g.yearBefore;
        const year = writtenYear
          ? Number(writtenYear)
          : rel
            ? Number(ctx.published.slice(0, 4)) + (rel === 'last' ? -1 : rel === 'next' ? 1 : 0)
            : null;
        const r = resolveQuarter(ctx.published, n, year, ctx.direction(start, end));
        // "the year-ago third quarter": that quarter of the year before the one the report is about.
        if (g.ago)
          return { ...r, value: `${Number(r.value.slice(0, 4)) - 1}${r.value.slice(4)}`, rule: `quarter:${g.ago}` };
        return rel ? { ...r, rule: `quarter:${rel}-year` } : r;
      });
    },
  );
}

/**
 * "the first half of 2024", "the second half of this year" → 2024-H1 / H2; "the second half of the year" is
 * the year the sentence names, else the publication year (said in the rule).
 */
function halves(body: string, words: WordIndex): Candidate[] {
  // The pattern needs this word: most bodies lack it and are not scanned.
  if (!words.has(HALF)) return [];
  const re = memoRegex(
    'half',
    () =>
      /(?:[Tt]he\s+)?(?<ord>first|second|last|latter)[\s-]+half(?:\s+of\s+(?:(?<year>(?:19|20)\d\d)\b|(?<rel>this|last|next|the)\s+year\b))/dy,
  );
  return scanAround(body, gatedHeadStarts(body, words, HALF_HEAD), re, 2, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    // "the last half of 1989", "the latter half of this year" are the second half.
    const half = g.ord === 'first' ? 'H1' : 'H2';
    return candidate(start, end, 2, 'half', (ctx) => {
      const told = g.rel === 'the' ? yearOfSentence(ctx, start) : null;
      const year = g.year
        ? Number(g.year)
        : (told ?? Number(ctx.published.slice(0, 4)) + (g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0));
      const rule = g.year
        ? 'half-year:explicit'
        : g.rel === 'the'
          ? `half-year:the-year:${told === null ? 'publication-year' : 'sentence-year'}`
          : `half-year:${g.rel}-year`;
      return halfOfYear(year, half, ctx.published, rule);
    });
  });
}

/** A half of a year, as TimeML writes it ("1990-H2"), at the precision of a quarter. */
function halfOfYear(year: number, half: 'H1' | 'H2', published: string, rule: string) {
  return {
    type: 'DATE' as const,
    value: `${year}-${half}`,
    anchor: published,
    precision: 'quarter' as const,
    rangeStart: null,
    rangeEnd: null,
    rule,
  };
}

const TWO_QUARTERS = gatedPattern(
  'two-quarters',
  ['first', 'last', 'final'],
  () =>
    /\b(?<ord>[Ff]irst|[Ll]ast|[Ff]inal)\s+two\s+quarters\s+of\s+(?:(?<year>(?:19|20)\d\d)\b|(?<rel>this|last|next)\s+year\b)/dy,
);

/** "the first two quarters of 1990", "the last two quarters of next year": a half of that year, as TimeML writes it. */
function twoQuarterHalves(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, TWO_QUARTERS, (m) => {
    const g = m.groups!;
    const start = m.index - (ARTICLE_BEFORE.exec(body.slice(Math.max(0, m.index - 4), m.index))?.[0].length ?? 0);
    const end = m.index + m[0].length;
    const half = g.ord!.toLowerCase() === 'first' ? 'H1' : 'H2';
    return candidate(start, end, 2, 'half', (ctx) => {
      const offset = g.rel === 'last' ? -1 : g.rel === 'next' ? 1 : 0;
      const year = g.year ? Number(g.year) : Number(ctx.published.slice(0, 4)) + offset;
      const rule = g.year ? 'half-year:two-quarters:explicit' : `half-year:two-quarters:${g.rel}-year`;
      return halfOfYear(year, half, ctx.published, rule);
    });
  });
}

/** The year of a date given earlier in the sentence ("in 2019 … the second half of the year"), or null. */
function yearOfSentence(ctx: TimexContext, start: number): number | null {
  const sentence = sentenceAt(ctx.doc, start);
  const previous = sentence ? ctx.previousDate(start, start - sentence.start) : null;
  return previous && /^\d{4}/.test(previous.value) ? Number(previous.value.slice(0, 4)) : null;
}

/** The determiner (and a word of comparison) before "year-ago quarter". */
const THE_BEFORE = /\b[Tt]he\s+(?:(?:comparable|corresponding|same)\s+)?$/;

/** "the year-ago quarter" in a report that names no quarter: the last completed quarter, a year back. */
function lastCompletedQuarterYearBefore(published: string): Resolution {
  const last = resolveRelativeUnit(published, 'quarter', -1, 'relative:year-ago-quarter:last-completed-year-before');
  return { ...last, value: `${String(Number(last.value.slice(0, 4)) - 1).padStart(4, '0')}${last.value.slice(4)}` };
}

/** "the year-earlier quarter", "year-ago levels": the year before publication, as an adjective. */
function yearEarlier(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, YEAR_EARLIER, (m) => {
    const end = m.index + m[0].length;
    // "a year ago" is read by the ago rule; "a year-earlier loss" is the adjective.
    if (wordBefore(body, m.index) === 'a' && !/^[Yy]ear-/.test(m[0])) return null;
    // "the year-ago quarter", "the comparable year-earlier period": TimeML's span is the whole noun phrase.
    const determiner = m.groups!.noun ? THE_BEFORE.exec(body.slice(Math.max(0, m.index - 30), m.index)) : null;
    const start = m.index - (determiner?.[0].length ?? 0);
    const isQuarter = m.groups!.noun?.trim() === 'quarter';
    return candidate(
      start,
      end,
      1,
      'year-earlier',
      (ctx) =>
        sameQuarterYearBefore(ctx, start, 'relative:year-earlier-adjective') ??
        (isQuarter ? lastCompletedQuarterYearBefore(ctx.published) : null) ??
        resolveRelativeUnit(ctx.published, 'year', -1, 'relative:year-earlier-adjective'),
    );
  });
}

export function periodCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  const body = doc.body;
  return [
    ...yearEarlier(body, words),
    ...quarters(body),
    ...halves(body, words),
    ...twoQuarterHalves(body, words),
    ...seasons(body, words),
    ...relativeUnits(body, words),
    ...weekends(body, words),
    ...deicticDays(body, words),
  ];
}
