import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

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
  it('"the 70s and 80s": decades without an apostrophe after "the", but not an age', () => {
    const body = 'Fashion of the 70s and 80s is back.';
    expect(onlyTimex(body, '70s', '2021-05-04').value).toBe('197');
    expect(onlyTimex(body, '80s', '2021-05-04').value).toBe('198');
    const ages = findTimexes(articleOf('Both founders are in their 70s now.', '2021-05-04'));
    expect(ages.map((t) => t.text)).not.toContain('70s');
  });
  it('"the year previous" is "the year before"', () => {
    const body = 'Exports reached $9 billion in 2019, up from $8 billion the year previous.';
    expect(onlyTimex(body, 'the year previous', '2021-05-04').value).toBe('2018');
  });
  it('"late in the day after falling" is this day; "the day after the vote" is no "the day"', () => {
    const body = 'On Tuesday the index recovered late in the day after falling 2%.';
    expect(onlyTimex(body, 'late in the day', '2021-05-06').value).toBe('2021-05-04');
    const next = findTimexes(articleOf('The result came out the day after the vote.', '2021-05-06'));
    expect(next.map((t) => t.text)).not.toContain('the day');
  });
  it('"the remainder of this year", "the balance of the year" read like "the rest of the year"', () => {
    const t = onlyTimex(
      'Two more rate rises are likely in the remainder of this year.',
      'the remainder of this year',
      '2021-05-04',
    );
    expect([t.value, t.rangeStart, t.rangeEnd]).toEqual(['2021', '2021-05-04', '2021-12-31']);
    expect(
      onlyTimex('Sales should hold up for the balance of the year.', 'the balance of the year', '2021-05-04').value,
    ).toBe('2021');
  });
  it('"had filed … by Wednesday": a limit met in the past perfect has passed', () => {
    // Published on a Friday: the Wednesday two days before, not the coming one.
    const body = 'Twelve of the forty clubs had filed their accounts by Wednesday, the league said.';
    expect(onlyTimex(body, 'Wednesday', '2021-05-07').value).toBe('2021-05-05');
    expect(onlyTimex('The clubs must file their accounts by Wednesday.', 'Wednesday', '2021-05-07').value).toBe(
      '2021-05-12',
    );
  });
  it('"high noon" is an idiom, not twelve o\'clock; "noon" still is', () => {
    const idiom = findTimexes(articleOf('For the league, it is high noon. The poster quoted High Noon.', '2021-05-04'));
    expect(idiom.map((t) => t.text)).toEqual([]);
    expect(onlyTimex('The vote closes at noon.', 'noon', '2021-05-04').value).toBe('2021-05-04T12:00');
  });
});
