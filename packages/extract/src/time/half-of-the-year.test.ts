import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented.
describe('"the second half of the year" is a half of the story\'s year', () => {
  it('with no year in the sentence, the publication year, said in the rule', () => {
    const t = onlyTimex(
      'The bank expects growth to pick up in the second half of the year.',
      'the second half of the year',
      '2024-07-23',
    );
    expect([t.value, t.rule]).toEqual(['2024-H2', 'half-year:the-year:publication-year']);
  });
  it('a year the sentence gives first is the one meant', () => {
    const t = onlyTimex(
      'In 2019, sales slowed in the first half of the year.',
      'the first half of the year',
      '2024-07-23',
    );
    expect([t.value, t.rule]).toEqual(['2019-H1', 'half-year:the-year:sentence-year']);
  });
});

describe('two quarters of a year are its half', () => {
  it('"the first two quarters of 2025" → 2025-H1; "the last two quarters of next year" → the next year\'s H2', () => {
    const first = onlyTimex(
      'Analysts expect the slump to last through the first two quarters of 2025.',
      'the first two quarters of 2025',
      '2024-07-23',
    );
    expect(first.value).toBe('2025-H1');
    const last = onlyTimex(
      'The mill should recover in the last two quarters of next year.',
      'the last two quarters of next year',
      '2024-07-23',
    );
    expect(last.value).toBe('2025-H2');
  });
});
