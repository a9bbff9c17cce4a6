import { describe, expect, it } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented. 2024-07-23 is a Tuesday; 2024-05-24 a Friday.
const only = (body: string, text: string, published = '2024-07-23'): TimexAnnotation =>
  onlyTimex(body, text, published);

describe('weekday direction follows tense and modality', () => {
  it('"will address … on Wednesday" in a Tuesday article is the next day', () => {
    expect(
      only('The visiting premier will address the assembly on Wednesday, her office said.', 'Wednesday').value,
    ).toBe('2024-07-24');
  });
  it('a verb coordinated with "will" carries it: "… and meet the mayor on Thursday"', () => {
    expect(only('The premier will tour the port and meet the mayor on Thursday.', 'Thursday').value).toBe('2024-07-25');
  });
  it('a scheduling present tense points ahead: "the council meets Monday"', () => {
    expect(only('The city council meets Monday to vote on the budget.', 'Monday').rule).toBe(
      'weekday:present-tense(meets)',
    );
    expect(only('The city council meets Monday to vote on the budget.', 'Monday').value).toBe('2024-07-29');
  });
  it('a verb of saying in the present does not: "police say the fire started Sunday"', () => {
    expect(only('Police say the fire started Sunday in a warehouse.', 'Sunday').value).toBe('2024-07-21');
  });
  it('"set", "cut" and other forms equal to their past tense decide nothing', () => {
    expect(only('Rioters set fire to two cars on Monday.', 'Monday').value).toBe('2024-07-22');
  });
});

describe('reported speech does not move a date into the past', () => {
  it('"said on Wednesday that a second cut in July was not a given" → the coming July', () => {
    const body = 'The central banker said on Wednesday that a second cut in July was not a given.';
    expect(only(body, 'July', '2024-05-24').value).toBe('2024-07');
    expect(only(body, 'July', '2024-05-24').rule).toBe('month:default-nearest');
    expect(only(body, 'Wednesday', '2024-05-24').value).toBe('2024-05-22');
  });
  it('a verb of its own in the reported clause still decides', () => {
    expect(only('The minister said on Friday that prices rose in March.', 'March', '2024-05-24').value).toBe('2024-03');
  });
  it('with no cue at all, a month-day is its nearer occurrence ("payable Jan. 2" in November)', () => {
    expect(only('The dividend is payable Jan. 2 to holders of record.', 'Jan. 2', '2023-11-02').value).toBe(
      '2024-01-02',
    );
  });
  it('"last June", "next March" look strictly back and ahead', () => {
    expect(only('Sales fell sharply last June.', 'last June', '2024-06-20').value).toBe('2023-06');
    expect(only('The plant opens next March.', 'next March', '2024-06-20').value).toBe('2025-03');
  });
});

describe('parts of the day and clock times', () => {
  it('"the morning hours of Thursday" is that date with TMO', () => {
    const t = only(
      'Shelling resumed in the morning hours of Thursday, residents said.',
      'morning hours of Thursday',
      '2024-07-26',
    );
    expect([t.type, t.value]).toEqual(['TIME', '2024-07-25TMO']);
  });
  it('"early hours of April 17" is the date with TMO', () => {
    expect(
      only('Troops entered the village in the early hours of April 17, officials said.', 'early hours of April 17')
        .value,
    ).toBe('2024-04-17TMO');
  });
  it('"noon" and "noon Saturday" are clock times on their day', () => {
    expect(only('The ferry left at noon Saturday with forty passengers.', 'noon Saturday').value).toBe(
      '2024-07-20T12:00',
    );
    const t = only('The hearing resumed at noon.', 'noon');
    expect([t.value, t.rule]).toEqual(['2024-07-23T12:00', 'clock-word:default-publication-date']);
  });
  it('"0900 GMT" is a zoned clock time on the sentence date', () => {
    expect(only('The ceasefire began on Monday at 0900 GMT.', '0900 GMT').value).toBe('2024-07-22T09:00Z');
  });
  it('"in the morning" is a part of the sentence day, else of publication day (said in the rule)', () => {
    expect(only('Crowds gathered in the morning outside the court.', 'the morning').rule).toBe(
      'part-of-day:default-publication-date',
    );
    expect(only('On Sunday, crowds gathered in the morning outside the court.', 'the morning').value).toBe(
      '2024-07-21TMO',
    );
    // "through the night", "into the morning": the same reading; a night told in the past on publication day is
    // the one that ended that morning (narrative.test.ts).
    expect(only('Sirens sounded through the night.', 'the night').value).toBe('2024-07-22TNI');
  });
});

describe('anchored expressions', () => {
  it('"a day after the second anniversary" is a date whose anchor the text does not give', () => {
    const t = only('The vote came a day after the second anniversary of the flood.', 'a day after');
    expect([t.type, t.value, t.rule]).toEqual(['DATE', 'XXXX-XX-XX', 'anchored:P1D-after-event:unresolved']);
  });
  it('"that day" takes the last date given, and is unresolved (not dropped) without one', () => {
    expect(
      only('The storm reached the coast on March 3. That day, schools closed.', 'That day', '2024-03-10').value,
    ).toBe('2024-03-03');
    const t = only('That day, schools closed across the region.', 'That day');
    expect([t.value, t.rule]).toEqual(['XXXX-XX-XX', 'anaphora:that-day:unresolved']);
  });
  it('"at that point" and "back then" refer to the last date given', () => {
    expect(only('Talks stalled in 2019. At that point, few expected a deal.', 'that point').value).toBe('2019');
    expect(only('The mill closed in 1998. Wages were low back then.', 'then').value).toBe('1998');
    expect(only('Nobody knew at that point what had happened.', 'that point').rule).toBe(
      'anaphora:that-point:unresolved',
    );
  });
  it('"then" as a connective is not a date', () => {
    expect(findTimexes(articleOf('He paused, and then the rain came.', '2024-07-23'))).toEqual([]);
  });
  it('"all weekend" is the weekend of the clause; "weeklong" a week', () => {
    expect(only('Volunteers worked all weekend to clear the roads.', 'all weekend').value).toBe('2024-W29-WE');
    expect(only('The union began a weeklong strike.', 'weeklong').value).toBe('P1W');
  });
});

describe('a report’s quarter', () => {
  it('"the quarter" and "a year earlier" refer to the quarter the report names', () => {
    const body =
      'The retailer reported a third-quarter loss. Sales in the quarter fell to $9 million from $11 million a year earlier.';
    expect(only(body, 'the quarter', '2023-11-02').value).toBe('2023-Q3');
    expect(only(body, 'a year earlier', '2023-11-02').value).toBe('2022-Q3');
  });
  it('"the quarter" with no quarter named is the last completed one, said in the rule; "the same quarter" is unresolved', () => {
    const t = only('Sales in the quarter fell sharply.', 'the quarter');
    expect([t.value, t.rule]).toEqual(['2024-Q2', 'anaphora:the-quarter:default-last-completed']);
    expect(only('Sales in the same quarter fell sharply.', 'the same quarter').value).toBe('XXXX-QX');
  });
});

describe('counted amounts before an event stay durations', () => {
  it('"five years after the war" is P5Y, as TimeML writes it', () => {
    expect(only('Five years after the war ended, the bridge reopened.', 'Five years').value).toBe('P5Y');
  });
});

describe('more direction cues', () => {
  it('a date an extension verb moves to lies ahead', () => {
    expect(
      only(
        'The company extended its offer for the shares until 5 p.m. EST, Nov. 9.',
        '5 p.m. EST, Nov. 9',
        '2023-11-02',
      ).value,
    ).toBe('2023-11-09T17:00');
    expect(only('The court postponed the hearing to March 3.', 'March 3', '2024-06-20').value).toBe('2025-03-03');
    expect(only('The envoy extended condolences to the family on Monday.', 'Monday').value).toBe('2024-07-22');
  });
  it('"Saturday, April 25" takes the year in which that day is a Saturday', () => {
    const t = only(
      'The paper said in an editorial on Saturday, April 25: the ruling was wrong.',
      'Saturday, April 25',
      '2026-04-24',
    );
    expect([t.value, t.rule]).toEqual(['2026-04-25', 'chrono+month-day:year-of-weekday']);
  });
  it('"the March for Life" is an event, not a month', () => {
    expect(findTimexes(articleOf('Thousands joined the March for Life downtown.', '2024-07-23'))).toEqual([]);
  });
});

describe('years in a Title Case headline', () => {
  it('"Sales Fall In 2005" is a year; "Windows 2000" is not', () => {
    expect(only('Carmaker Says Sales Fall In 2005', '2005').value).toBe('2005');
    expect(findTimexes(articleOf('The office still runs Windows 2000 on old machines.', '2024-07-23'))).toEqual([]);
  });
});
