import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compatible, orientationOf, valueRange } from './dating.js';

describe('valueRange', () => {
  it.each([
    ['2024-01-25', '2024-01-25', '2024-01-25'],
    ['2024-01-25TEV', '2024-01-25', '2024-01-25'],
    ['2023-11', '2023-11-01', '2023-11-30'],
    ['2024-02', '2024-02-01', '2024-02-29'],
    ['2024', '2024-01-01', '2024-12-31'],
    ['2024-W04', '2024-01-22', '2024-01-28'],
    ['2024-W04-WE', '2024-01-27', '2024-01-28'],
    ['2020-W53', '2020-12-28', '2021-01-03'],
    ['2024-Q2', '2024-04-01', '2024-06-30'],
  ])('%s covers %s..%s', (value, start, end) => {
    expect(valueRange(value)).toEqual({ start, end });
  });

  it.each(['FUTURE_REF', 'PAST_REF', 'PRESENT_REF', 'P1W', 'PXM', ''])('%s has no calendar range', (value) => {
    expect(valueRange(value)).toEqual({ start: null, end: null });
  });

  it('never ends before it starts, for any calendar day, month or year', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2100-12-31T00:00:00Z'), noInvalidDate: true }),
        fc.constantFrom(10, 7, 4),
        (d, length) => {
          const value = d.toISOString().slice(0, length);
          const { start, end } = valueRange(value);
          expect(start).not.toBeNull();
          expect(start! <= end!).toBe(true);
          expect(start!.startsWith(value)).toBe(true);
        },
      ),
    );
  });
});

describe('orientation and compatibility', () => {
  const at = (dateValue: string) => {
    const r = valueRange(dateValue);
    return { dateValue, dateStart: r.start, dateEnd: r.end, timex: { start: 0, end: 1 } };
  };

  it('places dates before, at or after publication', () => {
    expect(orientationOf(at('2024-01-25'), '2024-01-26')).toBe('past');
    expect(orientationOf(at('2024-01-27'), '2024-01-26')).toBe('future');
    expect(orientationOf(at('2024-01'), '2024-01-26')).toBe('present');
    expect(orientationOf(at('FUTURE_REF'), '2024-01-26')).toBe('future');
    expect(orientationOf(null, '2024-01-26')).toBeNull();
  });

  it('lets a planned event take only a future anchor, and a past event only a past one', () => {
    expect(compatible('planned', 'future')).toBe(true);
    expect(compatible('planned', 'past')).toBe(false);
    expect(compatible('occurred', 'past')).toBe(true);
    expect(compatible('occurred', 'future')).toBe(false);
    expect(compatible('negated', 'present')).toBe(true);
    expect(compatible('occurred', null)).toBe(false);
  });
});
