/**
 * Issue 18, tenth pass: a credit after a dash closing the quote's own paragraph (“…” ― Ann Lee), as round-ups
 * of reactions print them. Every sentence here is written for these tests; the people are invented.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a credit after a dash in the quote’s own paragraph', () => {
  it('each reaction goes to the name after its dash, not to the speaker of the paragraph before', () => {
    const doc = docOf(
      'We asked readers what they made of the debate.',
      '“It was the best night of the campaign so far.” ― Lise Amery',
      '“I switched off after ten minutes.” ― Oren Talbot.',
    );
    const e = entitiesOf(doc, [['person', 'Lise Amery', ['Lise Amery']]]);
    const [first, second] = findQuotes(doc, e, []);
    expect(first).toMatchObject({ speakerKey: 'person:lise-amery', speakerText: 'Lise Amery' });
    // A name the recognizer missed is adopted, as the subject of "said" would be.
    expect(second).toMatchObject({
      speakerKey: 'person:oren-talbot',
      speakerText: 'Oren Talbot',
      speakerRule: 'speaker-name',
    });
  });

  it('a dash that goes on into prose is no credit', () => {
    const doc = docOf(
      'Lise Amery spoke first.',
      '“It was the best night of the campaign.” — Then the hall emptied and the crews took down the stage.',
    );
    const e = entitiesOf(doc, [['person', 'Lise Amery', ['Lise Amery']]]);
    expect(quoteOf(doc, e, 'It was the best').speakerText).not.toBe('Then the hall emptied and the crews');
  });
});
