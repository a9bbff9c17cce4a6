import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';
import { easterSunday, movingDate } from './rules-holidays.js';

// Sentences are invented.
const only = onlyTimex;

const day = (t: number | null) => (t === null ? null : new Date(t).toISOString().slice(0, 10));

describe('holidays whose date moves', () => {
  it('Easter Sunday by the Gregorian computus', () => {
    expect(day(easterSunday(2000))).toBe('2000-04-23');
    expect(day(easterSunday(2019))).toBe('2019-04-21');
    expect(day(easterSunday(2038))).toBe('2038-04-25');
  });
  it('nth and last weekdays of a month, and a count from a given day', () => {
    expect(day(movingDate({ name: 'Thanksgiving', month: 11, weekday: 4, nth: 4 }, 2021))).toBe('2021-11-25');
    expect(day(movingDate({ name: 'Memorial Day', month: 5, weekday: 1, nth: -1 }, 2021))).toBe('2021-05-31');
    // The Tuesday after the first Monday: in 2022 November opens on a Tuesday, so it is the 8th, not the 1st.
    expect(day(movingDate({ name: 'Election Day', month: 11, weekday: 2, nth: 1, fromDay: 2 }, 2022))).toBe(
      '2022-11-08',
    );
  });
  it('a holiday in a past-tense clause is the last one; ahead of publication in a future one', () => {
    expect(only('The ferry sank on Thanksgiving Day off the cape.', 'Thanksgiving Day', '2022-03-10').value).toBe(
      '2021-11-25',
    );
    expect(only('Turnout will be high on Election Day, organizers say.', 'Election Day', '2022-09-20').value).toBe(
      '2022-11-08',
    );
  });
  it('a present tense next to a holiday just past is that holiday ("as the race moves past Labor Day")', () => {
    const t = only('Pollsters expect the race to tighten as it moves past Labor Day.', 'Labor Day', '2021-09-08');
    expect(t.value).toBe('2021-09-06');
  });
  it('"<holiday> weekend": the weekend before a Monday holiday', () => {
    const t = only('Traffic was heavy over the Memorial Day weekend.', 'Memorial Day weekend', '2021-06-02');
    expect(t.value).toBe('2021-W21-WE');
  });
  it('"<holiday> week": the ISO week that holds the holiday', () => {
    const t = only('Stores were packed during Thanksgiving week.', 'Thanksgiving week', '2021-12-03');
    expect(t.value).toBe('2021-W47');
    expect(only('The shrine drew crowds all through Easter week.', 'Easter week', '2019-05-02').value).toBe('2019-W16');
  });
  it('days counted from Easter: "Good Friday"', () => {
    expect(only('The shops closed on Good Friday.', 'Good Friday', '2019-04-25').value).toBe('2019-04-19');
  });
});
