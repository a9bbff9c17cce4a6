/**
 * Issue 18, twelfth pass: readings of the attribution's clause that held a speaker back (a surname that is also
 * a common noun, a bracket with a period in it). Every sentence here is written for these tests; the people are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a capitalised word inside a sentence is a name, even when the word is also a thing', () => {
  it('"“…,” Law said" is Petra Law’s, and so is the fragment after her "noting that"', () => {
    const doc = docOf(
      'Petra Law runs the group.',
      '“There is a sense of urgency,” Law said, noting that donors feel “we have to act on it now.”',
    );
    const e = entitiesOf(doc, [['person', 'Petra Law', ['Petra Law']]]);
    expect(quoteOf(doc, e, 'There is')).toMatchObject({ speakerKey: 'person:petra-law', speakerText: 'Law' });
    expect(quoteOf(doc, e, 'we have to').speakerKey).toBe('person:petra-law');
  });

  it('"The law said" stays a thing: the common noun after a determiner is no speaker', () => {
    const doc = docOf('Petra Law runs the group.', 'The law said that tenants “must be told in writing.”');
    const e = entitiesOf(doc, [['person', 'Petra Law', ['Petra Law']]]);
    expect(quoteOf(doc, e, 'must be').speakerKey).toBeNull();
  });
});

describe('a bracket after a name keeps the period inside it', () => {
  it('"As Rep. Ann Lee (D-Wis.) has pointed out, that is the “…”" is Ann Lee’s', () => {
    const doc = docOf('As Rep. Ann Lee (D-Wis.) has pointed out, that is the “textbook definition” of spin.');
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'textbook')).toMatchObject({
      speakerKey: 'person:ann-lee',
      speakerText: 'Rep. Ann Lee (D-Wis.)',
      cue: 'pointed',
    });
  });
});
