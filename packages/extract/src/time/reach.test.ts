import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented.
const only = onlyTimex;

describe('a verb tense that points almost a year away gives way to the nearer occurrence', () => {
  it('"declared a dividend of 20 cents, payable Dec. 9" in late October is this December', () => {
    const t = only('The board declared a dividend of 20 cents, payable Dec. 9, to holders.', 'Dec. 9', '2021-10-28');
    expect(t.value).toBe('2021-12-09');
    expect(t.rule).toBe('chrono+month-day:nearer-than-tense(past-tense(declared))');
  });
  it('a verb right before the date keeps its tense ("was held on March 3", written in late January)', () => {
    expect(only('The referendum was held on March 3.', 'March 3', '2024-01-26').value).toBe('2023-03-03');
  });
  it('a date half a year back keeps the tense ("opened June 3", written in October)', () => {
    expect(only('The bakery opened June 3 in a former bank.', 'June 3', '2021-10-28').value).toBe('2021-06-03');
  });
  it('a modal before a month just past is about that month ("hiring in May should ease fears", in June)', () => {
    const t = only('Analysts said the hiring in May should ease fears of a slump.', 'May', '2021-06-04');
    expect(t.value).toBe('2021-05');
    expect(t.rule).toBe('month:nearer-than-tense(future-tense(should))');
  });
  it('a month alone needs the stronger contrast: "will fly in December", written in March, is this December', () => {
    expect(only('The crew will fly a mission in December.', 'December', '2021-03-04').value).toBe('2021-12');
  });
});

describe('quarters', () => {
  it('a report to come is about the quarter just ended ("expects to report third-quarter" in November)', () => {
    const t = only('The maker expects to report a third-quarter loss.', 'third-quarter', '2021-11-02');
    expect(t.value).toBe('2021-Q3');
    expect(t.rule).toBe('quarter:just-ended(future-tense(expects))');
  });
  it('a quarter not yet begun lies ahead ("will report first-quarter" in November)', () => {
    expect(only('The maker will report first-quarter sales.', 'first-quarter', '2021-11-02').value).toBe('2022-Q1');
  });
  it('the year written before the quarter, or a year-ago quarter, joins the span', () => {
    expect(only('Profit fell in the 2019 second quarter.', 'the 2019 second quarter', '2021-11-02').value).toBe(
      '2019-Q2',
    );
    expect(only("Sales rose in next year's first quarter.", "next year's first quarter", '2021-11-02').value).toBe(
      '2022-Q1',
    );
    expect(only('Net fell from the year-ago third quarter.', 'the year-ago third quarter', '2021-11-02').value).toBe(
      '2020-Q3',
    );
    expect(only('Net rose in the fiscal first quarter.', 'the fiscal first quarter', '2021-11-02').value).toBe(
      '2021-Q1',
    );
  });
});

describe('possessive weekdays', () => {
  // 2021-11-05 is a Friday.
  it('"Wednesday\'s ruling" is the last Wednesday, whatever the verb', () => {
    const t = only('Lawyers will appeal against Wednesday’s ruling.', 'Wednesday', '2021-11-05');
    expect(t.value).toBe('2021-11-03');
    expect(t.rule).toBe('weekday:possessive-nearest');
  });
  it('the next day wins when it is much the nearer ("Saturday\'s match" on a Friday)', () => {
    expect(only('Fans queued for tickets to Saturday’s match.', 'Saturday', '2021-11-05').value).toBe('2021-11-06');
  });
  it('"Friday\'s early hours" is the end of that night', () => {
    const t = only('The bill passed in Friday’s early hours.', 'Friday’s early hours', '2021-11-05');
    expect(t.value).toBe('2021-11-05TMO');
  });
});

describe('nights and days anchored on the last date given', () => {
  it('"the previous night" is the night before that date; "the day prior" the day before', () => {
    const body = 'The mayor met the council on Wednesday. Protesters had marched the previous night.';
    const t = only(body, 'the previous night', '2021-11-05');
    expect(t.value).toBe('2021-11-02TNI');
    expect(t.type).toBe('TIME');
    const prior = 'The mayor met the council on Wednesday, having landed the day prior.';
    expect(only(prior, 'the day prior', '2021-11-05').value).toBe('2021-11-02');
  });
});

describe('a plan told in the past perfect', () => {
  it('"had been due to expire Friday" is the Friday just past, not the next one', () => {
    // 2021-11-08 is a Monday.
    const t = only('The offer had been due to expire Friday before the board extended it.', 'Friday', '2021-11-08');
    expect(t.value).toBe('2021-11-05');
    expect(t.rule).toBe('weekday:past-perfect(due)');
  });
});
