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

/** The quarter a year before the quarter the text is about, or null when the last date given is not a quarter. */
export function sameQuarterYearBefore(ctx: TimexContext, start: number, rule: string): Resolution | null {
  const previous = ctx.previousDate(start, QUARTER_WINDOW);
  const m = previous ? QUARTER.exec(previous.value) : null;
  if (!previous || !m) return null;
  // Two comparisons in a row ("… a year earlier; sales were … a year ago") compare with the same quarter.
  if (previous.rule.endsWith(':same-quarter-year-before'))
    return { ...previous, rule: `${rule}:same-quarter-year-before` };
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
