/**
 * Issue 18, seventh pass: a name the recognizer typed as a place, the reporter of a sentence that ends in its
 * own attribution, and quoted phrases that the sentence's subject words. Every sentence here is written for these tests; the people and towns are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a bare name typed as a place', () => {
  it('"Orlov said": the subject of a verb of saying is a person, not the town of that name', () => {
    const doc = docOf('“We need more money for the schools,” Orlov said.');
    const e = entitiesOf(doc, [['place', 'Orlov', ['Orlov']]]);
    expect(quoteOf(doc, e, 'We need')).toMatchObject({ speakerKey: 'person:orlov', speakerRule: 'speaker-name' });
    expect(e.entities.map((x) => x.key)).toEqual(['person:orlov']);
    expect(e.mentions.map((m) => m.entityKey)).toEqual(['person:orlov']);
  });

  it('a name the article uses as a place elsewhere ("in Orlov") stays a place', () => {
    const doc = docOf('The mill in Orlov closed in May.', '“We need more money for the schools,” Orlov said.');
    const e = entitiesOf(doc, [['place', 'Orlov', ['Orlov']]]);
    expect(quoteOf(doc, e, 'We need').speakerKey).toBeNull();
    expect(e.entities.map((x) => x.key)).toEqual(['place:orlov']);
  });

  it('a weaker verb ("Orlov backed") does not make the place a person', () => {
    const doc = docOf('Orlov backed the “fair wage” plan.');
    const e = entitiesOf(doc, [['place', 'Orlov', ['Orlov']]]);
    quoteOf(doc, e, 'fair wage');
    expect(e.entities.map((x) => x.key)).toEqual(['place:orlov']);
  });
});

describe('the reporter of a sentence that ends in its attribution', () => {
  it('"he" after "…, said strategist X." is X, not a person named inside the reported clause', () => {
    const doc = docOf(
      'Ann Weller has been Tom Vane’s deputy for four years, yet her bid lets her make the case that she is a new start, said veteran strategist Mark Colby.',
      'Still, he’s worried about his party’s “severe underperformance” in the northern states.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ann Weller', ['Ann Weller']],
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Mark Colby', ['Mark Colby']],
    ]);
    expect(quoteOf(doc, e, 'severe').speakerKey).toBe('person:mark-colby');
  });
});

describe('quoted phrases worded by the sentence subject', () => {
  it('a past form the tagger reads as an adjective is still the verb after the subject', () => {
    const doc = docOf('Ann Weller belittled the matter of the loans, calling it a “filing slip” of no weight.');
    const e = entitiesOf(doc, [['person', 'Ann Weller', ['Ann Weller']]]);
    expect(quoteOf(doc, e, 'filing slip')).toMatchObject({
      speakerKey: 'person:ann-weller',
      speakerRule: 'clause-subject',
    });
  });

  it('a phrase before the participle shares the speaker the subject was given for a phrase after it', () => {
    const doc = docOf(
      'The Orlov Trust did not want to address “that man,” telling reporters that it is focused on “ending the feud.”',
    );
    const e = entitiesOf(doc, [['organization', 'Orlov Trust', ['Orlov Trust']]]);
    expect(quoteOf(doc, e, 'that man').speakerKey).toBe('organization:orlov-trust');
  });

  it('but a so-called name in that sentence stays nobody’s words', () => {
    const doc = docOf(
      'Ann Weller delivered a defense of the so-called “river plan,” calling the valley the “heart of the state.”',
    );
    const e = entitiesOf(doc, [['person', 'Ann Weller', ['Ann Weller']]]);
    expect(quoteOf(doc, e, 'heart of').speakerKey).toBe('person:ann-weller');
    expect(quoteOf(doc, e, 'river plan').speakerKey).toBeNull();
  });
});

describe('a verb of saying after the quote', () => {
  it('"“…” for X, said Y": the name after the verb speaks, not a name in the words before the comma', () => {
    const doc = docOf('“This will be a test” for Ann Weller, said Nina Ellis.');
    const e = entitiesOf(doc, [
      ['person', 'Ann Weller', ['Ann Weller']],
      ['person', 'Nina Ellis', ['Nina Ellis']],
    ]);
    expect(quoteOf(doc, e, 'This will be').speakerKey).toBe('person:nina-ellis');
  });

  it('"X accuses Y of “…” and Z says …": the verb after the conjunction opens another clause', () => {
    const doc = docOf('Tom Vane accuses Mia Kunz of “leading from behind” and Ann Weller says he is wrong.');
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Mia Kunz', ['Mia Kunz']],
      ['person', 'Ann Weller', ['Ann Weller']],
    ]);
    expect(quoteOf(doc, e, 'leading')).toMatchObject({ speakerKey: 'person:tom-vane', cue: 'accuses' });
  });
});

describe('a described source named in the next paragraph', () => {
  it('"A leader of the nurses union said …" then "“…,” said X, director of the Nurses Association": X', () => {
    const doc = docOf(
      'A leader of the county’s largest nurses union said the council “missed the mark” on helping clinics.',
      '“Most of what happened had nothing to do with that,” said Dana Pohl, executive director of the Ashby Nurses Association.',
    );
    const e = entitiesOf(doc, [['person', 'Dana Pohl', ['Dana Pohl']]]);
    expect(quoteOf(doc, e, 'missed the mark')).toMatchObject({
      speakerKey: 'person:dana-pohl',
      speakerRule: 'description',
    });
  });

  it('a description that shares no noun with the next attribution stays an unnamed source', () => {
    const doc = docOf(
      'A senior official said the plan was “dead on arrival.”',
      '“We will try again,” said Dana Pohl, a nurse.',
    );
    const e = entitiesOf(doc, [['person', 'Dana Pohl', ['Dana Pohl']]]);
    expect(quoteOf(doc, e, 'dead on')).toMatchObject({ speakerKey: null, speakerRule: 'unnamed-source' });
  });
});

describe('a question whose attribution tail holds a quote of its own', () => {
  it('"“…?” X remarked, alluding to the film “…”": the tail still attributes the question', () => {
    const doc = docOf(
      'Mia Kunz asked about the race.',
      '“I am not sure you know he is free, but we will see, right?” Ann Weller remarked, alluding to the actor’s turn in “The Long Hunt.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Mia Kunz', ['Mia Kunz']],
      ['person', 'Ann Weller', ['Ann Weller']],
    ]);
    expect(quoteOf(doc, e, 'I am not sure')).toMatchObject({ speakerKey: 'person:ann-weller', cue: 'remarked' });
  });

  it('but "She replied to him that it was an “honor”" is a statement of its own', () => {
    const doc = docOf(
      'Tom Vane wrote to her, telling her, “you are a star and we need you!” She replied to him that it was an “honor to serve.”',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'you are a star').speakerKey).toBe('person:tom-vane');
  });
});

describe('verbs of indicating and estimating word the quoted phrase (lexicon quote-stance-verbs)', () => {
  it('"X estimated that there are “…”" is X’s wording', () => {
    const doc = docOf('Tom Vane estimated that there are “somewhere between ten and twenty members who oppose it.”');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'somewhere')).toMatchObject({ speakerKey: 'person:tom-vane', cue: 'estimated' });
  });

  it('"X indicated that Y “should have known …”" is X’s wording', () => {
    const doc = docOf('Asked by the panel, Mia Kunz indicated that the clerk “should have known the rules.”');
    const e = entitiesOf(doc, [['person', 'Mia Kunz', ['Mia Kunz']]]);
    expect(quoteOf(doc, e, 'should have')).toMatchObject({ speakerKey: 'person:mia-kunz', cue: 'indicated' });
  });
});

describe('a time phrase between an apposition and the verb', () => {
  it('"X, who …, on Friday described …": the time phrase is no subject', () => {
    const doc = docOf(
      'Tom Vane, who has been feuding with party leaders, on Friday described his plan as a “big tent” party.',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'big tent')).toMatchObject({ speakerKey: 'person:tom-vane', speakerText: 'Tom Vane' });
  });
});
