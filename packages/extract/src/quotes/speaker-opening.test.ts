/**
 * Issue 18, tenth pass: who speaks when the quote's sentence opens with an as-clause or an indefinite pronoun.
 * Every sentence here is written for these tests; the people are invented.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a quote right after an opening as-clause', () => {
  it('"As Ann Lee puts it, “…”" is Ann Lee’s, not the previous sentence’s speaker', () => {
    const doc = docOf('Tom Vane spoke about taxes on Monday.', 'As Ann Lee puts it, “The council is unmoved.”');
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'The council')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'puts' });
  });

  it('"As one analyst noted, “…”" stays a described source', () => {
    const doc = docOf('Tom Vane spoke about taxes on Monday.', 'As one analyst noted, “The council is unmoved.”');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'The council')).toMatchObject({
      speakerKey: null,
      speakerText: 'one analyst',
      speakerRule: 'unnamed-source',
    });
  });

  it('"As Ann Lee spoke, “…”" tells when, not whose words', () => {
    const doc = docOf('Tom Vane spoke about taxes on Monday.', 'As Ann Lee spoke, “The council is unmoved.”');
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'The council').speakerKey).not.toBe('person:ann-lee');
  });
});

describe('an indefinite pronoun as the subject of a verb of saying', () => {
  it('"Another tweeted, “…”" is a described source, not the person of the sentence before', () => {
    const doc = docOf(
      'Tom Vane spoke about taxes on Monday.',
      'Another tweeted, “Vane thinks he is above the law.”',
      'Others said that “nobody listens.”',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    const [first, second] = findQuotes(doc, e, []);
    expect(first).toMatchObject({ speakerKey: null, speakerText: 'Another', speakerRule: 'unnamed-source' });
    expect(second).toMatchObject({ speakerKey: null, speakerText: 'Others', speakerRule: 'unnamed-source' });
  });

  it('a participle after an article is still an adjective ("a hastily called meeting")', () => {
    const doc = docOf('Tom Vane spoke on Monday.', 'A hastily called meeting was “a farce,” Tom Vane said.');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'a farce')).toMatchObject({ speakerKey: 'person:tom-vane' });
  });
});

describe('"according to" credits an organization the recognizer missed', () => {
  it('"According to the Ashby Ledger, “…”" adopts the Ashby Ledger as an organization', () => {
    const doc = docOf(
      'Tom Vane spoke about taxes on Monday.',
      'According to the Ashby Ledger, “Vane met the board twice.”',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'Vane met')).toMatchObject({
      speakerKey: 'organization:ashby-ledger',
      speakerRule: 'speaker-name',
    });
  });
});
