import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  durationValue,
  isTimexValue,
  resolveAgo,
  resolveCentury,
  resolveDuration,
  resolveEraYear,
  resolveFuturePeriod,
  resolvePastPeriod,
  resolveYear,
  TIMEX_VALUE_PATTERN,
  type DurationUnit,
} from './index.js';

const UNITS: DurationUnit[] = [
  'second',
  'minute',
  'hour',
  'day',
  'night',
  'week',
  'fortnight',
  'month',
  'quarter',
  'year',
  'decade',
  'century',
  'millennium',
];
const FRIDAY = '2024-01-26';

describe('far-off years', () => {
  it('"71,000 years ago" is PAST_REF with the amount kept in the rule', () => {
    const r = resolveAgo(FRIDAY, 71_000, 'year')!;
    expect([r.value, r.precision, r.rule]).toEqual(['PAST_REF', 'none', 'ago:beyond-calendar(P71000Y)']);
    expect(resolveAgo(FRIDAY, 8, 'millennium', 1)!.rule).toBe('from-now:beyond-calendar(P8000Y)');
  });
  it('a year inside the four digits stays a year, padded', () => {
    expect(resolveAgo(FRIDAY, 500, 'year')!.value).toBe('1524');
    expect(resolveAgo(FRIDAY, 20, 'century')!.value).toBe('0024');
    expect(resolveAgo(FRIDAY, 2, 'decade')!.value).toBe('2004');
  });
  it('years before the common era carry the BC prefix', () => {
    expect(resolveEraYear(FRIDAY, 44, 'BC').value).toBe('BC0044');
    expect(resolveEraYear(FRIDAY, 79, 'AD').value).toBe('0079');
    expect(resolveEraYear(FRIDAY, 12_000, 'BC').value).toBe('PAST_REF');
    expect(resolveCentury(FRIDAY, 1).value).toBe('00');
    expect(resolveCentury(FRIDAY, 5, 'BC').value).toBe('BC04');
  });
  it('a period reaching past year 1 keeps its duration but no range', () => {
    const r = resolvePastPeriod(FRIDAY, 3, 'millennium');
    // 2024 − 3000 is before year 1.
    expect([r.value, r.rangeStart, r.rule]).toEqual(['P3000Y', null, 'past-period:beyond-calendar']);
  });
  it('amounts JavaScript would print in exponent form become X', () => {
    expect(durationValue(1e25, 'year')).toBe('PXY');
    expect(durationValue(4.5e9, 'year')).toBe('P4500000000Y');
  });
});

describe('the value grammar', () => {
  it('is the value pattern of the schema', () => {
    const schema = JSON.parse(
      readFileSync(new URL('../../../../schemas/temporal_expressions.schema.json', import.meta.url), 'utf8'),
    );
    expect(schema.properties.value.pattern).toBe(TIMEX_VALUE_PATTERN.source);
  });
  it('accepts BC years, unknown dates and clock times with zones', () => {
    for (const v of [
      'BC0044',
      'BC04',
      'XXXX-XX-XX',
      'XXXX-XX-XXTMO',
      '2024-01-25T09:00Z',
      '2024-01-25T09:00+01:00',
      '2024-01-25T12:00',
    ])
      expect(isTimexValue(v), v).toBe(true);
    for (const v of ['-69004', 'BC', 'XXXX-01-XX1', 'P1e+21Y']) expect(isTimexValue(v), v).toBe(false);
  });
  it('every value a resolver emits for any amount, unit and direction parses (property)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat({ max: 100 }),
          fc.double({ min: 0, max: 1e30, noNaN: true }),
          fc.integer({ min: 0, max: 10_000_000 }),
        ),
        fc.constantFrom(...UNITS),
        fc.constantFrom<-1 | 1>(-1, 1),
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        (amount, unit, sign, anchorDate) => {
          const anchor = anchorDate.toISOString().slice(0, 10);
          const results = [
            resolveAgo(anchor, amount, unit, sign),
            resolveDuration(anchor, amount, unit, 'duration:counted'),
            resolvePastPeriod(anchor, amount, unit),
            resolveFuturePeriod(anchor, amount, unit),
            resolveYear(anchor, Math.round(amount * sign)),
            resolveEraYear(anchor, Math.round(amount), sign < 0 ? 'BC' : 'AD'),
            resolveCentury(anchor, Math.round(amount), sign < 0 ? 'BC' : 'AD'),
          ];
          for (const r of results) {
            if (!r) continue;
            expect(isTimexValue(r.value), `${amount} ${unit} ${sign}: ${r.value} (${r.rule})`).toBe(true);
            for (const edge of [r.rangeStart, r.rangeEnd])
              if (edge !== null) expect(edge).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        },
      ),
      { numRuns: 400 },
    );
  });
});
