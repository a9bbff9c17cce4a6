/**
 * Helpers for downstream stages (quotes, events) that need a calendar day or a period from a TIMEX3 value.
 */
import { formatDay, lastDayOfMonthOf, makeDay, shiftDays } from './calendar.js';
import { parseISOWeek } from './weeks.js';

const DAY_PREFIX = /^(\d{4}-\d{2}-\d{2})(?:T.*)?$/;

/** The YYYY-MM-DD day of a day-precise value ("2024-01-25TEV" → "2024-01-25"); null for coarser values. */
export function dayOf(value: string): string | null {
  const match = DAY_PREFIX.exec(value);
  return match ? match[1]! : null;
}

export interface DayRange {
  start: string;
  end: string;
}

/**
 * The first and last day a calendar value covers: a day, an ISO week (or its weekend), a month, a quarter,
 * a year. Null for durations, references, seasons and decades, whose edges are a matter of convention.
 */
export function periodOf(value: string): DayRange | null {
  const day = dayOf(value);
  if (day) return { start: day, end: day };
  let m = /^(\d{4})-W(\d{2})(-WE)?$/.exec(value);
  if (m) {
    const monday = parseISOWeek(Number(m[1]), Number(m[2]));
    if (!monday) return null;
    return m[3]
      ? { start: formatDay(shiftDays(monday, 5)), end: formatDay(shiftDays(monday, 6)) }
      : { start: formatDay(monday), end: formatDay(shiftDays(monday, 6)) };
  }
  m = /^(\d{4})-(\d{2})$/.exec(value);
  if (m) {
    const first = makeDay(Number(m[1]), Number(m[2]), 1);
    return first ? { start: formatDay(first), end: formatDay(lastDayOfMonthOf(first)) } : null;
  }
  m = /^(\d{4})-Q([1-4])$/.exec(value);
  if (m) {
    const first = makeDay(Number(m[1]), (Number(m[2]) - 1) * 3 + 1, 1)!;
    const lastMonth = makeDay(Number(m[1]), Number(m[2]) * 3, 1)!;
    return { start: formatDay(first), end: formatDay(lastDayOfMonthOf(lastMonth)) };
  }
  m = /^(\d{4})$/.exec(value);
  if (m) return { start: `${m[1]}-01-01`, end: `${m[1]}-12-31` };
  return null;
}
