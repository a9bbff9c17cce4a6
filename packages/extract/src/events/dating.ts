/**
 * Dates for events. An event takes the temporal expression of its own clause (dateSource "clause"); failing
 * that, the nearest earlier anchor in its sentence or paragraph whose tense agrees with the event's status
 * (dateSource "inherited"); failing that, no date. The publication date is never used: an undated event stays
 * undated.
 */
import { itemsWithinList, type EventStatus, type Span, type TimexAnnotation } from '@dossier/core';
import type { DateOrientation } from './status.js';

export interface EventDate {
  dateValue: string;
  dateStart: string | null;
  dateEnd: string | null;
  timex: Span;
}

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

/** Monday of ISO week `week` of ISO year `year`. */
function isoWeekMonday(year: number, week: number): Date {
  const jan4 = new Date(Date.UTC(year, 0, 4));
  const monday = new Date(jan4);
  monday.setUTCDate(jan4.getUTCDate() - ((jan4.getUTCDay() + 6) % 7) + (week - 1) * 7);
  return monday;
}

function addDays(d: Date, n: number): Date {
  const out = new Date(d);
  out.setUTCDate(out.getUTCDate() + n);
  return out;
}

const QUARTER_MONTH: Record<string, number> = { Q1: 0, Q2: 3, Q3: 6, Q4: 9 };

/** First and last day a TIMEX3 date value covers; nulls for values with no calendar extent (PAST_REF, P1W). */
export function valueRange(value: string): { start: string | null; end: string | null } {
  let m = /^(\d{4})-(\d{2})-(\d{2})(T.*)?$/.exec(value);
  if (m) return { start: `${m[1]}-${m[2]}-${m[3]}`, end: `${m[1]}-${m[2]}-${m[3]}` };
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const last = new Date(Date.UTC(+m[1]!, +m[2]!, 0));
    return { start: `${m[1]}-${m[2]}-01`, end: iso(last) };
  }
  m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = isoWeekMonday(+m[1]!, +m[2]!);
    return m[3]
      ? { start: iso(addDays(monday, 5)), end: iso(addDays(monday, 6)) }
      : { start: iso(monday), end: iso(addDays(monday, 6)) };
  }
  m = /^(\d{4})-(Q[1-4])$/.exec(value);
  if (m) {
    const first = QUARTER_MONTH[m[2]!]!;
    return { start: iso(new Date(Date.UTC(+m[1]!, first, 1))), end: iso(new Date(Date.UTC(+m[1]!, first + 3, 0))) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return { start: null, end: null };
}

/** Can this temporal expression date an event? Dates, times, and durations that carry a calendar range. */
export function isDating(t: TimexAnnotation): boolean {
  if (t.type === 'DATE' || t.type === 'TIME') return true;
  return t.type === 'DURATION' && t.rangeStart !== null && t.rangeEnd !== null;
}

export function dateOf(t: TimexAnnotation): EventDate {
  const fromValue = valueRange(t.value);
  return {
    dateValue: t.value,
    dateStart: t.rangeStart ?? fromValue.start,
    dateEnd: t.rangeEnd ?? fromValue.end,
    timex: { start: t.start, end: t.end },
  };
}

/** Whether a date lies before, at or after publication ("FUTURE_REF" → future; "2023-11" → past). */
export function orientationOf(date: EventDate | null, published: string): DateOrientation {
  if (!date) return null;
  if (date.dateValue === 'FUTURE_REF') return 'future';
  if (date.dateValue === 'PAST_REF') return 'past';
  if (date.dateValue === 'PRESENT_REF') return 'present';
  if (date.dateStart && date.dateStart > published) return 'future';
  if (date.dateEnd && date.dateEnd < published) return 'past';
  if (date.dateStart || date.dateEnd) return 'present';
  return null;
}

/** The dating temporal expression nearest to `at` inside `span`, skipping those in `skip` (quotes, terms). */
export function nearestTimex(
  timexes: readonly TimexAnnotation[],
  span: Span,
  at: number,
  skip: (t: TimexAnnotation) => boolean,
): TimexAnnotation | null {
  let best: TimexAnnotation | null = null;
  let bestDistance = Infinity;
  for (const t of itemsWithinList(timexes, span.start, span.end)) {
    if (!isDating(t) || skip(t)) continue;
    const distance = t.start >= at ? t.start - at : at - t.end;
    if (distance < bestDistance) {
      best = t;
      bestDistance = distance;
    }
  }
  return best;
}

/** Statuses that look back at what happened, and those that look ahead. */
const PAST_STATUSES = new Set<EventStatus>(['occurred', 'reported', 'negated']);

/** May an event with this status take a date of this orientation? A planned meeting cannot inherit last week. */
export function compatible(status: EventStatus, orientation: DateOrientation): boolean {
  if (orientation === null) return false;
  if (orientation === 'present') return true;
  return PAST_STATUSES.has(status) ? orientation === 'past' : orientation === 'future';
}
