import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { containsPhrase, PhraseList, quoteVocabulary } from './vocabulary.js';

const vocabulary = quoteVocabulary();
const LISTS = {
  attribution: vocabulary.attributionHedges,
  verification: vocabulary.verificationHedges,
  special: new PhraseList(['a.b', '(x)', 'c|d', 'e*']),
};

/** Pieces of the hedges, whole and cut, in several cases, and characters that touch the word boundaries. */
const PIECES = [
  ...LISTS.attribution.phrases,
  ...LISTS.verification.phrases,
  'Reportedly',
  'ALLEGEDLY',
  'Could Not Verify',
  'said to',
  'verify',
  'not',
  'unverifiedly',
  'a.b',
  '(x)',
  'c|d',
  'e*',
  'İ',
  'é',
  '1',
  '-',
  '’',
];
const SEPARATORS = [' ', '', ',', '\n', 'x', '9', 'é', '-', '“', '_'];

const arbitraryText = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...PIECES), fc.constantFrom(...SEPARATORS)), { maxLength: 12 })
    .map((pairs) => pairs.map(([w, s]) => w + s).join('')),
  fc.string({ maxLength: 60, unit: 'binary' }),
);

describe('a phrase list answers as containsPhrase does', () => {
  it.each(Object.entries(LISTS))('%s', (_name, list) => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(list.occursIn(text)).toBe(containsPhrase(text, list.phrases));
      }),
      { numRuns: 2000 },
    );
  });
});
