import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { countWords, WORD } from './words.js';

const byRegex = (text: string) => text.match(WORD)?.length ?? 0;

describe('countWords', () => {
  it('counts runs of letters and digits, joined by one inner apostrophe or hyphen', () => {
    expect(countWords("A two-month plan’s 3 steps -- don't  stop")).toBe(7);
    expect(countWords('Zoë’s café, 𝐀𝐁 and ٣٤')).toBe(5);
    expect(countWords('a--b -c d- ’e')).toBe(5);
    expect(countWords('')).toBe(0);
  });

  it('counts as many words as the regular expression matches (property)', () => {
    const unit = fc.constantFrom(...['a', 'Z', '9', 'é', '’', "'", '-', ' ', '.', '\u0301', '𝐀', '\uD835', '٣', '—']);
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 40 }), (text) => countWords(text) === byRegex(text)),
      {
        numRuns: 1000,
      },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), (text) => countWords(text) === byRegex(text)),
    );
  });
});
