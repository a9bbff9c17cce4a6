import { describe, expect, it } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented.
const only = (body: string, text: string, published = '2021-11-02'): TimexAnnotation =>
  onlyTimex(body, text, published);

describe('the period of a year-on-year comparison is one expression', () => {
  it('"the same month a year ago" after a month is that month a year back', () => {
    const body = 'Ferry traffic fell 12% in March, compared with the same month a year ago.';
    expect(only(body, 'the same month a year ago', '2021-04-05').value).toBe('2020-03');
  });
  it('"the corresponding period last year" after a quarter is that quarter a year back', () => {
    const body =
      'The brewery earned $4 million in the third quarter, up from $3 million in the corresponding period last year.';
    expect(only(body, 'the corresponding period last year').value).toBe('2020-Q3');
  });
  it('"last year\'s quarter" with no quarter named is the last completed quarter a year back', () => {
    expect(only("Sales beat last year's quarter by a wide margin.", "last year's quarter").value).toBe('2020-Q3');
  });
  it('"the same period of the previous year" with no period named is the year before, said in the rule', () => {
    const t = only('Orders doubled from the same period of the previous year.', 'the same period of the previous year');
    expect(t.value).toBe('2020');
    expect(t.rule).toContain('publication-year-before');
  });
  it('"the 1998 quarter" is no count of quarters: that year\'s quarter the report is about', () => {
    const body = 'The mill lost $2 million in the second quarter, against a profit in the 1998 quarter.';
    expect(only(body, 'the 1998 quarter').value).toBe('1998-Q2');
    expect(only('Costs rose in the 1998 period.', 'the 1998 period').value).toBe('1998');
  });
});
