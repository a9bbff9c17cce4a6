import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented. 2024-07-23 is a Tuesday.
const PUBLISHED = '2024-07-23';

describe('a participle that modifies a noun tells no tense', () => {
  it('"the hastily planned tour" does not point the clause ahead', () => {
    const body =
      'On Friday, when the minister cut short the hastily planned tour, the ministry lifted its travel warning.';
    expect(onlyTimex(body, 'Friday', PUBLISHED).value).toBe('2024-07-19');
  });
  it('a participle that is the verb still decides: "the tour is planned for Friday"', () => {
    expect(onlyTimex('The tour is planned for Friday.', 'Friday', PUBLISHED).value).toBe('2024-07-26');
  });
});
