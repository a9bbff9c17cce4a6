/**
 * Issue 18: a quoted phrase that no verb of saying attributes is its sentence's subject's wording when the
 * sentence's verb characterizes, judges or reports (speaker rule clause-subject). Every sentence here is written
 * for these tests; the people and towns are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

const people = (doc: ReturnType<typeof docOf>) =>
  entitiesOf(doc, [
    ['person', 'Mara Quellen', ['Mara Quellen']],
    ['person', 'Tomas Brill', ['Tomas Brill']],
    ['person', 'Ann Vogel', ['Ann Vogel']],
    ['place', 'Ashby', ['Ashby']],
  ]);

describe('speaker of a fragment from its clause', () => {
  it('the subject of a verb of characterizing ("X heralded the deal as a “…”")', () => {
    const doc = docOf('Mara Quellen heralded the harbour deal as a “breakthrough for the coast”.');
    expect(quoteOf(doc, people(doc), 'breakthrough')).toMatchObject({
      speakerKey: 'person:mara-quellen',
      speakerRule: 'clause-subject',
      cue: 'heralded',
    });
  });

  it('the name that owns the quoted phrase ("X’s “…”")', () => {
    const doc = docOf('Tomas Brill’s “plan for growth” was shelved after the vote.');
    expect(quoteOf(doc, people(doc), 'plan for growth')).toMatchObject({
      speakerKey: 'person:tomas-brill',
      speakerRule: 'clause-subject',
    });
  });

  it('past an opening phrase and an apposition ("In May, X, the mayor of Y, has championed …")', () => {
    const doc = docOf('In May, Ann Vogel, the mayor of Ashby, championed a “slower road” through the old town.');
    expect(quoteOf(doc, people(doc), 'slower road')).toMatchObject({
      speakerKey: 'person:ann-vogel',
      speakerRule: 'clause-subject',
    });
  });

  it('a description joined to a name is one subject ("Former judge and councillor X")', () => {
    const doc = docOf('Former judge and Ashby councillor Mara Quellen has embraced the “fair fares” scheme.');
    expect(quoteOf(doc, people(doc), 'fair fares')).toMatchObject({ speakerKey: 'person:mara-quellen' });
  });

  it('two names are two speakers: nobody is guessed', () => {
    const doc = docOf('Mara Quellen and Tomas Brill have embraced the “fair fares” scheme.');
    expect(quoteOf(doc, people(doc), 'fair fares')).toMatchObject({ speakerKey: null, speakerRule: null });
  });

  it('the subject of a passive does not speak ("X was asked by the moderator whether …")', () => {
    const doc = docOf('Ann Vogel was asked by the moderator whether the levy would “hurt savers the most”.');
    expect(quoteOf(doc, people(doc), 'hurt savers')).toMatchObject({ speakerKey: null, speakerRule: null });
  });

  it('a so-called name stays a scare quote', () => {
    const doc = docOf('Tomas Brill toured and championed the so-called northern “river belt” last spring.');
    expect(quoteOf(doc, people(doc), 'river belt')).toMatchObject({ speakerKey: null, speakerRule: null });
  });

  it('a verb that neither judges nor reports leaves a scare quote alone', () => {
    const doc = docOf('Mara Quellen drove through the “river belt” towns on Sunday.');
    expect(quoteOf(doc, people(doc), 'river belt')).toMatchObject({ speakerKey: null, speakerRule: null });
  });
});

describe('a name in quotes', () => {
  it('is the wording of a named speaker whose verb takes it as its object ("X called her “The …”")', () => {
    const doc = docOf('Mara Quellen called the mayor “The Iron Lady of Ashby”.');
    expect(quoteOf(doc, people(doc), 'The Iron Lady')).toMatchObject({
      speakerKey: 'person:mara-quellen',
      cue: 'called',
    });
  });

  it('is no speech after a preposition, however the verb before it reads ("said at the “Summit …”")', () => {
    const doc = docOf('Mara Quellen said at the Ashby-hosted “Summit for Peace” that the talks had failed.');
    expect(quoteOf(doc, people(doc), 'Summit for Peace')).toMatchObject({ speakerKey: null });
  });

  it('is no speech beside a quote of the speaker’s own', () => {
    const doc = docOf('“We have won the vote,” said Mara Quellen after the “Harbour Forum”.');
    const e = people(doc);
    expect(quoteOf(doc, e, 'We have won')).toMatchObject({ speakerKey: 'person:mara-quellen' });
    expect(quoteOf(doc, e, 'Harbour Forum')).toMatchObject({ speakerKey: null });
  });
});
