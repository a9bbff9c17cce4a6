import { describe, expect, it } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { findTimexes } from './index.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented. Published 2021-11-02: the third quarter of 2021 has just been reported.
const PUBLISHED = '2021-11-02';
const all = (body: string): TimexAnnotation[] => findTimexes(articleOf(body, PUBLISHED));
const valuesOf = (body: string, text: string): string[] =>
  all(body)
    .filter((t) => t.text === text)
    .map((t) => t.value);

describe('a year-on-year comparison is made with the quarter the report is about', () => {
  it("a quarter named in passing after the report's quarter does not move the comparison", () => {
    const body =
      'The glassmaker said third-quarter profit rose 8%. After a weak second quarter, demand for bottles ' +
      'recovered. Charges taken in the year-earlier period also flattered the comparison.';
    expect(valuesOf(body, 'the year-earlier period')).toEqual(['2020-Q3']);
  });
  it('a quarter still to come (a forecast) is not the one the report compares', () => {
    const body =
      'Third-quarter sales at the bakery chain rose 4%. It expects a loss in the second quarter of 2022. ' +
      'In the year-ago period, it earned $3 million.';
    expect(valuesOf(body, 'the year-ago period')).toEqual(['2020-Q3']);
  });
  it('"the 2021 period" is the report\'s quarter of that year', () => {
    const body =
      'The miner posted third-quarter net of $9 million. After a flat second quarter, prices firmed. ' +
      'In the 2021 period, freight costs were lower.';
    expect(valuesOf(body, 'the 2021 period')).toEqual(['2021-Q3']);
  });
  it('"the quarter" after a later date still refers to the quarter the report named', () => {
    const body =
      'The lender earned $7 million in its fiscal second quarter. Earlier this month, it said it would ' +
      'break even for the quarter.';
    expect(valuesOf(body, 'the quarter')).toEqual(['2021-Q2']);
  });
  it('the day a named quarter ended does not hide that quarter from the comparison after it', () => {
    const body =
      'The toolmaker lost $3 million in the third quarter ended Sept. 30, against a profit of $2 million ' +
      'in the corresponding period last year.';
    expect(valuesOf(body, 'the corresponding period last year')).toEqual(['2020-Q3']);
  });
  it('"the latest quarter" has been reported: not a quarter a forecast names', () => {
    const body =
      'The insurer reported third-quarter results. It expects storms to hurt the fourth quarter. ' +
      'Premiums rose 5% in the latest quarter.';
    expect(valuesOf(body, 'the latest quarter')).toEqual(['2021-Q3']);
  });
});

describe('a chain of comparisons compares with one period, never one more year back', () => {
  it('"year-ago" after "the year-ago quarter" is the same quarter', () => {
    const body =
      'The toy maker earned $2 million, against $1 million in the year-ago quarter. ' +
      'The year-ago results were restated.';
    expect(valuesOf(body, 'year-ago')).toEqual(['2020-Q3']);
  });
  it('"a year earlier" after "a year ago" read as a year is that year', () => {
    const body =
      'The carrier lost $4 million, against a profit of $1 million a year ago. Revenue was $80 million, ' +
      'compared with $75 million a year earlier.';
    expect(valuesOf(body, 'a year ago')).toEqual(['2020']);
    expect(valuesOf(body, 'a year earlier')).toEqual(['2020']);
  });
  it('"a year earlier" after "two years ago" still counts back from it', () => {
    const body = 'The plant opened two years ago. A year earlier, the site was a car park.';
    expect(valuesOf(body, 'A year earlier')).toEqual(['2018']);
  });
});
