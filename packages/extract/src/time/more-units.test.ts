import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented.
describe('expressions the rules used to miss', () => {
  it('"two more weeks", "an additional year", "a further month": a length with a word of addition', () => {
    expect(onlyTimex('The ferry will stay in dock for two more weeks.', 'two more weeks', '2021-05-04').value).toBe(
      'P2W',
    );
    expect(onlyTimex('The lease may run for an additional year.', 'an additional year', '2021-05-04').value).toBe(
      'P1Y',
    );
    expect(onlyTimex('The vote was put off by a further month.', 'a further month', '2021-05-04').value).toBe('P1M');
    const t = onlyTimex('The pier stays shut for at least 20 more years.', 'at least 20 more years', '2021-05-04');
    expect([t.type, t.value]).toEqual(['DURATION', 'P20Y']);
  });
  it('"a year-earlier loss": the hyphenated adjective after "a" is the comparison year', () => {
    const body = 'The cannery earned $3 million in the third quarter, compared with a year-earlier loss of $1 million.';
    expect(onlyTimex(body, 'year-earlier', '2021-11-02').value).toBe('2020-Q3');
  });
  it('"that quarter" is the quarter of the last date given', () => {
    const body =
      'The shipyard lost money in the second quarter of 2019. Results for that quarter included a write-down.';
    expect(onlyTimex(body, 'that quarter', '2021-11-02').value).toBe('2019-Q2');
  });
  it('"the latest quarter\'s results": the quarter, without the possessive', () => {
    const body = 'The airline reported third-quarter profit. The latest quarter’s results included a tax gain.';
    expect(onlyTimex(body, 'The latest quarter', '2021-11-02').value).toBe('2021-Q3');
  });
});
