import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented. 2024-07-23 is a Tuesday.
const PUBLISHED = '2024-07-23';

describe('scheduling words the verb group does not reach', () => {
  it('"is due to rule on Friday" points ahead', () => {
    const t = onlyTimex('The appeals court is due to rule on the case on Friday.', 'Friday', PUBLISHED);
    expect([t.value, t.rule]).toEqual(['2024-07-26', 'weekday:future-tense(due-to)']);
  });
  it('"was due to land on Monday" stays a past', () => {
    expect(onlyTimex('The flight was due to land on Monday but turned back.', 'Monday', PUBLISHED).value).toBe(
      '2024-07-22',
    );
  });
  it('"set for Sunday" right before the day points ahead, even inside "said"', () => {
    const t = onlyTimex('She said the runoff, set for Sunday, could be delayed.', 'Sunday', PUBLISHED);
    expect([t.value, t.rule]).toEqual(['2024-07-28', 'weekday:future-cue(set)']);
  });
  it('"set fire" is no schedule', () => {
    expect(onlyTimex('Protesters set fire to a bus on Sunday.', 'Sunday', PUBLISHED).value).toBe('2024-07-21');
  });
  it('"the league plans to hold" read as a noun still points ahead', () => {
    const t = onlyTimex('On Friday, the players league plans to hold a news conference.', 'Friday', PUBLISHED);
    expect([t.value, t.rule]).toEqual(['2024-07-26', 'weekday:future-tense(plans-to)']);
  });
  it('"the plans to build … were announced on Monday": the nearer past verb decides', () => {
    expect(onlyTimex('The plans to build the plant were announced on Monday.', 'Monday', PUBLISHED).value).toBe(
      '2024-07-22',
    );
  });
});
