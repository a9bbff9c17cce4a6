import { describe, expect, it } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented. Published on a Monday.
const only = (body: string, text: string, published = '2021-11-08'): TimexAnnotation =>
  onlyTimex(body, text, published);

describe('TimeML extents: words that belong to the expression', () => {
  it('a word of approximation before a clock time joins it: "about 2:30 a.m."', () => {
    const t = only('On Sunday the council vote wrapped up at about 2:30 a.m.', 'about 2:30 a.m.');
    expect(t.value).toBe('2021-11-07T02:30');
    expect(t.rule).toContain('approximate(about)');
    expect(only('The ferry docked around 7:15 p.m.', 'around 7:15 p.m.').rule).toContain('approximate(around)');
  });
  it('a bound before a clock time stays out ("after 9 p.m." is a relation, not an approximation)', () => {
    expect(only('The gates closed after 9 p.m.', '9 p.m.').rule).not.toContain('approximate');
  });
  it('"the" joins a decade with a modifier ("the late 1970s"); a bare "the 1990s" keeps it out', () => {
    expect(only('The mill closed in the late 1970s.', 'the late 1970s').value).toBe('197');
    expect(only('Prices rose sharply by the mid-1990s.', 'the mid-1990s').value).toBe('199');
    expect(only('The mill thrived in the 1990s.', '1990s').value).toBe('199');
    expect(only('The mill reopened in the early summer of 2019.', 'the early summer of 2019').value).toBe('2019-SU');
  });
  it('"earlier" and "later" before today, yesterday or tonight are one expression with it', () => {
    expect(only('The ferry company said earlier today that it would resume service.', 'earlier today').value).toBe(
      '2021-11-08',
    );
    expect(only('Later yesterday, the ferry company resumed service.', 'Later yesterday').value).toBe('2021-11-07');
  });
  it('"for the time being": the preposition stays out of the span, as in "for now"', () => {
    expect(only('The bridge stays closed for the time being.', 'the time being').value).toBe('PRESENT_REF');
  });
});

describe('direction: "as soon as" points ahead', () => {
  it('"could reopen as soon as Wednesday, the mayor said" is the coming Wednesday, whatever the reporting verb', () => {
    const t = only('The bridge could reopen as soon as Wednesday, the mayor said.', 'Wednesday');
    expect(t.value).toBe('2021-11-10');
    expect(t.rule).toContain('as-soon-as');
  });
});

describe('expressions read whole, or not at all', () => {
  it('an hour with a part of the day after a preposition is a clock time: "at 4 in the morning"', () => {
    expect(only('On Sunday the ferry left at 4 in the morning.', '4 in the morning').value).toBe('2021-11-07T04:00');
    expect(only('On Sunday the shop stayed open until eight in the evening.', 'eight in the evening').value).toBe(
      '2021-11-07T20:00',
    );
  });
  it('a number before "in the morning" without a preposition of time is no clock time', () => {
    expect(only('Shares fell 4 in the morning session.', 'the morning').type).toBe('TIME');
    expect(only('The index rose to 4 in the morning session.', 'the morning').type).toBe('TIME');
  });
  it('"for centuries" is a length of unspecified years, as "for decades" is', () => {
    expect(only('The bridge has stood for centuries.', 'centuries').value).toBe('PXY');
  });
  it('"will one day" is the idiom for a time to come, not a day\'s length; "to one day" stays a length', () => {
    const t = only('The mayor said the ferry will one day cross to the island.', 'one day');
    expect(t.value).toBe('FUTURE_REF');
    expect(only('The council cut the visit to one day.', 'one day').value).toBe('P1D');
  });
  it('a capitalized Today after an acronym, "the" or a possessive names a paper or programme, not a day', () => {
    const none = (body: string) => expect(findTimexes(articleOf(body, '2021-11-08'))).toEqual([]);
    none('The survey was published by USA Today.');
    none('She told NBC’s Today show about the bridge.');
    none('He spoke on the Today programme.');
    expect(only('Today the council meets.', 'Today').value).toBe('2021-11-08');
  });
});

describe('parts of the day with early, mid or late; decades in words', () => {
  it('"by mid-afternoon" is the story\'s afternoon; "at mid-afternoon yesterday" yesterday\'s', () => {
    expect(only('By mid-afternoon, the ferry had docked.', 'mid-afternoon').value).toBe('2021-11-08TAF');
    expect(only('The shares rose at mid-afternoon yesterday.', 'mid-afternoon yesterday').value).toBe('2021-11-07TAF');
    expect(only('The market was quiet until late evening.', 'late evening').value).toBe('2021-11-08TEV');
  });
  it('"the nineties", "the late sixties" are decades; "in her nineties" is an age', () => {
    expect(only('Membership fell through the nineties.', 'the nineties').value).toBe('199');
    expect(only('The mill opened in the late sixties.', 'the late sixties').value).toBe('196');
    expect(findTimexes(articleOf('The founder is in her nineties.', '2021-11-08'))).toEqual([]);
    expect(findTimexes(articleOf('Highs will reach the nineties.', '2021-11-08'))).toEqual([]);
  });
});

describe('direction: a modal perfect looks back', () => {
  it('"may have been behind the drop on Wednesday" is the last Wednesday; "will have finished by Wednesday" the next', () => {
    const back = onlyTimex(
      'The glitch may have been behind the drop in the shares on Wednesday.',
      'Wednesday',
      '2021-11-12',
    );
    expect(back.value).toBe('2021-11-10');
    expect(back.rule).toContain('may-have');
    const ahead = onlyTimex('The crew will have finished the bridge by Wednesday.', 'Wednesday', '2021-11-12');
    expect(ahead.value).toBe('2021-11-17');
  });
});

describe('"the quarter ended <day>"', () => {
  it('with no quarter named before, is the calendar quarter holding most of the three months to that day', () => {
    const pub = '1999-10-29';
    expect(onlyTimex('In the quarter ended July 31, the printer gained two clients.', 'the quarter', pub).value).toBe(
      '1999-Q2',
    );
    expect(onlyTimex('For the quarter ended Sept. 30, the bakery earned $3 million.', 'the quarter', pub).value).toBe(
      '1999-Q3',
    );
    expect(onlyTimex('In the quarter ended Jan. 31, 1998, sales fell.', 'the quarter', pub).value).toBe('1997-Q4');
  });
  it('after a quarter the report named, keeps that quarter (a fiscal name wins over the calendar)', () => {
    const body = 'The mill earned $2 million in its fiscal first quarter. Sales for the quarter ended Sept. 30 rose.';
    expect(onlyTimex(body, 'the quarter', '1999-10-29').value).toBe('1999-Q1');
  });
});

describe('anaphora: earlier/later that day, the previous Friday', () => {
  it('"Earlier that day" and "later that year" are one expression with the unit of the last date given', () => {
    const body =
      'The mill reopened on March 3, 2019. Earlier that day, the crews arrived. It closed in 2020; later that year it was sold.';
    expect(onlyTimex(body, 'Earlier that day', '2021-11-08').value).toBe('2019-03-03');
    expect(onlyTimex(body, 'later that year', '2021-11-08').value).toBe('2020');
  });
  it('"that same day" reads as "that day"; with no day to refer to it stays unresolved, never guessed', () => {
    const t = onlyTimex('The list was changed that same day.', 'that same day', '2021-11-08');
    expect(t.value).toBe('XXXX-XX-XX');
    expect(t.rule).toContain('unresolved');
  });
  it('"the previous Friday" is the Friday before the last day given, "the following Monday" the Monday after', () => {
    const body = 'The index closed on Friday, Nov. 5, down 2% from the previous Friday.';
    expect(onlyTimex(body, 'the previous Friday', '2021-11-08').value).toBe('2021-10-29');
    const after = 'The ferry sank on Nov. 3, 2021, and was raised the following Monday.';
    expect(onlyTimex(after, 'the following Monday', '2021-11-20').value).toBe('2021-11-08');
  });
});

describe('a zone written as an offset from GMT/UTC', () => {
  it('joins the clock time and its value instead of reading it as UTC', () => {
    const t = only('The plane landed at 6:40 p.m. (GMT +8) on Sunday.', '6:40 p.m. (GMT +8)');
    expect(t.value).toMatch(/T18:40\+08$/);
    expect(only('Trading ends at 0900 UTC-5, the exchange said.', '0900 UTC-5').value).toMatch(/T09:00-05$/);
    expect(only('The talks began at 3 p.m. (1400 GMT).', '1400 GMT').value).toMatch(/T14:00Z$/);
  });
});
