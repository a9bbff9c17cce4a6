import { describe, expect, it } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented.
const only = (body: string, text: string, published = '2021-11-02'): TimexAnnotation =>
  onlyTimex(body, text, published);

describe('TimeML span conventions that the gold files share', () => {
  it('a stretch of time keeps its determiner: "the nine months", "the first two years"', () => {
    expect(only('For the nine months, the bakery earned $2 million.', 'the nine months').value).toBe('P9M');
    expect(only('In the first two years, the mill lost money.', 'the first two years').value).toBe('P2Y');
    expect(only('Profit doubled in the latest six months.', 'the latest six months').value).toBe('P6M');
  });
  it('a comparison\'s stretch of time is one length: "the year-earlier nine months"', () => {
    const body = 'The brewer earned $4 million, against $3 million in the year-earlier nine months.';
    expect(only(body, 'the year-earlier nine months').value).toBe('P9M');
  });
  it('"the" does not join an offset or an article: "the trip a week ago"', () => {
    expect(only('She booked the trip a week ago.', 'a week ago').type).toBe('DATE');
  });
  it('a whole number and a common fraction: "5 1/2 hours"', () => {
    expect(only('The flight took 5 1/2 hours to land.', '5 1/2 hours').value).toBe('PT5.5H');
  });
});

describe('noun phrases that name a period whole', () => {
  it('"the year-ago quarter" is the last completed quarter a year back when no quarter was named', () => {
    const t = only('Net income rose from the year-ago quarter.', 'the year-ago quarter');
    expect(t.value).toBe('2020-Q3');
  });
  it('"the year-earlier period" after a quarter is that quarter a year back', () => {
    const body = 'In the second quarter, the dairy earned $3 million, up from $2 million in the year-earlier period.';
    expect(only(body, 'the year-earlier period').value).toBe('2020-Q2');
  });
  it('a month with "last year" or "this year" after it, or "last" before "May"', () => {
    expect(only('The plant closed in June last year.', 'June last year').value).toBe('2020-06');
    expect(only('The plant reopened in March this year.', 'March this year').value).toBe('2021-03');
    expect(only('The two mayors signed the pact last May.', 'last May').value).toBe('2021-05');
  });
  it('"fiscal" joins the year it qualifies', () => {
    expect(only('In fiscal 2020, the dairy earned $9 million.', 'fiscal 2020').value).toBe('2020');
  });
});

describe('words TimeML does not annotate', () => {
  it('"quarterly" before its noun is no set ("a quarterly dividend"); the adverb is ("paid quarterly")', () => {
    const texts = (body: string) => findTimexes(articleOf(body, '2021-11-02')).map((t) => t.text);
    expect(texts('The board raised the quarterly dividend.')).toEqual([]);
    expect(only('Dividends are paid quarterly.', 'quarterly').value).toBe('P1Q');
  });
  it('"shortly" and "eventually" tell no time of their own', () => {
    const texts = (body: string) => findTimexes(articleOf(body, '2021-11-02')).map((t) => t.text);
    expect(texts('The mill closed shortly after the flood and eventually reopened.')).toEqual([]);
  });
});

describe('clock times with a zone', () => {
  it('"5 p.m. EST Nov. 9": the zone joins the time and the date after it joins both', () => {
    expect(only('Bids are due by 5 p.m. EST Nov. 9.', '5 p.m. EST Nov. 9').value).toBe('2021-11-09T17:00');
  });
  it('"18:00 GMT Monday" is written in UTC', () => {
    expect(only('Polls will close at 18:00 GMT Monday.', '18:00 GMT Monday', '2021-11-05').value).toBe(
      '2021-11-08T18:00Z',
    );
  });
});
