/**
 * Issue 18, unseen text: reporting verbs outside the first lexicon, names made of common words, compound
 * adjectives before a name, and verbs inside relative clauses. Sentences written for these tests; the people
 * and places are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('speaker of verbs and names the first lexicon missed', () => {
  it('a surname that is also a common noun still names the speaker ("said Orin Law, a former aide")', () => {
    const doc = docOf('“We will localize the race,” said Orin Law, a former aide to Senator Pell Varga.');
    const e = entitiesOf(doc, [
      ['person', 'Orin Law', ['Orin Law']],
      ['person', 'Pell Varga', ['Pell Varga']],
    ]);
    expect(quoteOf(doc, e, 'We will localize')).toMatchObject({
      speakerKey: 'person:orin-law',
      speakerText: 'Orin Law',
      speakerRule: 'explicit',
    });
  });

  it('a compound adjective before the name belongs to the speaker phrase ("said Harlow-based attorney X")', () => {
    const doc = docOf('“The case is strong,” said Harlow-based attorney Edda Morrow.');
    const e = entitiesOf(doc, [
      ['person', 'Edda Morrow', ['Edda Morrow']],
      ['place', 'Harlow', ['Harlow']],
    ]);
    expect(quoteOf(doc, e, 'The case is strong')).toMatchObject({
      speakerKey: 'person:edda-morrow',
      speakerText: 'Harlow-based attorney Edda Morrow',
    });
  });

  it('a verb of manner of speaking introduces the quote (“…!” beamed X; “…,” X countered)', () => {
    const doc = docOf(
      'The hall was full by noon.',
      '“This is fantastic!” beamed Tilda Voss, who had driven in from Ashby.',
      '“That is a disservice to them,” Bram Oller countered.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tilda Voss', ['Tilda Voss']],
      ['person', 'Bram Oller', ['Bram Oller']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'This is fantastic')).toMatchObject({
      speakerKey: 'person:tilda-voss',
      speakerRule: 'explicit',
    });
    expect(quoteOf(doc, e, 'That is a disservice')).toMatchObject({
      speakerKey: 'person:bram-oller',
      speakerRule: 'explicit',
    });
  });

  it('a verb of judging gives the quoted phrase to its subject ("X defended the aide as a “decent man”")', () => {
    const doc = docOf(
      'The mayor was asked about the hire.',
      'Ivo Brandt defended his aide as a “very decent man” on Tuesday.',
    );
    const e = entitiesOf(doc, [['person', 'Ivo Brandt', ['Ivo Brandt']]]);
    expect(quoteOf(doc, e, 'very decent man')).toMatchObject({
      speakerKey: 'person:ivo-brandt',
      speakerRule: 'explicit',
    });
  });

  it('a verb in a relative clause on a thing is not the cue ("rejects any signs that suggest …, declaring “…”")', () => {
    const doc = docOf(
      'The polls tightened this week.',
      'Hanne Roos, meanwhile, rejects any signs that suggest her rival is ahead, declaring that “the race is ours” if turnout holds.',
    );
    const e = entitiesOf(doc, [['person', 'Hanne Roos', ['Hanne Roos']]]);
    const quote = quoteOf(doc, e, 'the race is ours');
    expect(quote.speakerKey).toBe('person:hanne-roos');
    expect(quote.speakerText).not.toMatch(/that$/);
  });
});

describe('attributions set apart from their quote', () => {
  it('a period inside the marks does not cut off the attribution (“… are missing.” X said.)', () => {
    const doc = docOf(
      'The hearing ran late.',
      '“The files are missing.” Jora Petit said. The panel adjourned soon after.',
    );
    const e = entitiesOf(doc, [['person', 'Jora Petit', ['Jora Petit']]]);
    expect(quoteOf(doc, e, 'The files are missing')).toMatchObject({
      speakerKey: 'person:jora-petit',
      speakerRule: 'explicit',
    });
  });

  it('a sentence of its own after “….” keeps its own subject (“…” then “X said the vote was close.”)', () => {
    const doc = docOf('Ferd Alm spoke first. “We did our part.” Kiri Sand said the vote was close and went home.');
    const e = entitiesOf(doc, [
      ['person', 'Ferd Alm', ['Ferd Alm']],
      ['person', 'Kiri Sand', ['Kiri Sand']],
    ]);
    expect(quoteOf(doc, e, 'We did our part').speakerKey).not.toBe('person:kiri-sand');
  });

  it('a credit line under a quote paragraph names its speaker (“…” / — X, Town.)', () => {
    const doc = docOf(
      'Readers wrote in after the debate.',
      '“It was the best night of the campaign so far.”',
      '— Lise Amery, Ashby.',
      'The debate drew a record audience.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Lise Amery', ['Lise Amery']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'It was the best night')).toMatchObject({
      speakerKey: 'person:lise-amery',
      speakerText: 'Lise Amery',
      speakerRule: 'explicit',
    });
  });

  it('a dash opening a long paragraph of prose is no credit', () => {
    const doc = docOf(
      'Readers wrote in after the debate.',
      '“It was the best night of the campaign so far.”',
      '— Then the hall emptied and the crews began to take down the stage before midnight.',
    );
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'It was the best night').speakerRule).not.toBe('explicit');
  });
});

describe('names the tagger reads as verbs, and verbs the lexicon lacks', () => {
  it('a surname that is also a verb speaks ("said Weld, who added …"; "“…,” Cross wrote")', () => {
    const doc = docOf(
      'The debate ran long.',
      '“I have defended the plan for years,” said Weld, who added that the new figures gave him pause.',
      '“The divisions are great,” Cross wrote.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tam Weld', ['Weld']],
      ['person', 'Ulla Cross', ['Cross']],
    ]);
    expect(quoteOf(doc, e, 'I have defended')).toMatchObject({
      speakerKey: 'person:tam-weld',
      speakerRule: 'explicit',
    });
    expect(quoteOf(doc, e, 'The divisions are great')).toMatchObject({
      speakerKey: 'person:ulla-cross',
      speakerRule: 'explicit',
    });
  });

  it('“…,” X <verb>. attributes the quote even when the verb is not in the lexicon', () => {
    const doc = docOf('Ines Marr spoke first.', '“Ashby will always be Ashby,” an angry Doran Pike retaliated.');
    const e = entitiesOf(doc, [
      ['person', 'Ines Marr', ['Ines Marr']],
      ['person', 'Doran Pike', ['Doran Pike']],
    ]);
    expect(quoteOf(doc, e, 'Ashby will always')).toMatchObject({
      speakerKey: 'person:doran-pike',
      speakerRule: 'explicit',
    });
  });

  it('a full stop inside the marks is no such sign (“….” X left the room.)', () => {
    const doc = docOf('Ines Marr spoke first. “The vote is over.” Doran Pike left the room.');
    const e = entitiesOf(doc, [
      ['person', 'Ines Marr', ['Ines Marr']],
      ['person', 'Doran Pike', ['Doran Pike']],
    ]);
    expect(quoteOf(doc, e, 'The vote is over').speakerKey).not.toBe('person:doran-pike');
  });
});

describe('function words after a quote', () => {
  it('"But" after a closing mark is no name ("“…” But, said X, “…”")', () => {
    const doc = docOf(
      'Sven Holt praised his old boss as “always kind.” But, said Holt, “I want no conflict with him.”',
    );
    const e = entitiesOf(doc, [['person', 'Sven Holt', ['Sven Holt', 'Holt']]]);
    expect(quoteOf(doc, e, 'I want no conflict')).toMatchObject({ speakerKey: 'person:sven-holt' });
  });
});

describe('described sources and their addressees', () => {
  it('"“…,” an official, who …, told Acme News": the official speaks, not the outlet told', () => {
    const doc = docOf(
      'The talks ended on Tuesday.',
      '“They were very close to a deal,” a senior official, who was not authorized to speak on the record, told Harbor News.',
    );
    const e = entitiesOf(doc, [['organization', 'Harbor News', ['Harbor News']]]);
    expect(quoteOf(doc, e, 'They were very close')).toMatchObject({
      speakerKey: null,
      speakerText: 'a senior official',
      speakerRule: 'unnamed-source',
    });
  });
});

describe('surnames that are function words', () => {
  it('"“…,” Will wrote": a capitalised auxiliary right before the verb is a name', () => {
    const doc = docOf('The column ran on Sunday.', '“It is a caricature of democracy,” Will wrote.');
    const e = entitiesOf(doc, [['person', 'Ada Will', ['Will']]]);
    expect(quoteOf(doc, e, 'It is a caricature')).toMatchObject({
      speakerKey: 'person:ada-will',
      speakerRule: 'explicit',
    });
  });
});
