import { describe, expect, it } from 'vitest';
import { onlyTimex } from './timex.test-helpers.js';

// Sentences are invented.
describe('"since year-end" starts at the last year-end', () => {
  it('in July it is the end of the year before', () => {
    const t = onlyTimex('The index has gained 12% since year-end.', 'year-end', '2024-07-23');
    expect(t.value).toBe('2023');
    expect(t.rule).toBe('the-year:year-end:since-previous-year');
  });
  it('"by year-end" stays the publication year', () => {
    expect(onlyTimex('The merger should close by year-end.', 'year-end', '2024-07-23').value).toBe('2024');
  });
  it('a year the sentence names wins', () => {
    expect(onlyTimex('In 2019 the fund had lost 3% since year-end.', 'year-end', '2024-07-23').value).toBe('2019');
  });
});
