import { describe, expect, it } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented.
function timexes(body: string, published = '2021-11-02'): string[] {
  return findTimexes(articleOf(body, published)).map((t) => `${t.text}=${t.value}`);
}

const only = (body: string, text: string, published = '2021-11-02'): TimexAnnotation =>
  onlyTimex(body, text, published);

describe('references: prepositions and focusing adverbs stay outside the span (TimeML)', () => {
  it('"for now", "right now", "until recently" → "now", "recently"', () => {
    expect(timexes('The bakery will stay shut for now.')).toEqual(['now=PRESENT_REF']);
    expect(timexes('Right now the ferry is full.')).toEqual(['now=PRESENT_REF']);
    expect(timexes('Until recently the mill ran two shifts.')).toEqual(['recently=PAST_REF']);
  });
  it('"in the past", "in the near future", "in the short term" keep their noun phrase', () => {
    expect(timexes('The club has lost members in the past.')).toEqual(['the past=PAST_REF']);
    expect(timexes('The port may reopen in the near future.')).toEqual(['the near future=FUTURE_REF']);
    expect(timexes('Prices could rise in the short term.')).toEqual(['the short term=FUTURE_REF']);
  });
  it('"in the coming days" and "in recent days" stay whole, as the guidelines write them', () => {
    expect(timexes('The council will vote in the coming days.')).toEqual(['in the coming days=FUTURE_REF']);
    expect(timexes('Rain has flooded roads in recent days.')).toEqual(['in recent days=PAST_REF']);
  });
});

describe('durations: focusing adverbs stay outside, bounds and approximations stay in (TIMEX3 mod)', () => {
  it('"only five hours", "just 40 days", "barely a month" → the length alone', () => {
    expect(timexes('The ferry crossing took only five hours.')).toEqual(['five hours=PT5H']);
    expect(timexes('The vote is just 40 days away.')).toEqual(['40 days=P40D']);
    expect(timexes('The truce lasted barely a month.')).toEqual(['a month=P1M']);
  });
  it('"about two weeks", "more than three years", "just over an hour" keep their modifier', () => {
    expect(timexes('The repairs took about two weeks.')).toEqual(['about two weeks=P2W']);
    expect(timexes('The mill stood empty for more than three years.')).toEqual(['more than three years=P3Y']);
    expect(timexes('The meeting lasted just over an hour.')).toEqual(['just over an hour=PT1H']);
  });
  it('"or so" after the length is part of it (TIMEX3 mod APPROX): "two hours or so", "a week or so ago"', () => {
    expect(timexes('The repairs took two hours or so.')).toEqual(['two hours or so=PT2H']);
    expect(timexes('The mayor resigned a week or so ago.')).toEqual(['a week or so ago=2021-W43']);
  });
});

describe('quarters: a hyphenated quarter is an adjective, so "the" stays with its noun', () => {
  it('"the third-quarter loss" → "third-quarter"; "the third quarter" keeps "the"', () => {
    expect(timexes('The third-quarter loss was smaller than feared.')).toEqual(['third-quarter=2021-Q3']);
    expect(timexes('Profit for the fiscal second-quarter was flat.')).toEqual(['fiscal second-quarter=2021-Q2']);
    expect(timexes('Profit rose in the third quarter.')).toEqual(['the third quarter=2021-Q3']);
  });
});

describe('"soon" relating two events is no timex', () => {
  it('"soon after", "soon before" and "as soon as" + a clause are skipped', () => {
    expect(timexes('The bridge closed soon after the storm hit.')).toEqual([]);
    expect(timexes('The crew will leave as soon as the tide turns.')).toEqual([]);
  });
  it('"as soon as possible" is one FUTURE_REF; "soon" alone still is one', () => {
    expect(timexes('The mayor wants the road fixed as soon as possible.')).toEqual(['as soon as possible=FUTURE_REF']);
    expect(timexes('The road will reopen soon.')).toEqual(['soon=FUTURE_REF']);
  });
  it('a full stop ends the clause: "soon. After that" keeps "soon"', () => {
    expect(timexes('The road will reopen soon. After that, the buses return.')).toEqual(['soon=FUTURE_REF']);
  });
});

describe('years written out in words, as transcripts write them', () => {
  it('"nineteen ninety-six", "nineteen oh five" are years', () => {
    expect(only('The dam was finished in nineteen ninety-six.', 'nineteen ninety-six').value).toBe('1996');
    expect(only('The mill opened in nineteen oh five.', 'nineteen oh five').value).toBe('1905');
  });
  it('"the year two thousand" is a year, "two thousand" alone a count', () => {
    expect(only('The plan was due by the year two thousand.', 'the year two thousand').value).toBe('2000');
    expect(timexes('Two thousand runners took part.')).toEqual([]);
  });
  it('a month or a season before it joins: "March nineteen eighty-two", "the winter of nineteen ninety"', () => {
    expect(only('It snowed in March nineteen eighty-two.', 'March nineteen eighty-two').value).toBe('1982-03');
    expect(only('Prices fell in the winter of nineteen ninety.', 'the winter of nineteen ninety').value).toBe(
      '1990-WI',
    );
  });
});

describe('a number after a date is an hour only when it reads as one', () => {
  it('"Jan. 1, 2022 at 1,015 francs" is the date; "Nov. 6 at 5 p.m." keeps its time', () => {
    expect(timexes('The bank may buy the stake after Jan. 1, 2022 at 1,015 francs a share.')).toEqual([
      'Jan. 1, 2022=2022-01-01',
    ]);
    expect(timexes('The offer expires Nov. 6 at 5 p.m.')).toEqual(['Nov. 6 at 5 p.m.=2021-11-06T17:00']);
  });
});

describe('halves of a year', () => {
  it('"the last half of 1989" and "the latter half of this year" are the second half', () => {
    expect(timexes('Sales slowed in the last half of 1989.')).toEqual(['the last half of 1989=1989-H2']);
    expect(timexes('The plant opens in the latter half of this year.')).toEqual([
      'the latter half of this year=2021-H2',
    ]);
  });
});

describe('a limit (by, until) that has just passed', () => {
  it('"by Oct. 30", written on Nov. 2, is the Oct. 30 just past, not one a year away', () => {
    const t = only('The council had told the firm to repay the loan by Oct. 30.', 'Oct. 30');
    expect(t.value).toBe('2021-10-30');
    expect(t.rule).toContain('just-passed(future-cue(by))');
  });
  it('a limit ahead stays ahead: "by Nov. 20", "until Sept. 1"', () => {
    expect(only('The firm must repay the loan by Nov. 20.', 'Nov. 20').value).toBe('2021-11-20');
    expect(only('The bridge stays closed until Sept. 1.', 'Sept. 1').value).toBe('2022-09-01');
  });
});

describe('"the week of" a date', () => {
  it('"the week of Nov. 15" is the ISO week that holds the day', () => {
    expect(timexes('The trial may open the week of Nov. 15.')).toEqual(['the week of Nov. 15=2021-W46']);
  });
});

describe('a frequency word that names a newspaper', () => {
  it('"the Workers Party daily Tribune" is a paper; "the weekly Cabinet meeting" and "daily flights" are sets', () => {
    expect(timexes('The Workers Party daily Tribune printed the letter.')).toEqual([]);
    expect(timexes('Ministers met at the weekly Cabinet meeting.')).toEqual(['weekly=P1W']);
    expect(timexes('The airline plans daily flights to the coast.')).toEqual(['daily=P1D']);
  });
});

describe('a capitalized word the tagger reads as a verb is a name, not a tense', () => {
  it('"the anniversary of Roe vs. Wade" does not make January future', () => {
    const body = 'In January, a week after the anniversary of Roe vs. Wade, the clinic closed its doors.';
    expect(only(body, 'January', '2021-10-25').value).toBe('2021-01');
  });
});

describe('two-digit years after a word that makes a number a year', () => {
  it('"since \'82" is 1982 and "in \'08" is 2008 in a 2009 article; a quoted number is no year', () => {
    expect(timexes("Prices are at their lowest since '82.", '2009-03-02')).toEqual(["'82=1982"]);
    expect(timexes("The plant opened in '08.", '2009-03-02')).toEqual(["'08=2008"]);
    expect(timexes("He wore the number '23 on his shirt.", '2009-03-02')).toEqual([]);
  });
});
