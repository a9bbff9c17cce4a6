import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented. 2024-07-23 is a Tuesday.
const PUBLISHED = '2024-07-23';

describe('a plan told in the past perfect was made before the story', () => {
  it('"had been scheduled to expire at midnight Friday" is the Friday just gone', () => {
    const t = onlyTimex(
      'The tender offer had been scheduled to expire at midnight Friday, but the bidder extended it.',
      'midnight Friday',
      PUBLISHED,
    );
    expect(t.value).toBe('2024-07-19T24:00');
    expect(t.rule).toContain('past-tense(had-scheduled)');
  });
  it('a weekday after "had planned to" is the past one', () => {
    expect(onlyTimex('The union had planned to strike on Thursday.', 'Thursday', PUBLISHED).value).toBe('2024-07-18');
  });
  it('a month-day only days ahead stays this year: "had been set to expire Aug. 2"', () => {
    expect(onlyTimex('The offer, which had been set to expire Aug. 2, was extended.', 'Aug. 2', PUBLISHED).value).toBe(
      '2024-08-02',
    );
  });
  it('without "had" the plan still points ahead', () => {
    expect(onlyTimex('The union planned to strike on Thursday.', 'Thursday', PUBLISHED).value).toBe('2024-07-25');
  });
});
