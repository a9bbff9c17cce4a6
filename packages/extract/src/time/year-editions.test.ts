import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented.
describe('a year after a name', () => {
  it("dates an event's edition: an event noun or an acronym before it", () => {
    expect(onlyTimex('Crowds filled the Harbor Music Festival 2019 all weekend.', '2019', '2021-05-04').value).toBe(
      '2019',
    );
    expect(onlyTimex('The keynote at ABCX 2018 drew crowds.', '2018', '2021-05-04').value).toBe('2018');
  });
  it("keeps a product's number: not a year", () => {
    for (const body of ['The clinic still runs Office 2007 on its desks.', 'The fee rose to USD 2000 last month.']) {
      const texts = findTimexes(articleOf(body, '2021-05-04')).map((t) => t.text);
      expect(texts, body).not.toContain('2007');
      expect(texts, body).not.toContain('2000');
    }
  });
});
