/**
 * chrono-node, trimmed to what it does well and we do not: calendar dates written with a month name or in
 * ISO form ("7 October", "Oct. 7", "October 7, 2023", "2024-01-05", "Jan 5-7"), and clock times ("3 p.m.").
 * Its weekday, casual ("now", "last week") and relative-offset parsers are left out: they ignore tense and
 * read durations as dates ("in a week-long pause" → a date), so our own rules handle those. chrono only
 * recognizes here; the year and direction are decided by our resolvers from the components it actually read
 * (knownValues), never from its implied defaults.
 */
// The English locale alone: the package's root module also loads fifteen other locales (about 270 files),
// which every worker thread would parse at start-up and never use.
import * as en from 'chrono-node/en';
import type { ParsedComponents, ParsedResult } from 'chrono-node';
import {
  resolveMonthDay,
  resolveRelativeUnit,
  resolveWeekday,
  withClockTime,
  withPartOfDay,
  type PartOfDay,
  type Direction,
  type Resolution,
} from '@dossier/normalize';
import type { Span } from '@dossier/core';
import type { Candidate, TimexContext } from './candidate.js';
import { candidate, memoRegex } from './candidate.js';
import { orNearest } from './nearest.js';
import { partOfHours, patterns } from './patterns.js';

const KEEP_PARSERS = new Set([
  'ENMonthNameLittleEndianParser',
  'ENMonthNameMiddleEndianParser',
  'ENYearMonthDayParser',
  'ISOFormatParser',
  'ENTimeExpressionParser',
]);
const KEEP_REFINERS = new Set([
  'OverlapRemovalRefiner',
  'ENMergeDateTimeRefiner',
  // "5 p.m. EST Nov. 9": the zone joins the time, so that the date after it merges with both.
  'ExtractTimezoneAbbrRefiner',
  'ENMergeDateRangeRefiner',
  'UnlikelyFormatFilter',
  'ENUnlikelyFormatFilter',
]);

let parser: en.Chrono | undefined;
export function chronoParser(): en.Chrono {
  if (!parser) {
    const base = en.casual.clone();
    parser = new en.Chrono({
      parsers: base.parsers.filter((p) => KEEP_PARSERS.has(p.constructor.name)),
      refiners: base.refiners.filter((r) => KEEP_REFINERS.has(r.constructor.name)),
    });
  }
  return parser;
}

type Component = 'year' | 'month' | 'day' | 'hour' | 'minute';
export interface KnownValues {
  year?: number;
  month?: number;
  day?: number;
  hour?: number;
  minute?: number;
}

/** The components chrono read from the text, leaving out the ones it filled in by default (its "implied" values). */
export function knownValues(components: ParsedComponents | null | undefined): KnownValues | undefined {
  if (!components) return undefined;
  const out: KnownValues = {};
  for (const key of ['year', 'month', 'day', 'hour', 'minute'] as Component[]) {
    if (components.isCertain(key)) out[key] = components.get(key) ?? undefined;
  }
  return out;
}

const ZONE_AFTER = /^\s*(?:UTC|GMT)\b/;
const WEEKDAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const DAY_AFTER = /^,?\s+(today|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/;
const PARTS: Record<string, PartOfDay> = { morning: 'MO', afternoon: 'AF', evening: 'EV', night: 'NI' };
const PART_BEFORE = /(morning|afternoon|evening|night)\s+of\s+$/i;
/** "early hours of April 17", "morning hours of 7 October". */
const hoursBefore = () =>
  memoRegex('hours-of-before-date', () => new RegExp(`(${patterns().HOURS_OF_DAY})\\s+of\\s+$`));
const WEEKDAY_COMMA = /\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),?\s+$/;

/** The year, of the three around publication, in which month/day falls on `weekday` (1 = Monday), nearest first. */
function yearOfWeekday(published: string, month: number, day: number, weekday: number): number | null {
  const year = Number(published.slice(0, 4));
  for (const y of [year, year + 1, year - 1]) {
    const d = new Date(Date.UTC(y, month - 1, day));
    if (d.getUTCMonth() === month - 1 && ((d.getUTCDay() + 6) % 7) + 1 === weekday) return y;
  }
  return null;
}
const PART_AFTER = /^\s+(morning|afternoon|evening|night)\b/i;

/** A clock time that is only a number after the date ("Jan. 1 at 1"), no colon, a.m./p.m. or o'clock. */
const BARE_HOUR_TAIL = /,?\s+(?:at\s+)?\d{1,2}$/;
const WEEK_OF_BEFORE = /\b[Tt]he\s+week\s+of\s+$/;
const LEADING_WORDS = /^(?:(?:on|in|since|by|from|until|till|at|of|the)\s+)+/i;
const TRAILING = /[\s,.;:]+$/;
/** "Oct." and "a.m." keep their dot; any other trailing dot is sentence punctuation. */
const ABBREVIATION_DOT = /\b(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|[ap]\.m)\.$/i;

/**
 * A cheap gate: chrono runs only on the sentences where one of its parsers could match (a month name, an ISO
 * date, a clock time). On news text this skips most sentences and keeps chrono off the critical path.
 */
const MIGHT_BE_CALENDAR =
  /\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\d{4}-\d\d-\d\d|\d[:.]\d\d|\d\s*[ap]\.?m\b|\bnoon\b|\bmidnight\b/i;

/** Spans of the text that chrono should read: the sentences that pass the gate (the whole text without sentences). */
function gatedSpans(text: string, sentences: readonly Span[]): Span[] {
  if (sentences.length === 0) return MIGHT_BE_CALENDAR.test(text) ? [{ start: 0, end: text.length }] : [];
  return sentences.filter((s) => MIGHT_BE_CALENDAR.test(text.slice(s.start, s.end)));
}

export function chronoCandidates(text: string, published: string, sentences: readonly Span[] = []): Candidate[] {
  const out: Candidate[] = [];
  const instant = new Date(`${published}T12:00:00Z`);
  for (const span of gatedSpans(text, sentences)) {
    for (const r of chronoParser().parse(text.slice(span.start, span.end), { instant, timezone: 0 }))
      addResult(r, span.start);
  }
  return out;

  function addResult(r: ParsedResult, offset: number): void {
    let start: number = offset + r.index;
    let spanText = r.text;
    const lead = LEADING_WORDS.exec(spanText);
    if (lead) {
      start += lead[0].length;
      spanText = spanText.slice(lead[0].length);
    }
    if (!ABBREVIATION_DOT.test(spanText)) spanText = spanText.replace(TRAILING, '');
    if (!spanText) return;
    const known = knownValues(r.start)!;
    const endKnown = knownValues(r.end);
    const hasDate = known.month !== undefined && known.day !== undefined;
    let hasClock = known.hour !== undefined;
    // "after Jan. 1 at 1,015 francs a share": a bare number that goes on as a digit group is an amount, not an hour.
    const bareHour = hasDate && hasClock ? BARE_HOUR_TAIL.exec(spanText) : null;
    if (bareHour && /^[,.]\d/.test(text.slice(start + spanText.length, start + spanText.length + 2))) {
      spanText = spanText.slice(0, bareHour.index);
      hasClock = false;
    }
    if (!hasDate && !hasClock) return;
    // A bare number read as a clock time ("at 5") is too often a count.
    if (!hasDate && !/(?:\d:\d\d|[ap]\.?m\b|o'clock|noon|midnight)/i.test(spanText)) return;
    let end = start + spanText.length;
    // "18:00 UTC", "16:00 GMT today", "12:00 UTC Monday": the zone and a day named right after the time.
    // A zone chrono read into the span ("18:00 GMT Monday"): UTC is written "Z"; other zones are kept as text.
    let utc = hasClock && /\b(?:UTC|GMT)\b/.test(spanText);
    let dayAfter: string | undefined;
    if (hasClock && !hasDate) {
      const zone = ZONE_AFTER.exec(text.slice(end, end + 8));
      if (zone) {
        utc = true;
        end += zone[0].length;
      }
      const day = DAY_AFTER.exec(text.slice(end, end + 14));
      if (day) {
        dayAfter = day[1]!;
        end += day[0].length;
      }
    }
    // "Saturday, April 25": the weekday joins the span and fixes the year (the one nearest publication in
    // which that day is that weekday), whatever the tense says.
    let weekdayBefore: number | undefined;
    if (hasDate && known.year === undefined) {
      const w = WEEKDAY_COMMA.exec(text.slice(Math.max(0, start - 12), start));
      if (w) {
        weekdayBefore = WEEKDAYS.indexOf(w[1]!) + 1;
        start -= w[0].length;
      }
    }
    // "the morning of 7 October", "7 October evening": a part of day around a written date.
    let part: PartOfDay | undefined;
    // "the week of March 6": the ISO week that holds the day (TimeML's value).
    const weekOf = hasDate && !hasClock ? WEEK_OF_BEFORE.exec(text.slice(Math.max(0, start - 14), start)) : null;
    if (weekOf) start -= weekOf[0].length;
    if (hasDate && !hasClock && !weekOf) {
      const hours = hoursBefore().exec(text.slice(Math.max(0, start - 40), start));
      const before = hours ? null : PART_BEFORE.exec(text.slice(Math.max(0, start - 30), start));
      const after = PART_AFTER.exec(text.slice(end, end + 20));
      if (hours) {
        part = partOfHours(hours[1]!);
        start -= hours[0].length;
      } else if (before) {
        part = PARTS[before[1]!.toLowerCase()];
        start -= before[0].length;
      } else if (after) {
        part = PARTS[after[1]!.toLowerCase()];
        end += after[0].length;
      }
    }
    out.push(
      candidate(start, end, 2, 'chrono', (ctx: TimexContext): Resolution | null => {
        const direction = ctx.direction(start, end);
        let day: Resolution | null;
        if (hasDate) {
          const year = weekdayBefore ? yearOfWeekday(ctx.published, known.month!, known.day!, weekdayBefore) : null;
          day = resolveMonthDay(
            ctx.published,
            known.month!,
            known.day!,
            known.year ?? year,
            known.year === undefined && !namesPastEvent(text, start, end, direction)
              ? orNearest(direction, ctx.published, known.month!, known.day!)
              : direction,
          );
          if (day && year !== null) day = { ...day, rule: 'chrono+month-day:year-of-weekday' };
          else if (day && known.year === undefined) day = { ...day, rule: `chrono+${day.rule}` };
        } else if (dayAfter) {
          day =
            dayAfter.toLowerCase() === 'today'
              ? resolveRelativeUnit(ctx.published, 'day', 0, 'clock-time:today')
              : resolveWeekday(ctx.published, WEEKDAYS.indexOf(dayAfter) + 1, direction);
        } else {
          // A clock time with no day of its own: the sentence's day, else the day the story is about, else
          // publication day ("the strikes started at 1:05 a.m." in a story of the day before).
          const sentenceDay = ctx.sentenceDay(start);
          const narrativeDay = sentenceDay ? null : ctx.narrativeDay(start);
          const [value, source] = sentenceDay
            ? [sentenceDay, 'sentence-date']
            : narrativeDay
              ? [narrativeDay, 'narrative-date']
              : [ctx.published, 'default-publication-date'];
          day = {
            type: 'DATE',
            value,
            anchor: value,
            precision: 'day',
            rangeStart: null,
            rangeEnd: null,
            rule: `clock-time:${source}`,
          };
        }
        if (!day) return null;
        if (hasClock) day = withClockTime(day, known.hour!, known.minute ?? 0);
        if (hasClock && utc) day = { ...day, value: `${day.value}Z` };
        if (part) day = withPartOfDay(day, part);
        if (weekOf)
          day = { ...resolveRelativeUnit(day.value, 'week', 0, `${day.rule}+week-of`), anchor: ctx.published };
        if (endKnown?.month !== undefined && endKnown.day !== undefined && hasDate) {
          const last = resolveMonthDay(
            ctx.published,
            endKnown.month,
            endKnown.day,
            endKnown.year ?? (Number(day.value.slice(0, 4)) || null),
            direction,
          );
          if (last && last.value >= day.value.slice(0, 10))
            day = { ...day, rangeStart: day.value.slice(0, 10), rangeEnd: last.value, rule: `${day.rule}+range` };
        }
        return day;
      }),
    );
  }
}

/**
 * "the Oct. 7 attacks", "the April 22 attack": a date naming an event, in a clause told in the past. The event
 * has happened, however far back, so the past tense keeps it there (the nearer occurrence may be ahead).
 */
function namesPastEvent(text: string, start: number, end: number, direction: Direction): boolean {
  if (direction.way !== 'past' || direction.cue.startsWith('default-')) return false;
  return /\b[Tt]he\s+$/.test(text.slice(Math.max(0, start - 5), start)) && /^\s+\p{Ll}/u.test(text.slice(end, end + 3));
}
