/**
 * Issue 18, eighth pass: general mechanisms for quoted phrases inside the reporter's sentence. Every sentence
 * here is written for these tests; the people, towns and papers are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

const people = (doc: ReturnType<typeof docOf>) =>
  entitiesOf(doc, [
    ['person', 'Mara Quellen', ['Mara Quellen']],
    ['person', 'Tomas Brill', ['Tomas Brill']],
    ['organization', 'Harbour Ledger', ['Harbour Ledger']],
  ]);

describe('a quoted phrase of several words is its clause subject’s wording', () => {
  it('whatever the main verb ("X hoisted a banner with “…”")', () => {
    const doc = docOf('Mara Quellen hoisted a banner with “see you all in May” on the square.');
    expect(quoteOf(doc, people(doc), 'see you all')).toMatchObject({
      speakerKey: 'person:mara-quellen',
      speakerRule: 'clause-subject',
      cue: 'hoisted',
    });
  });

  it('an object’s infinitive ("X coached Y to “…”")', () => {
    const doc = docOf('At one point, Tomas Brill coached his rival to “breathe, breathe, breathe.”');
    expect(quoteOf(doc, people(doc), 'breathe')).toMatchObject({
      speakerKey: 'person:tomas-brill',
      speakerRule: 'clause-subject',
    });
  });

  it('but a phrase that modifies the noun after it is the writer’s label ("engaged in “…” talks")', () => {
    const doc = docOf('Mara Quellen engaged in “calm and careful” talks with the harbour board.');
    expect(quoteOf(doc, people(doc), 'calm and careful')).toMatchObject({ speakerKey: null, speakerText: null });
  });

  it('but a short scare-quoted term under an ordinary verb keeps no speaker', () => {
    const doc = docOf('Mara Quellen visited the “new” library on Friday.');
    expect(quoteOf(doc, people(doc), 'new')).toMatchObject({ speakerKey: null, speakerText: null });
  });
});

describe('an opening "as X puts it" clause', () => {
  it('gives the main clause’s quoted words to its subject, not to the main clause’s', () => {
    const doc = docOf(
      'As the Harbour Ledger’s Mara Quellen puts it, Tomas Brill is making the council “an offer it cannot refuse.”',
    );
    expect(quoteOf(doc, people(doc), 'an offer')).toMatchObject({
      speakerKey: 'person:mara-quellen',
      speakerRule: 'clause-subject',
      cue: 'puts',
    });
  });

  it('but "as X spoke" tells when, so the main clause’s subject keeps its words', () => {
    const doc = docOf(
      'As Tomas Brill spoke, the Harbour Ledger was filling its front page with “any and all new tolls must go” on Friday.',
    );
    expect(quoteOf(doc, people(doc), 'any and all')).toMatchObject({
      speakerKey: 'organization:harbour-ledger',
      speakerRule: 'clause-subject',
    });
  });
});

describe('a described source for someone', () => {
  it('keeps "a spokesman for X" unnamed, never X', () => {
    const doc = docOf('“That is simply untrue,” a spokesman for Mara Quellen said on Friday.');
    expect(quoteOf(doc, people(doc), 'That is simply')).toMatchObject({
      speakerKey: null,
      speakerText: 'a spokesman for Mara Quellen',
      speakerRule: 'unnamed-source',
    });
  });

  it('reads a reporter as a described source ("A reporter for the X described …")', () => {
    const doc = docOf('A reporter for the Harbour Ledger described the scene as “absolute chaos on the quay.”');
    expect(quoteOf(doc, people(doc), 'absolute chaos')).toMatchObject({
      speakerKey: null,
      speakerRule: 'unnamed-source',
    });
  });

  it('but a named person for whom the source works still speaks when named as the subject', () => {
    const doc = docOf('“That is simply untrue,” Mara Quellen said for the Harbour Ledger on Friday.');
    expect(quoteOf(doc, people(doc), 'That is simply')).toMatchObject({ speakerKey: 'person:mara-quellen' });
  });
});

describe('a noun of saying gives its quoted complement to its owner', () => {
  it('the possessor, past the noun’s modifiers ("X’s recent evidence-free assertion that “…”")', () => {
    const doc = docOf(
      'Tomas Brill’s recent evidence-free assertion that “thousands” of residents had left was rejected.',
    );
    expect(quoteOf(doc, people(doc), 'thousands')).toMatchObject({
      speakerKey: 'person:tomas-brill',
      speakerRule: 'clause-subject',
      cue: 'assertion',
    });
  });

  it('the name after "of" ("the contention of X that …")', () => {
    const doc = docOf('Her remarks buttress the contention of Mara Quellen that the plan was “over-engineered.”');
    expect(quoteOf(doc, people(doc), 'over-engineered')).toMatchObject({
      speakerKey: 'person:mara-quellen',
      cue: 'contention',
    });
  });

  it('"in X’s words"', () => {
    const doc = docOf('In Mara Quellen’s words, the bridge is “a monument to waste.”');
    expect(quoteOf(doc, people(doc), 'a monument')).toMatchObject({ speakerKey: 'person:mara-quellen', cue: 'words' });
  });
});

describe('a name after "the" that names nobody found is an organization', () => {
  it('"the Ashby Courier reported" → a new organization, with its mention', () => {
    const doc = docOf('“The bridge will close in June,” the Ashby Courier reported.');
    const entities = people(doc);
    expect(quoteOf(doc, entities, 'The bridge')).toMatchObject({
      speakerKey: 'organization:ashby-courier',
      speakerRule: 'speaker-name',
    });
    expect(entities.mentions.map((m) => m.text)).toContain('Ashby Courier');
  });

  it('but "the Texan said" describes a person named elsewhere', () => {
    const doc = docOf('Mara Quellen spoke last.', '“We are ready,” the Texan said.');
    expect(quoteOf(doc, people(doc), 'We are ready')?.speakerKey).not.toBe('organization:texan');
  });

  it('and a titled name after "the" is a person ("the Reverend X said")', () => {
    const doc = docOf('“We are ready,” the Reverend Ivo Marren said.');
    expect(quoteOf(doc, people(doc), 'We are ready')?.speakerKey ?? '').not.toMatch(/^organization:/);
  });

  it('and a title after "the" stays a description', () => {
    const doc = docOf('“We are ready,” the Governor said.');
    expect(quoteOf(doc, people(doc), 'We are ready')?.speakerKey).not.toBe('organization:governor');
  });
});
