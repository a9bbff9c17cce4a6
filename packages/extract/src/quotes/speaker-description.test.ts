import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a definite description of an institution ("the ministry") names the one named just before', () => {
  it('"The ministry added" after "Ruritania\'s Health Ministry" is that ministry', () => {
    const doc = docOf(
      'Ruritania’s Health Ministry on Monday confirmed the closures. The ministry added that the move was a response to “rising cases in the north,” without giving detail.',
    );
    const entities = entitiesOf(doc, [
      ['organization', 'Ruritania’s Health Ministry', ['Ruritania’s Health Ministry']],
    ]);
    const quote = quoteOf(doc, entities, 'rising cases');
    expect(quote.speakerKey).toBe('organization:ruritania-s-health-ministry');
    expect(quote.speakerRule).toBe('description');
  });

  it('a modifier the name does not hold keeps the description unlinked', () => {
    const doc = docOf(
      'Ruritania’s Health Ministry on Monday confirmed the closures. The transport ministry said the roads stayed “open to all traffic.”',
    );
    const entities = entitiesOf(doc, [
      ['organization', 'Ruritania’s Health Ministry', ['Ruritania’s Health Ministry']],
    ]);
    const quote = quoteOf(doc, entities, 'open to all');
    expect(quote.speakerKey).toBeNull();
  });

  it('an institution named two paragraphs back is out of reach', () => {
    const doc = docOf(
      'Ruritania’s Health Ministry on Monday confirmed the closures.',
      'Schools stayed shut across the province.',
      'Parents waited outside the gates all morning.',
      'The ministry said the schools would be “open again within days.”',
    );
    const entities = entitiesOf(doc, [
      ['organization', 'Ruritania’s Health Ministry', ['Ruritania’s Health Ministry']],
    ]);
    expect(quoteOf(doc, entities, 'open again').speakerKey).toBeNull();
  });
});

describe('a share of a poll is no source', () => {
  it('"about 3 in 10 voters say that “fair” describes …" names no speaker', () => {
    const doc = docOf(
      'About 3 in 10 voters say that “fair” describes the mayor better, while about 2 in 10 say that “decisive” describes her rival better.',
    );
    const entities = entitiesOf(doc, []);
    expect(quoteOf(doc, entities, 'fair').speakerText).toBeNull();
    expect(quoteOf(doc, entities, 'decisive').speakerText).toBeNull();
  });

  it('a counted group of people that said something is still a described source', () => {
    const doc = docOf('Three officials said the plan was “not yet final.”');
    const quote = quoteOf(doc, entitiesOf(doc, []), 'not yet final');
    expect(quote.speakerRule).toBe('unnamed-source');
  });
});

describe('a party member after an indefinite ("a Vaskor Democrat") is a described source, not a person', () => {
  it('keeps "a Vaskor Democrat" as text with no entity, even when the recognizer made a person of it', () => {
    const doc = docOf('“The race is far from over,” said a Vaskor Democrat.');
    const entities = entitiesOf(doc, [['person', 'Vaskor Democrat', ['Vaskor Democrat']]]);
    const quote = quoteOf(doc, entities, 'The race');
    expect(quote.speakerKey).toBeNull();
    expect(quote.speakerText).toBe('a Vaskor Democrat');
    expect(quote.speakerRule).toBe('unnamed-source');
  });

  it('"another Lindmark Tory" likewise; a named member ("Tory leader Ann Vell") still speaks', () => {
    const doc = docOf(
      '“We lost the north,” said another Lindmark Tory.',
      'Tory leader Ann Vell said the vote was “a warning to us all.”',
    );
    const entities = entitiesOf(doc, [
      ['person', 'Lindmark Tory', ['Lindmark Tory']],
      ['person', 'Ann Vell', ['Ann Vell']],
    ]);
    expect(quoteOf(doc, entities, 'We lost').speakerKey).toBeNull();
    expect(quoteOf(doc, entities, 'a warning').speakerKey).toBe('person:ann-vell');
  });
});
