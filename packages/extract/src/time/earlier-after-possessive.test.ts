import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented.
const texts = (body: string) => findTimexes(articleOf(body, '2024-07-23')).map((t) => t.text);

describe('"earlier" after a possessive is an adjective', () => {
  it('"the company\'s earlier forecast" has no time', () => {
    expect(texts("The maker cut the company's earlier forecast for sales.")).toEqual([]);
    expect(texts('The new chip is faster than Acme’s earlier model.')).toEqual([]);
  });
  it('a possessive subject does not make a later "earlier" an adjective', () => {
    expect(onlyTimex("As the mayor's office said earlier, the road is closed.", 'earlier', '2024-07-23').value).toBe(
      'PAST_REF',
    );
  });
});
