import { describe, expect, it } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { findTimexes } from './index.js';
import { daysBetween, insideQuote, isNarrativeDay } from './narrative.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented. 2024-07-24 is a Wednesday, so "on Tuesday" is 2024-07-23.
const WEDNESDAY = '2024-07-24';

function timexes(body: string, published = WEDNESDAY): TimexAnnotation[] {
  return findTimexes(articleOf(body, published));
}

function timexValue(body: string, text: string, published = WEDNESDAY): string {
  const found = timexes(body, published).filter((t) => t.text === text);
  expect(
    found.map((t) => t.text),
    JSON.stringify(timexes(body, published).map((t) => t.text)),
  ).toEqual([text]);
  return found[0]!.value;
}

describe('narrative.ts helpers', () => {
  it('counts days between two dates in UTC', () => {
    expect(daysBetween('2024-07-23', '2024-07-24')).toBe(1);
    expect(daysBetween('2024-12-31', '2025-01-01')).toBe(1);
    expect(daysBetween('2024-07-24', '2024-07-23')).toBe(-1);
  });
  it('a narrative day lies in the week up to publication', () => {
    expect(isNarrativeDay('2024-07-23', WEDNESDAY)).toBe(true);
    expect(isNarrativeDay(WEDNESDAY, WEDNESDAY)).toBe(true);
    expect(isNarrativeDay('2024-07-10', WEDNESDAY)).toBe(false);
    expect(isNarrativeDay('2024-07-25', WEDNESDAY)).toBe(false);
  });
  it('knows when an offset is inside a double quotation of its paragraph', () => {
    const body = 'She said: “We won today.” Then she left.\nA "quoted" word.';
    expect(insideQuote(body, body.indexOf('today'))).toBe(true);
    expect(insideQuote(body, body.indexOf('Then'))).toBe(false);
    expect(insideQuote(body, body.indexOf('quoted'))).toBe(true);
    expect(insideQuote(body, body.indexOf('word'))).toBe(false);
    expect(insideQuote("``We won today,'' she said.", 10)).toBe(true);
  });
});

describe('the day a story is about, when it is before publication', () => {
  const story = 'The home side won the cup final on Tuesday without conceding a goal.';
  it('a quoted "today" is the day the quote was said', () => {
    const body = `${story}\n“We played our best game today,” the captain told reporters afterwards.`;
    expect(timexValue(body, 'today')).toBe('2024-07-23');
  });
  it('a quoted "this morning" too', () => {
    const body = `${story}\n“I could not eat this morning,” the goalkeeper said.`;
    expect(timexValue(body, 'this morning')).toBe('2024-07-23TMO');
  });
  it("an attribution that names its own day keeps the quote off the story's day", () => {
    const body = `${story}\n“We are still celebrating today,” the coach said on Wednesday.`;
    expect(timexValue(body, 'today')).toBe(WEDNESDAY);
  });
  it('"today" outside a quote stays publication day', () => {
    expect(timexValue(`${story}\nThe squad flies home today.`, 'today')).toBe(WEDNESDAY);
  });
  it('a quoted "today" with no recent day before it stays publication day', () => {
    expect(timexValue('“We are ready today,” the coach said.', 'today')).toBe(WEDNESDAY);
  });
  it('"Earlier in the day" with no date of its own is that day', () => {
    const body = `${story}\nEarlier in the day, the reserves lost their match.`;
    expect(timexValue(body, 'Earlier in the day')).toBe('2024-07-23');
  });
  it('"in the morning" with no date of its own is a part of that day', () => {
    const body = `${story}\nFans had queued outside the ground in the morning.`;
    expect(timexValue(body, 'the morning')).toBe('2024-07-23TMO');
  });
  it('"overnight" with no date of its own is the night before that day when it is two days back or more', () => {
    // Published on Friday 2024-07-26, the story's Tuesday is three days back: not the night before publication.
    const body = `${story}\nTickets had sold slowly after overnight rain.`;
    expect(timexValue(body, 'overnight', '2024-07-26')).toBe('2024-07-22TNI');
    // Published the day after the story, "overnight" may be last night: the night before publication stays.
    expect(timexValue(body, 'overnight')).toBe('2024-07-23TNI');
  });
  it('a day counted back from it ("the day prior") does not become the story\'s day', () => {
    const body = `${story}\nThe other semi-finalist had won the day prior.\n“I woke early this morning,” the captain said.`;
    expect(timexValue(body, 'the day prior')).toBe('2024-07-22');
    expect(timexValue(body, 'this morning')).toBe('2024-07-23TMO');
  });
});

describe('weekday phrases', () => {
  it('"overnight into Sunday" is the night before Sunday', () => {
    // 2026-05-24 is a Sunday.
    expect(
      timexValue('Air defences shot down 30 drones overnight into Sunday.', 'overnight into Sunday', '2026-05-24'),
    ).toBe('2026-05-23TNI');
  });
  it('"Earlier Friday" is one expression with Friday\'s value, no separate "Earlier"', () => {
    const found = timexes('Earlier Friday, the union had rejected the offer.', '2024-07-26');
    expect(found.map((t) => [t.text, t.value])).toEqual([['Earlier Friday', '2024-07-26']]);
  });
});

describe('"May" as the month where the modal cannot stand', () => {
  it('possessive: "May\'s jobs report"', () => {
    expect(timexValue('Economists said May’s jobs report beat expectations.', 'May', '2026-06-05')).toBe('2026-05');
  });
  it('subject of a copula: "May was the second increase"', () => {
    expect(timexValue('Hiring rose again. May was the second increase this year.', 'May', '2026-06-05')).toBe(
      '2026-05',
    );
  });
  it('the modal stays out', () => {
    expect(timexes('Prices May rise further, the analyst warned.', '2026-06-05')).toEqual([]);
  });
});

describe('"the year" the story is in', () => {
  const published = '2026-06-05';
  it('"earlier in the year" and "a weak start to the year" are the publication year', () => {
    expect(timexValue('The losses observed earlier in the year were reversed.', 'earlier in the year', published)).toBe(
      '2026',
    );
    expect(timexValue('Hiring rebounded after a weak start to the year.', 'the year', published)).toBe('2026');
  });
  it('"for the year", "the full year", "year-end", "year-to-date"', () => {
    expect(timexValue('For the year, volumes were flat.', 'the year', published)).toBe('2026');
    expect(timexValue('It forecast higher profit for the full year.', 'the full year', published)).toBe('2026');
    expect(timexValue('The deal should close by year-end.', 'year-end', published)).toBe('2026');
    expect(timexValue('Employment is down year-to-date.', 'year-to-date', published)).toBe('2026');
  });
  it('a year the sentence gives wins: "In 2019 … for the year"', () => {
    expect(timexValue('In 2019 the mill lost money for the year as prices fell.', 'the year', published)).toBe('2019');
  });
  it('"the year ended March 31" is a reporting period of one year', () => {
    expect(timexValue('Revenue for the year ended March 31 rose.', 'the year', published)).toBe('P1Y');
  });
  it('"the year" as a noun is left out', () => {
    const found = timexes('She was named player of the year. It was the year of the flood.', published);
    expect(found).toEqual([]);
  });
});

describe('quarters and fiscal years', () => {
  it('"Third-quarter" opening a sentence', () => {
    expect(timexValue('Third-quarter sales fell 11%.', 'Third-quarter', '2024-10-30')).toBe('2024-Q3');
  });
  it('a bare "Q1" after a preposition of time; a label stays out', () => {
    expect(timexValue('The economy shrank in Q1, the report showed.', 'Q1', '2026-06-05')).toBe('2026-Q1');
    expect(timexes('The Q1 engine is a prototype.', '2026-06-05')).toEqual([]);
  });
  it('"fiscal 1989 sales" keeps the year', () => {
    expect(timexValue('Sales were above fiscal 1989 sales of $155 million.', 'fiscal 1989', '1989-11-02')).toBe('1989');
  });
  it('"in coming months" points ahead', () => {
    expect(timexValue('The economy should slow in coming months.', 'coming months', '2024-07-24')).toBe('FUTURE_REF');
  });
});

describe('nights and events named by their date', () => {
  it('a night told in the past on publication day is the night before', () => {
    // 2026-05-24 is a Sunday.
    const body = 'A drone attack hit the capital on Sunday. Sirens blared through the night as fires spread.';
    expect(timexValue(body, 'the night', '2026-05-24')).toBe('2026-05-23TNI');
  });
  it('a night still ahead stays publication day', () => {
    expect(timexValue('Crews will work through the night to clear the road.', 'the night', '2026-05-24')).toBe(
      '2026-05-24TNI',
    );
  });
  it('"the Oct. 7 attacks" in a past clause stays in the past, though next Oct. 7 is nearer', () => {
    const body = 'The army described him as the planner behind the Oct. 7 attacks on border towns.';
    expect(timexValue(body, 'Oct. 7', '2024-08-08')).toBe('2023-10-07');
  });
  it('a date that names nothing keeps the nearer occurrence when the verb stands apart', () => {
    const body = 'The board declared a dividend of 20 cents a share, payable Dec. 9 to holders of record.';
    expect(timexValue(body, 'Dec. 9', '2024-10-28')).toBe('2024-12-09');
  });
});

describe('"since" looks back', () => {
  it('"since March" in a clause with a future verb is the past March', () => {
    const body = 'The carrier, at sea since March, is scheduled to return to port in the autumn.';
    expect(timexValue(body, 'March', '1990-08-13')).toBe('1990-03');
  });
});

describe('seasons and halves', () => {
  it('"this past spring" in October is this year\'s spring; "last spring" the year before\'s', () => {
    expect(timexValue('Costs were high this past spring.', 'this past spring', '1989-10-30')).toBe('1989-SP');
    expect(timexValue('A strike began last spring.', 'last spring', '1989-10-30')).toBe('1988-SP');
  });
  it('"an hour and a half", "a minute and a half"', () => {
    expect(timexValue('The hearing lasted an hour and a half.', 'an hour and a half')).toBe('PT1.5H');
    expect(timexValue('A minute and a half later, the pilot called.', 'A minute and a half later')).toBe('PT1.5M');
  });
});

describe('"within days"', () => {
  it('in a future clause is a time soon to come', () => {
    expect(timexValue('Ministers will meet within days to discuss the sanctions.', 'days')).toBe('FUTURE_REF');
  });
  it('in a past clause is a length of time', () => {
    expect(timexValue('The hostage died within weeks of his capture.', 'weeks')).toBe('PXW');
  });
});

describe('"the next morning" and its kin', () => {
  it('shift the last date given, then take the part of the day', () => {
    const body = 'The boy was taken to hospital on Tuesday. He appeared in court the next morning.';
    expect(timexValue(body, 'the next morning')).toBe('2024-07-24TMO');
    const evening = 'The talks began on Monday. The previous evening, the envoys had dined together.';
    expect(timexValue(evening, 'The previous evening')).toBe('2024-07-21TEV');
  });
});

describe('clock times with no day of their own', () => {
  it('take the day the story is about', () => {
    const body = 'Missiles struck the port on Tuesday. The first strike came at 1:05 a.m. and lasted minutes.';
    expect(timexValue(body, '1:05 a.m.')).toBe('2024-07-23T01:05');
    const noon = 'Missiles struck the port on Tuesday. Sirens sounded again at noon.';
    expect(timexValue(noon, 'noon')).toBe('2024-07-23T12:00');
  });
  it('else publication day', () => {
    expect(timexValue('The first strike came at 1:05 a.m. and lasted minutes.', '1:05 a.m.')).toBe('2024-07-24T01:05');
  });
});

describe('"earlier on Thursday"', () => {
  it('keeps "on" and "earlier" outside the span, and no PAST_REF beside it', () => {
    const found = timexes('The minister told the envoy earlier on Thursday that talks would resume.', '2024-07-26');
    expect(found.map((t) => [t.text, t.value])).toEqual([['Thursday', '2024-07-25']]);
  });
});
