import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  dayOf,
  durationValue,
  isTimexValue,
  parseDay,
  periodOf,
  resolveAgo,
  resolveDecade,
  resolveMonth,
  resolveMonthDay,
  resolvePastPeriod,
  resolveQuarter,
  resolveRelativeUnit,
  resolveRestOf,
  resolveSeason,
  resolveWeekday,
  resolveWeekend,
  withPartOfDay,
  type Direction,
} from './index.js';

const PAST: Direction = { way: 'past', cue: 'past-tense(met)' };
const FUTURE: Direction = { way: 'future', cue: 'future-tense(will)' };
// 2024-01-26 is a Friday.
const FRIDAY = '2024-01-26';

describe('weekdays', () => {
  it('past tense gives the most recent one, counting the anchor day itself', () => {
    expect(resolveWeekday(FRIDAY, 4, PAST).value).toBe('2024-01-25');
    expect(resolveWeekday(FRIDAY, 5, PAST).value).toBe('2024-01-26');
    expect(resolveWeekday(FRIDAY, 6, PAST).value).toBe('2024-01-20');
    expect(resolveWeekday(FRIDAY, 1, PAST).rule).toBe('weekday:past-tense(met)');
  });
  it('future tense gives the next one, counting the anchor day itself', () => {
    expect(resolveWeekday(FRIDAY, 1, FUTURE).value).toBe('2024-01-29');
    expect(resolveWeekday(FRIDAY, 5, FUTURE).value).toBe('2024-01-26');
    expect(resolveWeekday(FRIDAY, 4, FUTURE).value).toBe('2024-02-01');
  });
  it('"last" and "next" exclude the anchor day; "this" stays in its ISO week', () => {
    expect(resolveWeekday(FRIDAY, 5, PAST, 'last').value).toBe('2024-01-19');
    expect(resolveWeekday(FRIDAY, 5, PAST, 'next').value).toBe('2024-02-02');
    expect(resolveWeekday(FRIDAY, 1, FUTURE, 'this').value).toBe('2024-01-22');
  });
  it('lands on the named weekday within a week of the anchor (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2060-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 7 }),
        fc.boolean(),
        (d, weekday, future) => {
          const anchor = d.toISOString().slice(0, 10);
          const r = resolveWeekday(anchor, weekday, future ? FUTURE : PAST);
          const diffDays = (parseDay(r.value).getTime() - parseDay(anchor).getTime()) / 86_400_000;
          const isoWeekday = ((parseDay(r.value).getUTCDay() + 6) % 7) + 1;
          expect(isoWeekday).toBe(weekday);
          if (future) expect(diffDays >= 0 && diffDays <= 6).toBe(true);
          else expect(diffDays <= 0 && diffDays >= -6).toBe(true);
        },
      ),
    );
  });
});

describe('months and month-days without a year', () => {
  it('past: the most recent such month; future: the next one', () => {
    expect(resolveMonth(FRIDAY, 11, null, PAST).value).toBe('2023-11');
    expect(resolveMonth(FRIDAY, 11, null, FUTURE).value).toBe('2024-11');
    expect(resolveMonth(FRIDAY, 1, null, PAST).value).toBe('2024-01');
    expect(resolveMonth(FRIDAY, 6, 2026, PAST).value).toBe('2026-06');
  });
  it('a month and day crosses the year boundary in the direction given', () => {
    expect(resolveMonthDay('2023-10-21', 10, 7, null, PAST)!.value).toBe('2023-10-07');
    expect(resolveMonthDay(FRIDAY, 12, 30, null, PAST)!.value).toBe('2023-12-30');
    expect(resolveMonthDay(FRIDAY, 1, 5, null, FUTURE)!.value).toBe('2025-01-05');
    expect(resolveMonthDay(FRIDAY, 3, 3, null, FUTURE)!.value).toBe('2024-03-03');
    expect(resolveMonthDay(FRIDAY, 2, 30, 2024, PAST)).toBeNull();
  });
});

describe('relative units, ranges and durations', () => {
  it('weeks are ISO weeks and weekends follow the clause', () => {
    expect(resolveRelativeUnit('2023-11-04', 'week', 0, 'relative:this-week').value).toBe('2023-W44');
    expect(resolveRelativeUnit('2026-02-07', 'week', 1, 'relative:next-week').value).toBe('2026-W07');
    expect(resolveRelativeUnit(FRIDAY, 'month', -1, 'relative:last-month').value).toBe('2023-12');
    expect(resolveWeekend('2024-01-28', PAST).value).toBe('2024-W04-WE');
    expect(resolveWeekend(FRIDAY, PAST).value).toBe('2024-W03-WE');
    expect(resolveWeekend(FRIDAY, FUTURE).value).toBe('2024-W04-WE');
  });
  it('"the past week" is a duration with a range ending on the anchor', () => {
    const r = resolvePastPeriod(FRIDAY, 1, 'week');
    expect([r.type, r.value, r.rangeStart, r.rangeEnd]).toEqual(['DURATION', 'P1W', '2024-01-19', '2024-01-26']);
    expect(resolvePastPeriod('2023-11-04', 24, 'hour').rangeStart).toBe('2023-11-03');
    expect(resolvePastPeriod(FRIDAY, null, 'day').rangeStart).toBeNull();
  });
  it('"the rest of the year" runs from the anchor to 31 December', () => {
    const r = resolveRestOf(FRIDAY, 'year');
    expect([r.value, r.rangeStart, r.rangeEnd]).toEqual(['2024', '2024-01-26', '2024-12-31']);
    expect(resolveRestOf('2024-02-10', 'month').rangeEnd).toBe('2024-02-29');
  });
  it('durations follow ISO 8601, decades in years', () => {
    expect(durationValue(2, 'month')).toBe('P2M');
    expect(durationValue(4, 'hour')).toBe('PT4H');
    expect(durationValue(null, 'minute')).toBe('PTXM');
    expect(durationValue(1, 'decade')).toBe('P10Y');
    expect(durationValue(null, 'decade')).toBe('PXY');
    expect(durationValue(2.5, 'year')).toBe('P2.5Y');
    expect(durationValue(2, 'fortnight')).toBe('P4W');
  });
  it('"ago" keeps the precision of its unit', () => {
    expect(resolveAgo('2023-11-09', 2, 'week')!.value).toBe('2023-W43');
    expect(resolveAgo(FRIDAY, 3, 'day')!.value).toBe('2024-01-23');
    expect(resolveAgo(FRIDAY, 1, 'year')!.value).toBe('2023');
    expect(resolveAgo(FRIDAY, 3, 'hour')).toBeNull();
  });
  it('seasons, quarters and decades', () => {
    expect(resolveSeason('2026-02-07', 'SU', null, 'this', PAST).value).toBe('2026-SU');
    expect(resolveSeason('2026-02-07', 'SU', null, null, PAST).value).toBe('2025-SU');
    expect(resolveSeason('2026-02-07', 'SU', null, null, FUTURE).value).toBe('2026-SU');
    expect(resolveQuarter('2009-11-03', 3, null, PAST).value).toBe('2009-Q3');
    expect(resolveQuarter('2009-05-07', 4, null, PAST).value).toBe('2008-Q4');
    expect(resolveDecade(FRIDAY, 1990).value).toBe('199');
  });
  it('parts of day make a TIME', () => {
    const r = withPartOfDay(resolveWeekday(FRIDAY, 4, PAST), 'EV');
    expect([r.type, r.value, r.precision]).toEqual(['TIME', '2024-01-25TEV', 'time']);
  });
});

describe('value helpers', () => {
  it('dayOf gives the day of day-precise values only', () => {
    expect(dayOf('2024-01-25TEV')).toBe('2024-01-25');
    expect(dayOf('2024-01-25')).toBe('2024-01-25');
    expect(dayOf('2024-W04')).toBeNull();
    expect(dayOf('PAST_REF')).toBeNull();
  });
  it('periodOf gives the days a calendar value covers', () => {
    expect(periodOf('2024-W04')).toEqual({ start: '2024-01-22', end: '2024-01-28' });
    expect(periodOf('2024-W04-WE')).toEqual({ start: '2024-01-27', end: '2024-01-28' });
    expect(periodOf('2024-02')).toEqual({ start: '2024-02-01', end: '2024-02-29' });
    expect(periodOf('2023-Q4')).toEqual({ start: '2023-10-01', end: '2023-12-31' });
    expect(periodOf('P2M')).toBeNull();
  });
  it('the value grammar accepts TIMEX3 values and rejects others', () => {
    for (const v of [
      '2024-01-25',
      '2024-01-25TEV',
      '2023-11',
      '2024',
      '199',
      '2024-W04',
      '2024-W04-WE',
      '2026-SU',
      '2009-Q3',
      'P1W',
      'PT24H',
      'PXY',
      'P2.5Y',
      'PRESENT_REF',
      '2009-06-01T12:00Z',
    ]) {
      expect(isTimexValue(v), v).toBe(true);
    }
    for (const v of ['2024-13', '2024-01-32', 'P', 'PT2D', 'Thursday', '', '2024-W54', 'NOW'])
      expect(isTimexValue(v), v).toBe(false);
  });
  it('parseDay names the bad input', () => {
    expect(() => parseDay('2024-02-30')).toThrow('expected a calendar day YYYY-MM-DD, found "2024-02-30"');
  });
});
