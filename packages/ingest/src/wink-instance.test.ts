/** The same text gets the same tokens and tags whatever the thread read before (rule 3: determinism). */
import { describe, expect, it } from 'vitest';
import { analyzeText } from './text-analysis.js';

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
});
