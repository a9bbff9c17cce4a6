import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import pluralize from 'pluralize';
import { isPlural, singular } from './plurals.js';

const NOUNS = [
  'people',
  'person',
  'hostages',
  'children',
  'Palestinians',
  'news',
  'data',
  'criteria',
  'bus',
  'buses',
  'series',
  'sheep',
  'mice',
  'indices',
  'matrix',
  'analyses',
  'crisis',
  'km',
  's',
  '',
];

const arbitraryWord = fc.oneof(
  fc.constantFrom(...NOUNS),
  fc.string({ maxLength: 12 }),
  fc.stringMatching(/^[a-z]{1,10}(?:s|es|ies|i|a|men)?$/),
);

describe('cached plural answers equal pluralize on every word', () => {
  it('the first answer and the remembered one', () => {
    fc.assert(
      fc.property(arbitraryWord, (word) => {
        for (let ask = 0; ask < 2; ask++) {
          expect(isPlural(word)).toBe(pluralize.isPlural(word));
          expect(singular(word)).toBe(pluralize.singular(word));
        }
      }),
      { numRuns: 2000 },
    );
  });
});
