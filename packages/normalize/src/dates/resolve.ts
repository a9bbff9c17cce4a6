/**
 * Resolvers: each turns one kind of temporal expression plus an anchor day into a TIMEX3 value, and names
 * the rule that decided it. Pure functions over "YYYY-MM-DD" strings; the arithmetic is date-fns in UTC.
 */
import {
  formatDay,
  formatIsoWeek,
  formatMonth,
  formatYear,
  isoWeekday,
  lastDayOfMonthOf,
  makeDay,
  parseDay,
  shiftDays,
  shiftMonths,
  shiftWeeks,
  shiftYears,
  startOfIsoWeek,
} from './calendar.js';
import type { CalendarUnit, Direction, DurationUnit, PartOfDay, Resolution, Season } from './types.js';

function date(
  anchor: string,
  value: string,
  precision: Resolution['precision'],
  rule: string,
  range?: [string, string],
): Resolution {
  return { type: 'DATE', value, anchor, precision, rangeStart: range?.[0] ?? null, rangeEnd: range?.[1] ?? null, rule };
}

/**
 * A weekday (1 = Monday … 7 = Sunday). "last"/"next" look strictly before/after the anchor; "this" stays in
 * the anchor's ISO week; otherwise the direction decides, counting the anchor day itself (news style writes
 * "Thursday" for the day of publication).
 */
export function resolveWeekday(
  anchor: string,
  weekday: number,
  direction: Direction,
  modifier: 'last' | 'next' | 'this' | null = null,
): Resolution {
  const a = parseDay(anchor);
  const delta = weekday - isoWeekday(a);
  let day: Date;
  let rule: string;
  if (modifier === 'this') {
    day = shiftDays(a, delta);
    rule = 'weekday:this-week';
  } else if (modifier === 'last') {
    day = shiftDays(a, delta < 0 ? delta : delta - 7);
    rule = 'weekday:last';
  } else if (modifier === 'next') {
    day = shiftDays(a, delta > 0 ? delta : delta + 7);
    rule = 'weekday:next';
  } else if (direction.way === 'future') {
    day = shiftDays(a, delta >= 0 ? delta : delta + 7);
    rule = `weekday:${direction.cue}`;
  } else {
    day = shiftDays(a, delta <= 0 ? delta : delta - 7);
    rule = `weekday:${direction.cue}`;
  }
  return date(anchor, formatDay(day), 'day', rule);
}

/** A month and day, with the year when written; otherwise the nearest such day in the direction given. */
export function resolveMonthDay(
  anchor: string,
  month: number,
  day: number,
  year: number | null,
  direction: Direction,
): Resolution | null {
  if (year !== null) {
    const d = makeDay(year, month, day);
    return d ? date(anchor, formatDay(d), 'day', 'date:explicit') : null;
  }
  const a = parseDay(anchor);
  let d = makeDay(a.getUTCFullYear(), month, day);
  if (!d) {
    // 29 February: look one year in the direction given (or the leap year around it).
    const y = a.getUTCFullYear() + (direction.way === 'future' ? 1 : -1);
    d = makeDay(y, month, day) ?? makeDay(y + (direction.way === 'future' ? 3 : -3), month, day);
    if (!d) return null;
  }
  const iso = formatDay(d);
  if (direction.way === 'future' && iso < anchor) d = shiftYears(d, 1);
  if (direction.way === 'past' && iso > anchor) d = shiftYears(d, -1);
  return date(anchor, formatDay(d), 'day', `month-day:${direction.cue}`);
}

/** A month name, with its year when written; otherwise the nearest such month in the direction given. */
export function resolveMonth(anchor: string, month: number, year: number | null, direction: Direction): Resolution {
  if (year !== null) return date(anchor, `${year}-${String(month).padStart(2, '0')}`, 'month', 'month:explicit-year');
  const a = parseDay(anchor);
  const anchorMonth = a.getUTCMonth() + 1;
  let y = a.getUTCFullYear();
  if (direction.way === 'future' && month < anchorMonth) y += 1;
  if (direction.way === 'past' && month > anchorMonth) y -= 1;
  return date(anchor, `${y}-${String(month).padStart(2, '0')}`, 'month', `month:${direction.cue}`);
}

/** "today", "this week", "last month", "next year": the anchor's unit shifted by `offset` units. */
export function resolveRelativeUnit(anchor: string, unit: CalendarUnit, offset: number, rule: string): Resolution {
  const a = parseDay(anchor);
  switch (unit) {
    case 'day':
      return date(anchor, formatDay(shiftDays(a, offset)), 'day', rule);
    case 'week':
      return date(anchor, formatIsoWeek(shiftWeeks(a, offset)), 'week', rule);
    case 'weekend':
      return date(anchor, `${formatIsoWeek(shiftWeeks(a, offset))}-WE`, 'week', rule);
    case 'month':
      return date(anchor, formatMonth(shiftMonths(a, offset)), 'month', rule);
    case 'quarter': {
      const shifted = shiftMonths(a, offset * 3);
      return date(anchor, `${formatYear(shifted)}-Q${Math.floor(shifted.getUTCMonth() / 3) + 1}`, 'quarter', rule);
    }
    case 'year':
      return date(anchor, formatYear(shiftYears(a, offset)), 'year', rule);
    case 'decade':
      return date(anchor, formatYear(shiftYears(a, offset * 10)).slice(0, 3), 'decade', rule);
  }
}

/**
 * "the weekend" without "this/last/next": past unless the sentence points forward. A weekend not yet over
 * (publication on Saturday or Sunday) is the current one.
 */
export function resolveWeekend(anchor: string, direction: Direction): Resolution {
  const wd = isoWeekday(parseDay(anchor));
  const inWeekend = wd >= 6;
  const offset = inWeekend || direction.way === 'future' ? 0 : -1;
  return resolveRelativeUnit(anchor, 'weekend', offset, `weekend:${direction.cue}`);
}

/** The first and last year a TIMEX3 calendar value can write with four digits. */
const FIRST_YEAR = 1;
const LAST_YEAR = 9999;

function inCalendar(date: Date): boolean {
  const y = date.getUTCFullYear();
  return y >= FIRST_YEAR && y <= LAST_YEAR;
}

/** Length in years of a year-or-longer unit, for the far-off check; 0 for shorter units. */
const YEARS_PER_UNIT: Partial<Record<DurationUnit, number>> = { year: 1, decade: 10, century: 100, millennium: 1000 };

/**
 * "71,000 years ago", "a million years from now": a point beyond the years TIMEX3 writes with four digits.
 * It is PAST_REF or FUTURE_REF, and the rule keeps the amount as a duration ("ago:beyond-calendar(P71000Y)"),
 * so the row stays honest and nothing of what the text said is lost.
 */
function beyondCalendar(anchor: string, amount: number, unit: DurationUnit, sign: -1 | 1): Resolution {
  const rule = `${sign < 0 ? 'ago' : 'from-now'}:beyond-calendar(${durationValue(amount, unit)})`;
  return reference(anchor, sign < 0 ? 'PAST_REF' : 'FUTURE_REF', rule);
}

/**
 * "two weeks ago": the unit that contains anchor − n units, at that unit's precision. Years and longer units
 * count whole years from the anchor's year, so that "500 years ago" is a year and "71,000 years ago" (before
 * year 1) is PAST_REF with the amount kept in the rule (see beyondCalendar).
 */
export function resolveAgo(anchor: string, amount: number, unit: DurationUnit, sign: -1 | 1 = -1): Resolution | null {
  const a = parseDay(anchor);
  const rule = sign < 0 ? 'ago:anchor-minus' : 'from-now:anchor-plus';
  const yearsPerUnit = YEARS_PER_UNIT[unit];
  if (yearsPerUnit !== undefined) {
    const year = a.getUTCFullYear() + sign * Math.round(amount * yearsPerUnit);
    if (!Number.isFinite(year) || year < FIRST_YEAR || year > LAST_YEAR)
      return beyondCalendar(anchor, amount, unit, sign);
    return date(anchor, String(year).padStart(4, '0'), 'year', rule);
  }
  let shifted: Date;
  let precision: Resolution['precision'];
  switch (unit) {
    case 'day':
    case 'night':
      [shifted, precision] = [shiftDays(a, sign * amount), 'day'];
      break;
    case 'week':
      [shifted, precision] = [shiftWeeks(a, sign * amount), 'week'];
      break;
    case 'fortnight':
      [shifted, precision] = [shiftWeeks(a, sign * amount * 2), 'week'];
      break;
    case 'month':
      [shifted, precision] = [shiftMonths(a, sign * amount), 'month'];
      break;
    case 'quarter':
      [shifted, precision] = [shiftMonths(a, sign * amount * 3), 'month'];
      break;
    default:
      return null; // "three hours ago" needs a clock time we do not have
  }
  if (Number.isNaN(shifted.getTime()) || !inCalendar(shifted)) return beyondCalendar(anchor, amount, unit, sign);
  const value =
    precision === 'day' ? formatDay(shifted) : precision === 'week' ? formatIsoWeek(shifted) : formatMonth(shifted);
  return date(anchor, value, precision, rule);
}

const DURATION_CODE: Record<DurationUnit, { time: boolean; code: string; factor: number }> = {
  second: { time: true, code: 'S', factor: 1 },
  minute: { time: true, code: 'M', factor: 1 },
  hour: { time: true, code: 'H', factor: 1 },
  day: { time: false, code: 'D', factor: 1 },
  night: { time: false, code: 'D', factor: 1 },
  week: { time: false, code: 'W', factor: 1 },
  fortnight: { time: false, code: 'W', factor: 2 },
  month: { time: false, code: 'M', factor: 1 },
  quarter: { time: false, code: 'Q', factor: 1 },
  year: { time: false, code: 'Y', factor: 1 },
  // Decades and centuries in years, as the annotation guidelines write them ("decades" → PXY, "a decade" → P10Y).
  decade: { time: false, code: 'Y', factor: 10 },
  century: { time: false, code: 'Y', factor: 100 },
  millennium: { time: false, code: 'Y', factor: 1000 },
};

/** A number as plain digits; 'X' (unspecified) for one JavaScript would write in exponent form or not at all. */
function plainNumber(n: number): string {
  const text = String(n);
  return Number.isFinite(n) && n >= 0 && /^\d+(?:\.\d+)?$/.test(text) ? text : 'X';
}

/** ISO 8601 duration: durationValue(2, 'month') → "P2M", durationValue(null, 'hour') → "PTXH". */
export function durationValue(amount: number | null, unit: DurationUnit): string {
  const { time, code, factor } = DURATION_CODE[unit];
  const n = amount === null ? 'X' : plainNumber(Math.round(amount * factor * 1000) / 1000);
  return `P${time ? 'T' : ''}${n}${code}`;
}

export function resolveDuration(anchor: string, amount: number | null, unit: DurationUnit, rule: string): Resolution {
  return {
    type: 'DURATION',
    value: durationValue(amount, unit),
    anchor,
    precision: 'none',
    rangeStart: null,
    rangeEnd: null,
    rule,
  };
}

/** The day `amount` units before (sign −1) or after (sign +1) `a`; sub-day units round out to whole days. */
function shiftByUnit(a: Date, amount: number, unit: DurationUnit, sign: -1 | 1): Date {
  switch (unit) {
    case 'second':
    case 'minute':
      return a;
    case 'hour':
      return shiftDays(a, sign * Math.ceil(amount / 24));
    case 'day':
    case 'night':
      return shiftDays(a, sign * amount);
    case 'week':
      return shiftWeeks(a, sign * amount);
    case 'fortnight':
      return shiftWeeks(a, sign * 2 * amount);
    case 'month':
      return shiftMonths(a, sign * amount);
    case 'quarter':
      return shiftMonths(a, sign * 3 * amount);
    case 'year':
      return shiftYears(a, sign * amount);
    case 'decade':
      return shiftYears(a, sign * 10 * amount);
    case 'century':
      return shiftYears(a, sign * 100 * amount);
    case 'millennium':
      return shiftYears(a, sign * 1000 * amount);
  }
}

/** The day a period reaching `amount` units from `anchor` ends on, or null when it leaves the four-digit years. */
function rangeEdge(anchor: string, amount: number, unit: DurationUnit, sign: -1 | 1): string | null {
  const edge = shiftByUnit(parseDay(anchor), amount, unit, sign);
  return Number.isNaN(edge.getTime()) || !inCalendar(edge) ? null : formatDay(edge);
}

/** "the past week", "the last 24 hours": a duration that ends on the anchor, with its range. */
export function resolvePastPeriod(anchor: string, amount: number | null, unit: DurationUnit): Resolution {
  const base = resolveDuration(anchor, amount, unit, 'past-period:ends-at-anchor');
  if (amount === null) return { ...base, rule: 'past-period:unspecified-length' };
  const rangeStart = rangeEdge(anchor, amount, unit, -1);
  if (rangeStart === null) return { ...base, rule: 'past-period:beyond-calendar' };
  return { ...base, rangeStart, rangeEnd: anchor };
}

/** "the next two years", "the coming months": a duration that starts at the anchor, with its range when counted. */
export function resolveFuturePeriod(anchor: string, amount: number | null, unit: DurationUnit): Resolution {
  if (amount === null) return resolveDuration(anchor, null, unit, 'future-period:unspecified-length');
  const base = resolveDuration(anchor, amount, unit, 'future-period:starts-at-anchor');
  const rangeEnd = rangeEdge(anchor, amount, unit, 1);
  if (rangeEnd === null) return { ...base, rule: 'future-period:beyond-calendar' };
  return { ...base, rangeStart: anchor, rangeEnd };
}

/** "the rest of the year/month/week": the period value, with a range from the anchor to its end. */
export function resolveRestOf(anchor: string, unit: 'week' | 'month' | 'year'): Resolution {
  const a = parseDay(anchor);
  const rule = `rest-of:${unit}`;
  if (unit === 'year') return date(anchor, formatYear(a), 'year', rule, [anchor, `${formatYear(a)}-12-31`]);
  if (unit === 'month') return date(anchor, formatMonth(a), 'month', rule, [anchor, formatDay(lastDayOfMonthOf(a))]);
  return date(anchor, formatIsoWeek(a), 'week', rule, [anchor, formatDay(shiftDays(startOfIsoWeek(a), 6))]);
}

const SEASON_MONTHS: Record<Season, number> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/**
 * A season: "this summer" is the anchor year's; otherwise the nearest one in the direction given. Winter
 * belongs to the year it starts in (TIMEX3 "2023-WI" is the winter of 2023–24).
 */
export function resolveSeason(
  anchor: string,
  season: Season,
  year: number | null,
  modifier: 'this' | 'last' | 'next' | null,
  direction: Direction,
): Resolution {
  if (year !== null) return date(anchor, `${year}-${season}`, 'season', 'season:explicit-year');
  const a = parseDay(anchor);
  const month = a.getUTCMonth() + 1;
  // The year whose season of that name is current or most recently begun.
  let y = a.getUTCFullYear();
  const seasonYearOfAnchor = month <= 2 ? y - 1 : y; // January is in last year's winter
  if (modifier === 'this') {
    y = season === 'WI' ? seasonYearOfAnchor : y;
    return date(anchor, `${y}-${season}`, 'season', 'season:this');
  }
  const startMonth = SEASON_MONTHS[season];
  const begun = month >= startMonth || (season === 'WI' && month <= 2);
  const current = season === 'WI' ? seasonYearOfAnchor : y;
  const way = modifier === 'last' ? 'past' : modifier === 'next' ? 'future' : direction.way;
  if (way === 'past') y = begun ? current - (modifier === 'last' ? 1 : 0) : current - 1;
  else y = begun ? current + 1 : current;
  const rule = modifier ? `season:${modifier}` : `season:${direction.cue}`;
  return date(anchor, `${y}-${season}`, 'season', rule);
}

/** A part of day ("evening") on a resolved day: "2024-01-25" + EV → TIME "2024-01-25TEV". */
export function withPartOfDay(day: Resolution, part: PartOfDay, rule?: string): Resolution {
  return {
    ...day,
    type: 'TIME',
    value: `${day.value}T${part}`,
    precision: 'time',
    rule: rule ?? `${day.rule}+part-of-day`,
  };
}

/** A clock time on a resolved day: 15:30 → "2024-01-25T15:30". */
export function withClockTime(day: Resolution, hour: number, minute: number, rule?: string): Resolution {
  const hh = String(hour).padStart(2, '0');
  const mm = String(minute).padStart(2, '0');
  return {
    ...day,
    type: 'TIME',
    value: `${day.value}T${hh}:${mm}`,
    precision: 'time',
    rule: rule ?? `${day.rule}+clock-time`,
  };
}

export function reference(anchor: string, value: 'PRESENT_REF' | 'PAST_REF' | 'FUTURE_REF', rule: string): Resolution {
  return date(anchor, value, 'none', rule);
}

export function setOf(anchor: string, value: string, rule: string): Resolution {
  return { type: 'SET', value, anchor, precision: 'none', rangeStart: null, rangeEnd: null, rule };
}

/** A written year, or a decade ("the 1990s" → "199"), or a year offset from another one ("the following year"). */
export function resolveYear(anchor: string, year: number, rule = 'year:explicit'): Resolution {
  if (!Number.isInteger(year) || year < 0 || year > LAST_YEAR)
    return reference(anchor, year < 0 ? 'PAST_REF' : 'FUTURE_REF', `${rule}:beyond-calendar(${year})`);
  return date(anchor, String(year).padStart(4, '0'), 'year', rule);
}

/**
 * A year of an era: "44 BC" → "BC0044" (TIMEX3's prefix for years before the common era; there is no year
 * 0), "AD 79" → "0079". A year of more than four digits is PAST_REF or FUTURE_REF, the year kept in the rule.
 */
export function resolveEraYear(anchor: string, year: number, era: 'BC' | 'AD'): Resolution {
  const rule = `year:explicit-${era.toLowerCase()}`;
  if (!Number.isInteger(year) || year < 1 || year > LAST_YEAR)
    return reference(anchor, era === 'BC' ? 'PAST_REF' : 'FUTURE_REF', `${rule}:beyond-calendar(${year})`);
  return date(anchor, `${era === 'BC' ? 'BC' : ''}${String(year).padStart(4, '0')}`, 'year', rule);
}

export function resolveDecade(anchor: string, firstYear: number): Resolution {
  return date(anchor, String(Math.floor(firstYear / 10)).padStart(3, '0'), 'decade', 'decade:explicit');
}

/** A quarter by number ("the third quarter", "Q3 2009"): its year when written, else the nearest in the direction given. */
export function resolveQuarter(anchor: string, quarter: number, year: number | null, direction: Direction): Resolution {
  if (year !== null) return date(anchor, `${year}-Q${quarter}`, 'quarter', 'quarter:explicit-year');
  const a = parseDay(anchor);
  const current = Math.floor(a.getUTCMonth() / 3) + 1;
  let y = a.getUTCFullYear();
  // A verb that points ahead at the quarter that has just ended ("expects to report third-quarter results" in
  // November) is about the report to come, not the quarter a year on.
  const justEnded = current === 1 ? { quarter: 4, year: y - 1 } : { quarter: current - 1, year: y };
  if (direction.way === 'future' && quarter === justEnded.quarter && /^(?:future|present)-tense\(/.test(direction.cue))
    return date(anchor, `${justEnded.year}-Q${quarter}`, 'quarter', `quarter:just-ended(${direction.cue})`);
  if (direction.way === 'past' && quarter > current) y -= 1;
  if (direction.way === 'future' && quarter < current) y += 1;
  return date(anchor, `${y}-Q${quarter}`, 'quarter', `quarter:${direction.cue}`);
}

/**
 * "the 20th century" → "19" (TIMEX3 writes a century as its first two digits), "the 1st century" → "00",
 * "the 5th century BC" → "BC04". Ordinals past the 100th cannot be written in two digits: PAST_REF or
 * FUTURE_REF with the ordinal kept in the rule.
 */
export function resolveCentury(anchor: string, ordinal: number, era: 'BC' | 'AD' = 'AD'): Resolution {
  const rule = era === 'BC' ? 'century:explicit-bc' : 'century:explicit';
  if (!Number.isInteger(ordinal) || ordinal < 1 || ordinal > 100)
    return reference(anchor, era === 'BC' ? 'PAST_REF' : 'FUTURE_REF', `${rule}:beyond-calendar(${ordinal})`);
  return date(anchor, `${era === 'BC' ? 'BC' : ''}${String(ordinal - 1).padStart(2, '0')}`, 'century', rule);
}
