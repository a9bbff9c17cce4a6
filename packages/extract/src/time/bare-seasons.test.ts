import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { onlyTimex } from './timex.test-helpers.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented.
describe('seasons with no article or year', () => {
  it('"a summer of …", a possessive, a preposition of time: the season, by the tense', () => {
    expect(onlyTimex('After a summer of floods, the valley towns were rebuilt.', 'summer', '2021-09-10').value).toBe(
      '2021-SU',
    );
    expect(onlyTimex('The fund held its Autumn meetings in the capital.', 'Autumn', '2021-10-20').value).toBe(
      '2021-FA',
    );
    expect(onlyTimex('The ferry will not sail until spring, the harbor said.', 'spring', '2021-01-12').value).toBe(
      '2021-SP',
    );
    const t = onlyTimex('Prices held steady during summer.', 'summer', '2021-10-04');
    expect([t.type, t.value, t.rule]).toEqual(['DATE', '2021-SU', expect.stringMatching(/^bare-season/)]);
  });
  it('not a name, another sense of the word, or a kind of thing', () => {
    for (const body of [
      'She skated at the Winter Olympics.',
      'The children went to a summer camp.',
      'Water rose from a spring near the road.',
      'Shares suffered a fall in prices.',
      'Its fall was swift.',
    ]) {
      const texts = findTimexes(articleOf(body, '2021-05-04')).map((x) => x.text);
      expect(texts, body).toEqual([]);
    }
  });
  it('a season with a year or "the" is still read once, whole', () => {
    expect(onlyTimex('Sales fell during summer 2019.', 'summer 2019', '2021-05-04').value).toBe('2019-SU');
  });
});
