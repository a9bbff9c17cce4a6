/**
 * Calendar arithmetic for TIMEX3 values. Every date here is a UTCDate (from @date-fns/utc) so that date-fns
 * never consults the machine's time zone: the same article gives the same values on every machine.
 */
import { UTCDate } from '@date-fns/utc';
// One module per function: date-fns' root module re-exports some 300 files, which every worker thread would
// load at start-up.
import { addDays } from 'date-fns/addDays';
import { addMonths } from 'date-fns/addMonths';
import { addWeeks } from 'date-fns/addWeeks';
import { addYears } from 'date-fns/addYears';
import { getISODay } from 'date-fns/getISODay';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { lastDayOfMonth } from 'date-fns/lastDayOfMonth';

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Parses "YYYY-MM-DD" as a UTC calendar day; throws with the offending text when it is not one. */
export function parseDay(day: string): UTCDate {
  const match = ISO_DAY.exec(day);
  const parsed = match ? makeDay(Number(match[1]), Number(match[2]), Number(match[3])) : null;
  if (!parsed) throw new RangeError(`expected a calendar day YYYY-MM-DD, found "${day}"`);
  return parsed;
}

/** Builds a UTC day, or null when the parts do not name a real day (31 February). */
export function makeDay(year: number, month: number, day: number): UTCDate | null {
  // setUTCFullYear, not Date.UTC, which reads years 0–99 as 1900–1999 (an article dated 0050-03-01 is valid).
  const date = new UTCDate(0);
  date.setUTCFullYear(year, month - 1, day);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day ? date : null;
}

// Formatting reads the UTC fields directly: date-fns' format() is correct here too, but it was the slowest
// step of resolution, and these three shapes need no locale.
const pad = (n: number, width: number) => String(n).padStart(width, '0');

export function formatDay(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}-${pad(date.getUTCDate(), 2)}`;
}

export function formatMonth(date: Date): string {
  return `${pad(date.getUTCFullYear(), 4)}-${pad(date.getUTCMonth() + 1, 2)}`;
}

export function formatYear(date: Date): string {
  return pad(date.getUTCFullYear(), 4);
}

/** ISO 8601 week of a day, as TIMEX3 writes it: "2024-W04". */
export function formatIsoWeek(date: Date): string {
  return `${getISOWeekYear(date)}-W${String(getISOWeek(date)).padStart(2, '0')}`;
}

/** 1 = Monday … 7 = Sunday (ISO). */
export function isoWeekday(date: Date): number {
  return getISODay(date);
}

export function shiftDays(date: Date, days: number): UTCDate {
  return new UTCDate(addDays(date, days).getTime());
}
export function shiftWeeks(date: Date, weeks: number): UTCDate {
  return new UTCDate(addWeeks(date, weeks).getTime());
}
export function shiftMonths(date: Date, months: number): UTCDate {
  return new UTCDate(addMonths(date, months).getTime());
}
export function shiftYears(date: Date, years: number): UTCDate {
  return new UTCDate(addYears(date, years).getTime());
}

export function lastDayOfMonthOf(date: Date): UTCDate {
  return new UTCDate(lastDayOfMonth(date).getTime());
}

/** Monday of the ISO week that contains `date`. */
export function startOfIsoWeek(date: Date): UTCDate {
  return shiftDays(date, 1 - isoWeekday(date));
}
