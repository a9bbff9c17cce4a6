/**
 * Expressions anchored to an earlier point of the story: "that day", "that year", "at that point", "back
 * then", "a day after the second anniversary"; and spans of a whole unit: "all weekend", "weeklong". The
 * anchor is the last date the article gave (close by, and fine enough for the unit); with none, the span is
 * kept with an unresolved value (unresolved.ts), never dropped and never guessed.
 */
import {
  durationValue,
  periodOf,
  resolveDuration,
  resolveRelativeUnit,
  resolveWeekday,
  resolveWeekend,
  type CalendarUnit,
  type DurationUnit,
  type Resolution,
} from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import {
  candidate,
  gatedHeadStarts,
  matchCandidate,
  memoRegex,
  scanAround,
  scanGated,
  type Candidate,
  type TimexContext,
} from './candidate.js';
import { contextWords, parseAmount, temporalLexicon } from './lexicon.js';
import { patterns, wordBefore } from './patterns.js';
import { unresolved, type UnresolvedGranularity } from './unresolved.js';
import { gatedPattern, type WordIndex } from './words.js';

const THEN_CONNECTIVES = contextWords('then-connectives');

/** How far back (characters) "that day" may find its date: a few sentences. */
const ANCHOR_WINDOW = 600;

const PRECISIONS_FOR: Record<UnresolvedGranularity, Resolution['precision'][]> = {
  day: ['day', 'time'],
  week: ['day', 'time', 'week'],
  month: ['day', 'time', 'week', 'month'],
  quarter: ['day', 'time', 'week', 'month', 'quarter'],
  year: ['day', 'time', 'week', 'month', 'quarter', 'season', 'year'],
};

/** The `unit` (day, week, month, year) that contains the last date given, or an unresolved value. */
function anchoredUnit(ctx: TimexContext, start: number, unit: keyof typeof PRECISIONS_FOR, rule: string): Resolution {
  const previous = ctx.previousDate(start, ANCHOR_WINDOW);
  const first =
    previous && PRECISIONS_FOR[unit].includes(previous.precision) ? periodOf(previous.value)?.start : undefined;
  if (!first) return unresolved(ctx.published, unit, rule);
  const r = resolveRelativeUnit(first, unit as CalendarUnit, 0, `${rule}:previous-date`);
  return { ...r, anchor: first };
}

const THAT_UNIT = gatedPattern(
  'that-unit',
  ['that', 'earlier', 'later'],
  () => /\b(?:(?<mod>[Ee]arlier|[Ll]ater)\s+)?[Tt]hat\s+(?:same\s+)?(?<unit>day|week|month|quarter|year)\b(?![-'’])/dy,
);

/**
 * "that day", "that same day", "that quarter", "that year": the unit of the last date given. "Earlier that day",
 * "later that year" are one expression, as "earlier this week" is (TimeBank writes them whole).
 */
function thatUnit(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, THAT_UNIT, (m) => {
    // "so that day care …", "that day's": a determiner only before a clause break or a verb is too rare to chase.
    const unit = m.groups!.unit as keyof typeof PRECISIONS_FOR;
    const start = m.index;
    const mod = m.groups!.mod ? `+mod:${m.groups!.mod.toLowerCase()}` : '';
    return matchCandidate(m, 2, 'anchored', (ctx) => {
      const r = anchoredUnit(ctx, start, unit, `anaphora:that-${unit}`);
      return mod ? { ...r, rule: r.rule.replace(`that-${unit}`, `that-${unit}${mod}`) } : r;
    });
  });
}

const THE_PREVIOUS_WEEKDAY = gatedPattern(
  'the-previous-weekday',
  ['the'],
  () =>
    new RegExp(
      `\\b[Tt]he\\s+(?<which>previous|preceding|following)\\s+(?<weekday>${patterns().WEEKDAY})\\b(?![-'’])`,
      'dy',
    ),
);

/**
 * "down from the previous Friday", "the following Monday": the weekday before (after) the last day the article
 * gave, else before (after) publication; the rule says which.
 */
function thePreviousWeekday(body: string, words: WordIndex): Candidate[] {
  const { weekdays } = temporalLexicon();
  return scanGated(body, words, THE_PREVIOUS_WEEKDAY, (m) => {
    const g = m.groups!;
    const weekday = weekdays.get(g.weekday!.toLowerCase())!;
    const which = g.which!.toLowerCase();
    const start = m.index;
    return matchCandidate(m, 2, 'anchored', (ctx) => {
      const previous = ctx.previousDate(start, ANCHOR_WINDOW);
      const day = previous && /^\d{4}-\d\d-\d\d/.test(previous.value) ? previous.value.slice(0, 10) : null;
      const anchor = day ?? ctx.published;
      const r = resolveWeekday(anchor, weekday, { way: 'past', cue: which }, which === 'following' ? 'next' : 'last');
      return { ...r, anchor, rule: `anaphora:the-${which}-weekday:${day ? 'previous-date' : 'publication-date'}` };
    });
  });
}

const THAT_POINT = gatedPattern(
  'that-point',
  ['at', 'by', 'until', 'since', 'from', 'before', 'after', 'till'],
  () =>
    /\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Tt]ill|[Ss]ince|[Ff]rom|[Bb]efore|[Aa]fter)\s+(?<span>that\s+(?:point|time|moment|stage|juncture))\b/dy,
);

/** "at that point", "by that time": the last date given, as precise as it was; else unresolved. */
function thatPoint(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, THAT_POINT, (m) => {
    const [start, end] = m.indices!.groups!.span!;
    return candidate(start, end, 2, 'anchored', (ctx) => {
      const previous = ctx.previousDate(start, ANCHOR_WINDOW);
      return previous
        ? { ...previous, rule: 'anaphora:that-point:previous-date' }
        : unresolved(ctx.published, 'day', 'anaphora:that-point');
    });
  });
}

const BACK_THEN = gatedPattern(
  'back-then',
  ['back', 'even', 'before', 'from', 'till', 'then'],
  () => /\b(?:(?:[Bb]ack|[Ee]ven|[Bb]efore|[Ff]rom|[Tt]ill)\s+(?<then>then)\b|(?<final>then)(?=\s*[,.;:!?)”"]))/dy,
);

/** "back then", "before then", "was 12 then.": the last date given; else unresolved. Not "and then", "then-mayor". */
function backThen(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, BACK_THEN, (m) => {
    const g = m.groups!;
    const [start, end] = m.indices!.groups![g.then ? 'then' : 'final']!;
    if (g.final && THEN_CONNECTIVES.has(wordBefore(body, start))) return null;
    if (g.final && /[,;:]\s*$/.test(body.slice(Math.max(0, start - 3), start))) return null; // ", then," is a connective
    return candidate(start, end, 1, 'anchored', (ctx) => {
      const previous = ctx.previousDate(start, ANCHOR_WINDOW);
      return previous
        ? { ...previous, rule: 'anaphora:then-previous-date' }
        : unresolved(ctx.published, 'day', 'anaphora:then');
    });
  });
}

const UNIT_AFTER_EVENT_HEAD = gatedPattern('unit-after-event-head', ['after', 'before'], () => /\b(?:after|before)\b/y);

/**
 * "a day after the second anniversary", "a week before the vote": like "the day after the anniversary", a
 * date one unit from an event the text names but does not date, so the value is unresolved, said in the
 * rule. A counted amount ("five years after the war") stays a duration, as TimeML writes it (the event is
 * linked to it, not dated by it); so does a date that follows ("a day after Christmas": both are read).
 */
function unitsAfterEvent(body: string, words: WordIndex): Candidate[] {
  const { NUMBER } = patterns();
  const re = memoRegex(
    'units-after-event',
    () =>
      new RegExp(
        `\\b(?<num>${NUMBER})\\s+(?<unit>day|week|month|year)\\s+(?<dir>after|before)(?=\\s+(?:the|his|her|their|its|a|an)\\s+\\p{Ll})`,
        'duy',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, UNIT_AFTER_EVENT_HEAD), re, 3, (m) => {
    const g = m.groups!;
    const amount = parseAmount(g.num!);
    if (amount !== 1 || /^\d/.test(g.num!)) return null;
    const unit = temporalLexicon().units.get(g.unit!.toLowerCase()) as keyof typeof PRECISIONS_FOR | undefined;
    if (!unit || !(unit in PRECISIONS_FOR)) return null;
    const dir = g.dir!.toLowerCase();
    return matchCandidate(m, 2, 'anchored', (ctx) =>
      unresolved(ctx.published, unit, `anchored:${durationValue(amount, unit as DurationUnit)}-${dir}-event`),
    );
  });
}

const WHOLE_UNIT = gatedPattern(
  'whole-unit',
  ['all', 'weeklong', 'monthlong', 'yearlong', 'daylong', 'nightlong', 'decadelong'],
  () =>
    /\b(?:[Aa]ll\s+(?<unit>day|night|week|weekend|month|year|morning|afternoon|evening)|(?<closed>[Ww]eeklong|[Mm]onthlong|[Yy]earlong|[Dd]aylong|[Nn]ightlong|[Dd]ecadelong))\b(?![-'’])/dy,
);

const CLOSED_UNITS: Record<string, DurationUnit> = {
  weeklong: 'week',
  monthlong: 'month',
  yearlong: 'year',
  daylong: 'day',
  nightlong: 'night',
  decadelong: 'decade',
};
const WHOLE_PARTS: Record<string, DurationUnit> = { morning: 'hour', afternoon: 'hour', evening: 'hour' };

/** "all weekend" (the weekend the clause means), "all day" (P1D), "weeklong" (P1W). */
function wholeUnits(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, WHOLE_UNIT, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    if (g.unit === 'weekend')
      return matchCandidate(m, 2, 'whole-unit', (ctx) => {
        const r = resolveWeekend(ctx.published, ctx.direction(start, end));
        return { ...r, rule: `all-${r.rule}` };
      });
    if (g.unit && WHOLE_PARTS[g.unit])
      return matchCandidate(m, 2, 'whole-unit', (ctx) =>
        resolveDuration(ctx.published, null, 'hour', `duration:all-${g.unit}`),
      );
    const unit = g.closed ? CLOSED_UNITS[g.closed.toLowerCase()]! : (g.unit as DurationUnit);
    return matchCandidate(m, 2, 'whole-unit', (ctx) =>
      resolveDuration(ctx.published, 1, unit, g.closed ? 'duration:unit-long' : `duration:all-${unit}`),
    );
  });
}

const THE_QUARTER = gatedPattern(
  'the-quarter',
  ['the'],
  () =>
    /\b[Tt]he\s+(?:(?<which>latest|most\s+recent|recent|current|same|comparable|fiscal)\s+)?(?<unit>quarter|period)\b(?!-|\s+of\b)(?<possessive>['’]s\b)?/dy,
);
/** A report's quarter is named a paragraph or two before "the quarter" refers back to it. */
const QUARTER_WINDOW = 1500;

/** "the quarter", "the latest period" in a report about a quarter: that quarter (the last one the article named). */
function theQuarter(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, THE_QUARTER, (m) => {
    const g = m.groups!;
    if (g.unit === 'period' && !g.which) return null; // "the period" alone is too often not a date
    // "the latest quarter's results" names the quarter (the span leaves "'s" out); "the quarter's" alone is too loose.
    if (g.possessive && !g.which) return null;
    const start = m.index;
    const end = start + m[0].length - (g.possessive?.length ?? 0);
    const rule = `anaphora:the-${(g.which ? `${g.which}-` : '').replace(/\s+/g, '-')}${g.unit}`;
    const which = g.which?.toLowerCase().replace(/\s+/g, ' ');
    return candidate(start, end, 1, 'anchored', (ctx) => {
      if (which === 'current') return resolveRelativeUnit(ctx.published, 'quarter', 0, `${rule}:publication-quarter`);
      const latest = which === 'latest' || which === 'most recent' || which === 'recent';
      // "The latest quarter" has been reported, so it had ended: not "the fourth quarter" a forecast named.
      const report = latest ? ctx.reportQuarter(start) : null;
      if (report) return { ...report, rule: `${rule}:report-quarter` };
      const reported = reportedQuarter(ctx, start);
      if (reported) return { ...reported, rule: `${rule}:previous-quarter` };
      if (latest) return resolveRelativeUnit(ctx.published, 'quarter', -1, `${rule}:last-completed`);
      // Without a quarter to refer to, "the period" is no date. "The quarter" of a report with no quarter named
      // is the last one completed before publication, the one news reports on; the rule says it is a default.
      // Other determiners ("the same quarter") keep the span, unresolved.
      if (g.unit === 'period') return null;
      if (which) return unresolved(ctx.published, 'quarter', rule);
      const ending = quarterEndingOn(body.slice(end, end + 40), ctx.published, rule);
      if (ending) return ending;
      // A later date in between ("Earlier this month, … for the quarter") does not change the report's quarter.
      const named = ctx.reportQuarter(start);
      if (named) return { ...named, rule: `${rule}:report-quarter` };
      return resolveRelativeUnit(ctx.published, 'quarter', -1, `${rule}:default-last-completed`);
    });
  });
}

const ENDED_ON = /^\s+(?:ended|ending)\s+(?<month>\p{L}+)\.?\s+(?<day>\d{1,2})\b(?:,?\s+(?<year>\d{4})\b)?/u;
/** Half a quarter, in days: the quarter of the middle month of the three that end on a day. */
const HALF_QUARTER_DAYS = 45;

/**
 * "the quarter ended July 31" with no quarter named before: the three months ending that day, written as the
 * calendar quarter that holds most of them (May to July → Q2), as TimeBank does. The year is written, else the
 * last such day up to publication.
 */
function quarterEndingOn(after: string, published: string, rule: string): Resolution | null {
  const m = ENDED_ON.exec(after);
  const month = m ? temporalLexicon().months.get(m.groups!.month!.toLowerCase()) : undefined;
  if (!m || month === undefined) return null;
  const day = Number(m.groups!.day);
  const pubYear = Number(published.slice(0, 4));
  const sameYear = `${published.slice(0, 4)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  const year = m.groups!.year ? Number(m.groups!.year) : sameYear <= published ? pubYear : pubYear - 1;
  const end = Date.UTC(year, month - 1, day);
  if (Number.isNaN(end) || new Date(end).getUTCDate() !== day) return null;
  const middle = new Date(end - HALF_QUARTER_DAYS * 86_400_000);
  const quarter = Math.floor(middle.getUTCMonth() / 3) + 1;
  const value = `${String(middle.getUTCFullYear()).padStart(4, '0')}-Q${quarter}`;
  return {
    type: 'DATE',
    value,
    anchor: published,
    precision: 'quarter',
    rangeStart: null,
    rangeEnd: null,
    rule: `${rule}:ended-on-date`,
  };
}

/** The quarter a report is about: the last quarter named, or the base of the last year-on-year comparison. */
function reportedQuarter(ctx: TimexContext, start: number): Resolution | null {
  const previous = ctx.previousDate(start, QUARTER_WINDOW);
  const m = previous ? /^(\d{4})-Q([1-4])$/.exec(previous.value) : null;
  if (!previous || !m) return null;
  // Every comparison rule's name ends so ("the year-ago quarter" too): the report's quarter is a year later.
  if (!/-year-before$/.test(previous.rule)) return previous;
  return { ...previous, value: `${String(Number(m[1]) + 1).padStart(4, '0')}-Q${m[2]}` };
}

export function anchoredCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  const body = doc.body;
  return [
    ...thatUnit(body, words),
    ...thePreviousWeekday(body, words),
    ...thatPoint(body, words),
    ...backThen(body, words),
    ...unitsAfterEvent(body, words),
    ...wholeUnits(body, words),
    ...theQuarter(body, words),
  ];
}
