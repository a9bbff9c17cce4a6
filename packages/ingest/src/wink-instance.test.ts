/** The same text gets the same tokens and tags whatever the thread read before (rule 3: determinism). */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './text-analysis.js';
import { learnedWords } from './wink-instance.js';

const paragraphsOf = (text: string) => [{ start: 0, end: text.length }];
const tokensOf = (text: string) =>
  analyzeText(text, paragraphsOf(text)).tokens.map((t) => `${text.slice(t.start, t.end)}/${t.pos}`);

describe('wink instance', () => {
  it('does not carry a word learned from one text into the next', () => {
    const later = 'Orla Vantreen’s plan was approved by the council on Monday.';
    const fresh = tokensOf(later);
    // Punctuation after the possessive makes wink learn `Vantreen’s` as one word.
    tokensOf('Nobody backed a plan, not even Vantreen’s, until the vote on Friday.');
    tokensOf('The budget, including Vantreen’s, passed.');
    expect(tokensOf(later)).toEqual(fresh);
    expect(fresh).toContain('Vantreen/PROPN');
  });

  it('tags unknown words the same when their features were remembered from earlier texts', () => {
    // Words the model lacks, in several shapes and token categories (a name, a verb-like and an adverb-like
    // coinage, an all-capitals acronym, digits inside a word), whose shape and part-of-speech features are
    // computed on the first text and remembered for the later ones.
    const text = 'Brelvik zorbenated the QZX7 plans flimbly, and Brelvik’s aide, a Zorbenist, denied it.';
    const first = tokensOf(text);
    tokensOf('QZX7 and Zorbenist: zorbenated, flimbly; brelvik (Brelvik) zorbenating BRELVIK.');
    tokensOf('Flimbly, Brelvik said the qzx7 plan was zorbenated.');
    expect(tokensOf(text)).toEqual(first);
    expect(first).toContain('Brelvik/PROPN');
  });

  it('learns a word once and reuses what it learned in later texts', () => {
    const text = 'Quorvath and Plimsey signed the Dravnic accord in Ostrelle.';
    tokensOf(text);
    const afterFirst = learnedWords();
    tokensOf('Quorvath met Plimsey again.');
    tokensOf(text);
    // Reading the same new words again adds no entries; a text with other new words does.
    expect(learnedWords()).toBe(afterFirst);
    tokensOf('Vennaroth answered.');
    expect(learnedWords()).toBeGreaterThan(afterFirst);
  });
});
