import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented.
describe('"the past" and "the future" after a preposition', () => {
  it('"into the future", "about the future", "of the past": the reference, without the preposition', () => {
    expect(onlyTimex('The levy may run well into the future.', 'the future', '2021-05-04').value).toBe('FUTURE_REF');
    expect(onlyTimex('Farmers are anxious about the future.', 'the future', '2021-05-04').value).toBe('FUTURE_REF');
    expect(onlyTimex('He blamed the mistakes of the past.', 'the past', '2021-05-04').value).toBe('PAST_REF');
  });
  it('"the future of X" is its fate, not a time', () => {
    const body = 'Farmers are anxious about the future of the mill.';
    expect(findTimexes(articleOf(body, '2021-05-04')).map((t) => t.text)).toEqual([]);
  });
});

describe('"a day" as a thing described, not a length', () => {
  it('"a day like today", "a day when …": no duration; "for a day" stays one', () => {
    for (const body of ['It was a day like any other at the mill.', 'There came a day when the mill closed.']) {
      expect(findTimexes(articleOf(body, '2021-05-04')).map((t) => t.text)).toEqual([]);
    }
    expect(onlyTimex('The mill closed for a day.', 'a day', '2021-05-04').value).toBe('P1D');
  });
});
