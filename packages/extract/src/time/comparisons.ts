/**
 * Year-on-year comparisons in reports about a quarter: "net rose to $9 million from $8 million a year
 * earlier", "the year-ago quarter". When the last calendar date the article gave (close by) is a quarter,
 * "a year earlier" is that quarter a year before (TimeML's reading, and what the comparison means), not the
 * whole previous year.
 */
import type { Resolution } from '@dossier/normalize';
import type { TimexContext } from './candidate.js';

const QUARTER = /^(\d{4})-Q([1-4])$/;
/** How far back (characters) the quarter may be: a paragraph or two of an earnings report. */
const QUARTER_WINDOW = 1200;
/** Rules that already read a comparison's period a year back (every rule here ends so). */
const YEAR_BEFORE_RULE = /-year-before$/;
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'];

/**
 * A value that is itself the base of a year-on-year comparison: a rule of this file, or "a year ago" read as
 * the year before publication. A second comparison after it ("… a year ago; sales were … a year earlier")
 * compares with the same period, not one more year back.
 */
function isComparison(r: Resolution, published: string): boolean {
  if (YEAR_BEFORE_RULE.test(r.rule)) return true;
  const yearBefore = String(Number(published.slice(0, 4)) - 1);
  return r.rule.startsWith('ago:') && (r.value === yearBefore || QUARTER.exec(r.value)?.[1] === yearBefore);
}

/** A quarter that had ended by publication and is no comparison: one a report can be about. */
export function isReportedQuarter(r: Resolution, published: string): boolean {
  const m = QUARTER.exec(r.value);
  if (!m || isComparison(r, published)) return false;
  return `${m[1]}-${QUARTER_END[Number(m[2]) - 1]}` < published;
}

/**
 * The quarter a comparison near `start` is about: the report's quarter (the latest one named that had ended by
 * publication), else the one named last.
 */
function baseQuarter(ctx: TimexContext, start: number, previous: Resolution): RegExpExecArray | null {
  // "for the third quarter ended Sept. 30. … the corresponding period": the day closes the quarter named.
  const closing = previous.precision === 'day' && ctx.reportQuarter(start);
  if (!QUARTER.exec(previous.value) && !closing) return null;
  return QUARTER.exec(ctx.reportQuarter(start)?.value ?? previous.value);
}

/**
 * The quarter a year before the quarter the text is about, or null when the last date given is not a quarter.
 * The report's quarter is the latest one that had ended by publication: another quarter named in passing
 * ("after a flat second quarter", "the third quarter of next year") is not what "the year-earlier period"
 * compares with.
 */
export function sameQuarterYearBefore(ctx: TimexContext, start: number, rule: string): Resolution | null {
  const previous = ctx.previousDate(start, QUARTER_WINDOW);
  if (!previous) return null;
  // Two comparisons in a row ("… a year earlier; sales were … a year ago") compare with the same period.
  if (isComparison(previous, ctx.published)) {
    const chained = previous.rule.endsWith(':same-quarter-year-before') ? 'same-quarter' : 'chained';
    return { ...previous, rule: `${rule}:${chained}-year-before` };
  }
  const m = baseQuarter(ctx, start, previous);
  if (!m) return null;
  const value = `${String(Number(m[1]) - 1).padStart(4, '0')}-Q${m[2]}`;
  return {
    type: 'DATE',
    value,
    anchor: ctx.published,
    precision: 'quarter',
    rangeStart: null,
    rangeEnd: null,
    rule: `${rule}:same-quarter-year-before`,
  };
}

const SHIFTABLE = /^(\d{4})(-(?:\d\d(?:-\d\d)?|Q[1-4]|H[12]|SP|SU|FA|WI))?$/;

/** The same period a year before: "2009-02" → "2008-02", "2009-Q3" → "2008-Q3"; null for other values. */
function yearBefore(value: string): string | null {
  const m = SHIFTABLE.exec(value);
  if (!m) return null;
  // 29 February has no day a year before; TimeML would write the 28th.
  const rest = (m[2] ?? '').replace(/^-02-29$/, '-02-28');
  return `${String(Number(m[1]) - 1).padStart(4, '0')}${rest}`;
}

const DAY_OF = /^(\d{4}-\d\d)-\d\d$/;

/**
 * "the same month a year ago", "the corresponding period last year", "last year's quarter", "the quarter a
 * year earlier": the period the report is about, a year back. The period is the last date given close by
 * (a quarter as sameQuarterYearBefore reads it; a month, or the month of a day, for "month"; any period for
 * "period"); with none, the publication's month or last completed quarter a year back, or the year before,
 * said in the rule. A chain of comparisons ("… a year ago; sales were … in the same period last year")
 * compares with the same period.
 */
export function samePeriodYearBefore(ctx: TimexContext, start: number, unit: string, rule: string): Resolution {
  const quarter = unit === 'month' ? null : sameQuarterYearBefore(ctx, start, rule);
  if (quarter) return quarter;
  const published = ctx.published;
  if (unit === 'quarter') {
    const q = Math.floor((Number(published.slice(5, 7)) - 1) / 3); // the last completed quarter; 0: the year before's Q4
    const value = q === 0 ? `${Number(published.slice(0, 4)) - 2}-Q4` : `${Number(published.slice(0, 4)) - 1}-Q${q}`;
    return dateValue(ctx, value, 'quarter', `${rule}:last-completed-quarter-year-before`);
  }
  const previous = ctx.previousDate(start, QUARTER_WINDOW);
  if (previous && YEAR_BEFORE_RULE.test(previous.rule)) return { ...previous, rule: `${rule}:same-period-year-before` };
  const named = previous ? namedPeriod(previous, unit) : null;
  const value = named ? yearBefore(named.value) : null;
  if (value) return dateValue(ctx, value, named!.precision, `${rule}:same-period-year-before`);
  if (unit === 'month')
    return dateValue(ctx, yearBefore(published.slice(0, 7))!, 'month', `${rule}:publication-month-year-before`);
  return dateValue(ctx, String(Number(published.slice(0, 4)) - 1), 'year', `${rule}:publication-year-before`);
}

/** The period a comparison of `unit` can be about: a month (or a day's month) for "month"; a period, not a day, else. */
function namedPeriod(previous: Resolution, unit: string): { value: string; precision: Resolution['precision'] } | null {
  if (unit === 'month') {
    const month = DAY_OF.exec(previous.value)?.[1] ?? previous.value;
    return /^\d{4}-\d\d$/.test(month) ? { value: month, precision: 'month' } : null;
  }
  return previous.precision === 'day' || previous.precision === 'time' ? null : previous;
}

function dateValue(ctx: TimexContext, value: string, precision: Resolution['precision'], rule: string): Resolution {
  return { type: 'DATE', value, anchor: ctx.published, precision, rangeStart: null, rangeEnd: null, rule };
}

/** "the 1988 quarter", "the 1989 period" in a report about a quarter: that quarter of the year written; else the year. */
export function quarterOfYear(ctx: TimexContext, start: number, year: number, rule: string): Resolution {
  const previous = ctx.previousDate(start, QUARTER_WINDOW);
  const m = previous ? baseQuarter(ctx, start, previous) : null;
  const y = String(year).padStart(4, '0');
  return m
    ? dateValue(ctx, `${y}-Q${m[2]}`, 'quarter', `${rule}:quarter-of-report`)
    : dateValue(ctx, y, 'year', `${rule}:year-only`);
}
