/**
 * Issue 18: speakers that sentence boundaries and tagging used to hide. Every sentence here is written for these
 * tests; the people and places are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('speakers across sentence boundaries', () => {
  it('a sentence the splitter cut after a bracket ("(D-Minn.), who …") still lends its speaker', () => {
    const doc = docOf(
      '"The river towns grow up with the floods," said Sen. Mara Quellen (D-Minn.), who wrote the act. "This constant threat is unjust."',
    );
    const e = entitiesOf(doc, [['person', 'Mara Quellen', ['Mara Quellen']]]);
    expect(quoteOf(doc, e, 'This constant threat')).toMatchObject({
      speakerKey: 'person:mara-quellen',
      speakerRule: 'previous-sentence',
    });
  });

  it('a verb of saying the tagger read as a noun after a name ("“…,” Brill notes.")', () => {
    const doc = docOf('"Look at the harbour wall after the storm," Brill notes. "It was very different in tone."');
    const e = entitiesOf(doc, [['person', 'Tomas Brill', ['Brill']]]);
    expect(quoteOf(doc, e, 'Look at the harbour')).toMatchObject({
      speakerKey: 'person:tomas-brill',
      cue: 'notes',
    });
  });

  it('a full quote after "X agreed." is the subject’s', () => {
    const doc = docOf('Tomas Brill agreed. "The harbour levy is too low for the coast."');
    const e = entitiesOf(doc, [['person', 'Tomas Brill', ['Tomas Brill']]]);
    expect(quoteOf(doc, e, 'The harbour levy')).toMatchObject({
      speakerKey: 'person:tomas-brill',
      speakerRule: 'previous-sentence',
    });
  });

  it('a sentence about a thing lends no speaker', () => {
    const doc = docOf('The harbour wall collapsed. "It was a long night."');
    const e = entitiesOf(doc, [['person', 'Tomas Brill', ['Tomas Brill']]]);
    expect(quoteOf(doc, e, 'It was a long night')).toMatchObject({ speakerKey: null });
  });
});

describe('a document speaks for its author', () => {
  it('the possessor of a letter, not the name it is addressed to ("X’s letter to Y, the mayor, said")', () => {
    const doc = docOf('The Harbor Union’s letter to Ann Vogel, the mayor of Ashby, said: “We will strike on Monday.”');
    const e = entitiesOf(doc, [
      ['organization', 'Harbor Union', ['Harbor Union']],
      ['person', 'Ann Vogel', ['Ann Vogel']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'We will strike')).toMatchObject({ speakerKey: 'organization:harbor-union' });
  });
});
