import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimexAnnotation } from '@dossier/core';
import { isTimexValue } from '@dossier/normalize';
import { dayOf, findTimexes, timexesIn } from './index.js';
import { articleOf } from '../article.test-helpers.js';

/** An ArticleDoc for a body written here (paragraphs split at blank lines), with wink's real tokens and sentences. */
const docOf = (body: string, published: string) => articleOf(body, published);

function timexes(body: string, published = '2024-01-26'): TimexAnnotation[] {
  return findTimexes(docOf(body, published));
}

/** The one timex whose text is `text`; fails the test when there is none. */
function only(body: string, text: string, published = '2024-01-26'): TimexAnnotation {
  const all = timexes(body, published);
  const found = all.filter((t) => t.text === text);
  expect(
    found.map((t) => t.text),
    `timexes found: ${JSON.stringify(all.map((t) => t.text))}`,
  ).toEqual([text]);
  return found[0]!;
}

// Published Friday 2024-01-26 unless a test says otherwise. Sentences are invented.
describe('weekdays follow the tense of their clause', () => {
  it('past tense → the most recent one', () => {
    const t = only('The foreign minister met her counterpart on Thursday in Vienna.', 'Thursday');
    expect([t.type, t.value, t.anchor, t.precision]).toEqual(['DATE', '2024-01-25', '2024-01-26', 'day']);
    expect(t.rule).toBe('weekday:past-tense(met)');
    expect(only('The council met Monday to discuss the budget.', 'Monday').value).toBe('2024-01-22');
  });
  it('future tense → the next one', () => {
    expect(only('The council will meet Monday to discuss the budget.', 'Monday').value).toBe('2024-01-29');
    expect(only('Negotiators are expected to resume talks on Tuesday.', 'Tuesday').value).toBe('2024-01-30');
    expect(only('Delegates left for a summit to be held on Friday in Geneva.', 'Friday').value).toBe('2024-01-26');
  });
  it('the verb before the expression governs it, across "that"', () => {
    expect(only('Mayor Lena Varga said on Wednesday that the bridge will reopen soon.', 'Wednesday').value).toBe(
      '2024-01-24',
    );
  });
  it('no tense cue at all: a default, and the rule says so', () => {
    expect(only('Thursday: a day of talks.', 'Thursday').rule).toMatch(/default-past/);
  });
  it('parts of day, "late", "overnight"', () => {
    const evening = only(
      'A spokesman for the agency said in a statement Thursday evening that the talks had ended.',
      'Thursday evening',
    );
    expect([evening.type, evening.value, evening.precision]).toEqual(['TIME', '2024-01-25TEV', 'time']);
    expect(only('Rebels attacked the depot late Tuesday, officials said.', 'late Tuesday').value).toBe('2024-01-23');
    expect(only('Rebels shelled the port overnight on Tuesday.', 'overnight on Tuesday').value).toBe('2024-01-23TNI');
    expect(only('Drones struck the grid overnight, the ministry said.', 'overnight').value).toBe('2024-01-25TNI');
  });
  it('"overnight" takes the date the sentence establishes as its anchor', () => {
    const all = timexes('The governor said on Saturday that drones struck the grid overnight.', '2024-01-28');
    const night = all.find((t) => t.text === 'overnight')!;
    expect([night.value, night.rule]).toEqual(['2024-01-26TNI', 'overnight:night-before-sentence-date']);
  });
});

describe('months and dates without a year', () => {
  it('past tense → the most recent such month', () => {
    const t = only('The two leaders signed a framework agreement in November.', 'November');
    expect([t.value, t.precision, t.rule]).toEqual(['2023-11', 'month', 'month:past-tense(signed)']);
  });
  it('future tense or a deadline → the next one', () => {
    expect(only('The two leaders will sign the agreement in November.', 'November').value).toBe('2024-11');
    expect(only('The mediators have set a March deadline for a deal.', 'March').value).toBe('2024-03');
    expect(only('Dealers lose their franchises after October of next year.', 'October of next year').value).toBe(
      '2025-10',
    );
    expect(only('Officials have promised a decision by Thursday.', 'Thursday').value).toBe('2024-02-01');
    expect(only('Rioters set fire to a bus on Thursday.', 'Thursday').value).toBe('2024-01-25');
    expect(only('The two sides are set to meet on Thursday.', 'Thursday').value).toBe('2024-02-01');
    expect(only('By June, prices had doubled.', 'June').value).toBe('2023-06');
  });
  it('"7 October" and "Oct. 7" take the year from context', () => {
    expect(only('Gunmen stormed the village on 7 October, witnesses said.', '7 October', '2023-10-21').value).toBe(
      '2023-10-07',
    );
    expect(only('Gunmen stormed the village on Oct. 7, witnesses said.', 'Oct. 7', '2023-10-21').value).toBe(
      '2023-10-07',
    );
    expect(only('The referendum was held on March 3.', 'March 3').value).toBe('2023-03-03');
    expect(only('The referendum will be held on March 3.', 'March 3').value).toBe('2024-03-03');
    expect(only('The treaty was signed on 4 May 1999 in Oslo.', '4 May 1999').value).toBe('1999-05-04');
  });
  it('mid-, early and late keep the period value and say so in the rule', () => {
    const t = only('Power cuts have spread since mid-January.', 'mid-January');
    expect([t.value, t.rule]).toEqual(['2024-01', 'month:past-cue(since)+mod:mid']);
    expect(only('The company has lost ground since early 2022.', 'early 2022').value).toBe('2022');
  });
});

describe('relative expressions', () => {
  it('this week, earlier this week, last month, next week, this year', () => {
    expect(only('The embassy recalled its envoy earlier this week.', 'earlier this week', '2023-11-04').value).toBe(
      '2023-W44',
    );
    expect(only('Prices rose sharply last month.', 'last month').value).toBe('2023-12');
    expect(only('A new round is planned for next week.', 'next week').value).toBe('2024-W05');
    expect(only('Exports fell this year.', 'this year').value).toBe('2024');
    expect(only('Ministers met over the weekend in Rome.', 'over the weekend', '2024-01-28').value).toBe('2024-W04-WE');
  });
  it('today, yesterday, tonight', () => {
    expect(only('The court ruled yesterday.', 'yesterday').value).toBe('2024-01-25');
    expect(only('He will speak tonight.', 'tonight').value).toBe('2024-01-26TNI');
  });
  it('ago, with and without a number', () => {
    expect(only('The army began its offensive almost two weeks ago.', 'almost two weeks ago', '2023-11-09').value).toBe(
      '2023-W43',
    );
    expect(only('Proposals were put forward several weeks ago.', 'several weeks ago').value).toBe('PAST_REF');
  });
  it('references', () => {
    expect(only('Officials are now hopeful of a deal.', 'now').value).toBe('PRESENT_REF');
    expect(only('Envoys will meet over the coming days.', 'over the coming days').value).toBe('FUTURE_REF');
    expect(only('The mayor recently visited the plant.', 'recently').value).toBe('PAST_REF');
    expect(only('Speaking earlier, the mayor praised the crews.', 'earlier').value).toBe('PAST_REF');
  });
  it('"the following year" is anchored on the year the text just gave', () => {
    const t = only('The accord was reached in 2020 and troops withdrew the following year.', 'the following year');
    expect([t.value, t.anchor]).toEqual(['2021', '2020-01-01']);
  });
  it('"since then" takes the last date given', () => {
    const all = timexes('Rebels seized the town on 7 October. Hundreds have fled since then.', '2023-11-04');
    expect(all.find((t) => t.text === 'then')!.value).toBe('2023-10-07');
  });
  it('the 1990s is a decade', () => {
    const t = only('The port was rebuilt in the 1990s.', '1990s');
    expect([t.value, t.precision]).toEqual(['199', 'decade']);
  });
});

describe('durations, ranges and sets', () => {
  it('hyphenated and counted durations', () => {
    expect(only('Both sides agreed to a week-long truce.', 'week-long').value).toBe('P1W');
    expect(only('The plan includes a two-month ceasefire.', 'two-month').value).toBe('P2M');
    expect(only('Aid will enter during daily four-hour pauses.', 'four-hour').value).toBe('PT4H');
    expect(only('The strike has lasted 100 days.', '100 days').value).toBe('P100D');
    expect(only('Some prisoners were held for nearly four years.', 'nearly four years').value).toBe('P4Y');
    expect(only('The project is two and a half years late.', 'two and a half years').value).toBe('P2.5Y');
    expect(only('The region has been unstable for years.', 'years').value).toBe('PXY');
    expect(only('But in a statement minutes later, the minister disagreed.', 'minutes later').value).toBe('PTXM');
    expect(only('Crowds gathered for a sixth consecutive day.', 'sixth consecutive day').value).toBe('P6D');
    const age = only('The 59-year-old teacher was released.', '59-year-old');
    expect([age.type, age.value]).toEqual(['DURATION', 'P59Y']);
  });
  it('"the past week" is a duration with a range; the preposition stays outside the span', () => {
    const t = only('The envoy held talks over the past week with both sides.', 'the past week');
    expect([t.type, t.value, t.rangeStart, t.rangeEnd, t.precision]).toEqual([
      'DURATION',
      'P1W',
      '2024-01-19',
      '2024-01-26',
      'none',
    ]);
    expect(
      only('More than 100 lorries entered in the past 24 hours.', 'the past 24 hours', '2023-11-04').rangeStart,
    ).toBe('2023-11-03');
  });
  it('"the rest of the year" and "into 2025"', () => {
    const rest = timexes('Ministers said the fighting may continue for the rest of the year, if not into 2025.');
    expect(rest.map((t) => [t.text, t.value, t.rangeStart, t.rangeEnd])).toEqual([
      ['the rest of the year', '2024', '2024-01-26', '2024-12-31'],
      ['2025', '2025', null, null],
    ]);
  });
  it('sets', () => {
    const minute = only('"Things change every single minute," the aide said.', 'every single minute');
    expect([minute.type, minute.value]).toEqual(['SET', 'PT1M']);
    expect(only('The ministry holds daily briefings.', 'daily').value).toBe('P1D');
    expect(only('The president spoke in his nightly address.', 'nightly').value).toBe('P1D');
    expect(only('The club meets twice a week.', 'twice a week').value).toBe('P1W');
    const rate = only('About 500 trucks a day crossed before the war.', 'a day');
    expect([rate.type, rate.value]).toEqual(['SET', 'P1D']);
    const length = only('The border closed for a day.', 'a day');
    expect([length.type, length.value]).toEqual(['DURATION', 'P1D']);
  });
});

describe('quarters, halves, clock times and periods ahead', () => {
  it('quarters and halves', () => {
    expect(
      only('The carmaker lost money in the third quarter of this year.', 'the third quarter of this year', '2009-11-03')
        .value,
    ).toBe('2009-Q3');
    expect(only('Profits rose in the first quarter.', 'the first quarter', '2009-05-07').value).toBe('2009-Q1');
    expect(only('Its third-quarter results beat forecasts.', 'third-quarter', '2009-11-03').value).toBe('2009-Q3');
    expect(only('Sales fell in the last quarter.', 'the last quarter', '2007-01-18').value).toBe('2006-Q4');
    expect(only('Output slowed in the first half of 2024.', 'the first half of 2024').value).toBe('2024-H1');
    expect(timexes('Shares fell by about a quarter.')).toEqual([]);
  });
  it('"the day" after a verb of ending, and fixed references', () => {
    expect(only('The index rose 2% to end the day at 7,100.', 'the day', '2009-02-24').value).toBe('2009-02-24');
    expect(only('Stocks fell late in the day.', 'late in the day', '2009-02-24').rule).toBe(
      'the-day:default-publication-date',
    );
    expect(timexes('It was the day of the vote.')).toEqual([]);
    expect(only('Rates will stay low for the time being.', 'the time being').value).toBe('PRESENT_REF');
  });
  it('clock times take the zone and the day named with them', () => {
    const t = only('The index was down 2% at 16:08 UTC.', '16:08 UTC', '2008-09-17');
    expect([t.type, t.value]).toEqual(['TIME', '2008-09-17T16:08Z']);
    expect(only('The company filed at 12:00 UTC Monday.', '12:00 UTC Monday', '2009-06-01').value).toBe(
      '2009-06-01T12:00Z',
    );
  });
  it('periods ahead, late yesterday, the current year, the 80s', () => {
    const t = only('The plant will close over the next two years.', 'the next two years');
    expect([t.type, t.value, t.rangeStart, t.rangeEnd]).toEqual(['DURATION', 'P2Y', '2024-01-26', '2026-01-26']);
    expect(only('The vote ended late yesterday.', 'late yesterday').value).toBe('2024-01-25');
    expect(only('Revenue should grow in the current year.', 'the current year').value).toBe('2024');
    expect(only("The brand was popular in the '80s.", "'80s").value).toBe('198');
    expect(only('The law dates from the 20th century.', 'the 20th century').value).toBe('19');
    expect(only('Profit beat the year-earlier result.', 'year-earlier').value).toBe('2023');
    expect(only('The ceasefire held over Christmas.', 'Christmas').value).toBe('2023-12-25');
    expect(only('The market will reopen after New Year’s Day.', 'New Year’s Day').value).toBe('2025-01-01');
    expect(only("Traders recalled 1987's crash.", '1987').value).toBe('1987');
    expect(only('A decade ago the party won.', 'A decade ago').value).toBe('2014');
    const weekly = only('Officials will meet every Monday until the vote.', 'every Monday');
    expect([weekly.type, weekly.value]).toEqual(['SET', 'P1W']);
  });
});

describe('datelines', () => {
  it('emits the dateline date as a DATE in the publication year', () => {
    const body = 'OSLO, Feb 5 (Reuters) - Fishermen protested on Thursday.';
    const doc = docOf(body, '2026-02-05');
    expect(doc.dateline).toEqual({
      start: 0,
      end: 21,
      text: 'OSLO, Feb 5 (Reuters)',
      place: 'OSLO',
      dateText: 'Feb 5',
      agency: 'Reuters',
    });
    const all = findTimexes(doc);
    const t = all.find((x) => x.text === 'Feb 5')!;
    expect([t.start, t.type, t.value, t.rule]).toEqual([
      6,
      'DATE',
      '2026-02-05',
      'dateline:month-day-on-or-before-publication',
    ]);
  });
});

describe('words that are not time', () => {
  it('"at a time", the verb "may", ordinals and counts', () => {
    expect(timexes('The army wants to move one phase at a time.')).toEqual([]);
    expect(timexes('The war may continue, and aid may stop.')).toEqual([]);
    expect(timexes('Delegates flew in for a second summit.')).toEqual([]);
    expect(timexes('The Russell 2000 index fell, and 2000 soldiers were deployed.')).toEqual([]);
    expect(timexes('Analysts attended earlier talks in Oslo.')).toEqual([]);
    expect(timexes('The board published the minutes of the meeting.')).toEqual([]);
  });
  it('"May" with a date context is the month', () => {
    expect(only('The ceasefire collapsed in May.', 'May').value).toBe('2023-05');
  });
});

describe('helpers for other stages', () => {
  it('timexesIn returns the timexes inside a span; dayOf gives their day', () => {
    const body = 'The envoy met the minister on Thursday evening. Talks resume next week.';
    const all = timexes(body);
    const firstSentence = { start: 0, end: body.indexOf('.') + 1 };
    const inside = timexesIn(all, firstSentence);
    expect(inside.map((t) => t.text)).toEqual(['Thursday evening']);
    expect(dayOf(inside[0]!.value)).toBe('2024-01-25');
  });
  it('is deterministic', () => {
    const body = 'The envoy met officials on Monday and will return in March for two weeks.';
    expect(timexes(body)).toEqual(timexes(body));
  });
});

describe('invariants (property)', () => {
  const pieces = [
    'The minister met the envoy on Thursday',
    'talks will resume next week',
    'for the past 24 hours',
    'a two-month truce',
    'in November',
    'on 7 October',
    'every single minute',
    'several weeks ago',
    'since mid-January',
    'overnight',
    'the war may go on',
    'one phase at a time',
    'in the 1990s',
    'the rest of the year',
    '500 trucks a day',
    'at 3 p.m. on Monday',
    'the following year',
    'since then',
    'Ünïcödé 🎉 text',
    'in 2025',
  ];
  it('every span round-trips, values follow the TIMEX3 grammar, spans do not overlap', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...pieces), { minLength: 1, maxLength: 8 }),
        fc.constantFrom(', ', '. ', ' and ', '\n\n'),
        fc.date({ min: new Date('1995-01-01T00:00:00Z'), max: new Date('2045-12-31T00:00:00Z'), noInvalidDate: true }),
        (parts, glue, published) => {
          const body = `${parts.join(glue)}.`;
          const pub = published.toISOString().slice(0, 10);
          const found = findTimexes(docOf(body, pub));
          let lastEnd = 0;
          for (const t of found) {
            expect(body.slice(t.start, t.end)).toBe(t.text);
            expect(isTimexValue(t.value), `${t.text} → ${t.value}`).toBe(true);
            expect(t.anchor).toMatch(/^\d{4}-\d{2}-\d{2}$/);
            expect(t.rule.length).toBeGreaterThan(0);
            expect(t.start).toBeGreaterThanOrEqual(lastEnd);
            if (t.rangeStart !== null) expect(t.rangeStart <= t.rangeEnd!).toBe(true);
            lastEnd = t.end;
          }
        },
      ),
      { numRuns: 150 },
    );
  });
});
