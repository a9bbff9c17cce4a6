import type { UTCDate } from '@date-fns/utc';
import { getISOWeek } from 'date-fns/getISOWeek';
import { getISOWeekYear } from 'date-fns/getISOWeekYear';
import { makeDay, shiftDays, startOfIsoWeek } from './calendar.js';

/** Monday of ISO week `week` of ISO year `year`, or null when that week does not exist. */
export function parseISOWeek(year: number, week: number): UTCDate | null {
  // 4 January is always in ISO week 1.
  const jan4 = makeDay(year, 1, 4)!;
  const monday = shiftDays(startOfIsoWeek(jan4), (week - 1) * 7);
  return getISOWeekYear(monday) === year && getISOWeek(monday) === week ? monday : null;
}
