/**
 * Issue 18, second pass: attributions that the splitter, the tagger or a long name used to break. Every
 * sentence here is written for these tests; the people, towns and groups are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('attributions the sentence splitter cuts', () => {
  it('“…?” said X, a long description: the splitter cuts after ?” but the lower-case tail still attributes', () => {
    const doc = docOf(
      '“Is the ruling really the end of the matter for the whole region?” said Lena Moritz, a former lawyer for the county who now teaches at a college in the north.',
    );
    const e = entitiesOf(doc, [['person', 'Lena Moritz', ['Lena Moritz']]]);
    expect(quoteOf(doc, e, 'Is the ruling')).toMatchObject({ speakerKey: 'person:lena-moritz', cue: 'said' });
  });

  it('“…!” Rep. X, R-State, said of …: a longer capitalised tail with a verb of saying among its first words', () => {
    const doc = docOf('“What a week!” Rep. Ivo Brandt, R-Ohio, said of the swirl of meetings at the convention hall.');
    const e = entitiesOf(doc, [['person', 'Ivo Brandt', ['Ivo Brandt']]]);
    expect(quoteOf(doc, e, 'What a week')).toMatchObject({ speakerKey: 'person:ivo-brandt', cue: 'said' });
  });

  it('a party label in brackets is part of the name, and its letter "I" is no pronoun', () => {
    const doc = docOf('Sen. Mara Quill (I-Vt.) said Sunday in Ashby that the turnout “will help the whole ticket.”');
    const e = entitiesOf(doc, [['person', 'Mara Quill', ['Mara Quill']]]);
    expect(quoteOf(doc, e, 'will help')).toMatchObject({
      speakerKey: 'person:mara-quill',
      speakerText: 'Sen. Mara Quill (I-Vt.)',
      speakerRule: 'explicit',
    });
  });
});

describe('the speaker phrase', () => {
  it('a name with "of" its institution: the head stands before "of" ("X of the Law School" is no law)', () => {
    const doc = docOf('“It was a long shot from the start,” said Odile Brecht of the Ashby School of Law.');
    const e = entitiesOf(doc, [['person', 'Odile Brecht', ['Odile Brecht']]]);
    expect(quoteOf(doc, e, 'It was a long shot')).toMatchObject({ speakerKey: 'person:odile-brecht' });
  });

  it('grows to the whole mention when the tagger cuts a name the recognizer found', () => {
    const doc = docOf('Town spokesman Josh Pelly said the mayor would be a “particularly strong voice” for the plan.');
    const e = entitiesOf(doc, [['person', 'Josh Pelly', ['Josh Pelly']]]);
    const q = quoteOf(doc, e, 'particularly strong voice');
    expect(q.speakerKey).toBe('person:josh-pelly');
    expect(q.speakerText).toContain('Josh Pelly');
  });

  it('"Asked what …, X replied:" — the opening participle is no cue; the subject of the main verb speaks', () => {
    const doc = docOf('Asked what a firm deal looks like, Tova Renn replied: “We are a long way off from that.”');
    const e = entitiesOf(doc, [['person', 'Tova Renn', ['Tova Renn']]]);
    expect(quoteOf(doc, e, 'We are a long way')).toMatchObject({ speakerKey: 'person:tova-renn', cue: 'replied' });
  });

  it('verbs of saying in manner ("fumed", "opined"), also when the tagger reads the past form as an adjective', () => {
    const doc = docOf(
      '“They would have gone to the only bill with support from both sides,” Pell fumed on Tuesday.',
      '“Owners should leave their boats at home,” opined the Ashby Ledger.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ada Pell', ['Pell']],
      ['organization', 'Ashby Ledger', ['Ashby Ledger']],
    ]);
    expect(quoteOf(doc, e, 'They would have gone')).toMatchObject({ speakerKey: 'person:ada-pell', cue: 'fumed' });
    expect(quoteOf(doc, e, 'Owners should')).toMatchObject({ speakerKey: 'organization:ashby-ledger', cue: 'opined' });
  });
});

describe('the subject of the verb of saying', () => {
  it('the splitter cut inside a bracket ("(D-N.Y.)"): the two halves are one sentence', () => {
    const doc = docOf('Rep. Rhea Dunmore (D-N.Y.) said the group was “not going to give up.”');
    const e = entitiesOf(doc, [['person', 'Rhea Dunmore', ['Rhea Dunmore']]]);
    expect(quoteOf(doc, e, 'not going to give up')).toMatchObject({ speakerKey: 'person:rhea-dunmore' });
  });

  it('a cue inside an opening subordinate clause loses to the main clause’s', () => {
    const doc = docOf(
      'Although the county has maintained that the test is required by law, Ivo Lund said about the movement, “I support parents making the choice.”',
    );
    const e = entitiesOf(doc, [['person', 'Ivo Lund', ['Ivo Lund']]]);
    expect(quoteOf(doc, e, 'I support parents')).toMatchObject({ speakerKey: 'person:ivo-lund', cue: 'said' });
  });

  it('a relative clause in an opening phrase does not capture the subject after the comma', () => {
    const doc = docOf(
      'On the claim that there are generals who agree with him, Benjamin Holt said he believes “there may be some who do.”',
    );
    const e = entitiesOf(doc, [['person', 'Benjamin Holt', ['Benjamin Holt']]]);
    expect(quoteOf(doc, e, 'there may be')).toMatchObject({ speakerKey: 'person:benjamin-holt' });
  });

  it('“…,” then a description, then ", says X": the name after the verb speaks', () => {
    const doc = docOf(
      '“These groups have been setting the table for voters,” in sharp contrast to past races when campaigns took on that function, says Dana Skov, a political scientist.',
    );
    const e = entitiesOf(doc, [['person', 'Dana Skov', ['Dana Skov']]]);
    expect(quoteOf(doc, e, 'These groups')).toMatchObject({ speakerKey: 'person:dana-skov', cue: 'says' });
  });

  it('a time phrase between subject and verb ("at the time", "less than two weeks ago") is skipped', () => {
    const doc = docOf(
      'Ulla Brenn at the time said she had asked her “people” to look into it.',
      'The Ashby Council less than two weeks ago said for the first time that “secret” papers had been lost.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ulla Brenn', ['Ulla Brenn']],
      ['organization', 'Ashby Council', ['Ashby Council']],
    ]);
    expect(quoteOf(doc, e, 'people')).toMatchObject({ speakerKey: 'person:ulla-brenn' });
    expect(quoteOf(doc, e, 'secret')).toMatchObject({ speakerKey: 'organization:ashby-council' });
  });

  it('"X, a salesman from Town, State, says": the state finishes the place, the name before speaks', () => {
    const doc = docOf(
      'Dean Colby, a 55-year-old salesman from Ashby, South Carolina, says the mayor will “leave with momentum.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Dean Colby', ['Dean Colby']],
      ['place', 'South Carolina', ['South Carolina']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'leave with momentum')).toMatchObject({ speakerKey: 'person:dean-colby' });
  });

  it('"X, who lives outside the capital, Town, said": the relative clause’s head speaks', () => {
    const doc = docOf(
      'Milo Sander, who lives in an area outside of the state capital, Ashby, said he “prays for a good result.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Milo Sander', ['Milo Sander']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'prays for')).toMatchObject({ speakerKey: 'person:milo-sander' });
  });
});

describe('a surname the recognizer left unlinked', () => {
  it('links a bare surname to the one person of the article with that surname', () => {
    const doc = docOf('Ivo Lund arrived late.', '“We will not wait,” Lund said.');
    const e = entitiesOf(doc, [['person', 'Ivo Lund', ['Ivo Lund']]]);
    expect(quoteOf(doc, e, 'We will not wait')).toMatchObject({ speakerKey: 'person:ivo-lund', speakerText: 'Lund' });
  });

  it('"the Ledger" links to the one organization whose name ends so', () => {
    const doc = docOf('The Ashby Ledger ran the story.', '“The council misled us,” the Ledger wrote.');
    const e = entitiesOf(doc, [['organization', 'Ashby Ledger', ['Ashby Ledger']]]);
    expect(quoteOf(doc, e, 'The council misled')).toMatchObject({ speakerKey: 'organization:ashby-ledger' });
  });

  it('two people with that surname: nobody is guessed', () => {
    const doc = docOf('Ivo Lund and Mara Lund arrived late.', '“We will not wait,” Lund said.');
    const e = entitiesOf(doc, [
      ['person', 'Ivo Lund', ['Ivo Lund']],
      ['person', 'Mara Lund', ['Mara Lund']],
    ]);
    expect(quoteOf(doc, e, 'We will not wait')).toMatchObject({ speakerKey: null, speakerText: 'Lund' });
  });
});

describe('a quote that is a section heading with a credit', () => {
  it('“…”: Acme Bank — the first person quoted in the section below speaks, not the previous section’s', () => {
    const doc = docOf(
      '‘Rates will hold’: Harbor Bank',
      '“The data leave no room for a cut,” said Harbor Bank economist Lea Varga.',
      '‘A cut is coming’: Ashby Trust',
      'Ashby Trust chief economist Omar Fell was more hopeful.',
      '“We see a cut by the autumn,” Fell said.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Lea Varga', ['Lea Varga']],
      ['person', 'Omar Fell', ['Omar Fell', 'Fell']],
      ['organization', 'Harbor Bank', ['Harbor Bank']],
      ['organization', 'Ashby Trust', ['Ashby Trust']],
    ]);
    expect(quoteOf(doc, e, 'Rates will hold')).toMatchObject({
      speakerKey: 'person:lea-varga',
      speakerRule: 'heading',
    });
    expect(quoteOf(doc, e, 'A cut is coming')).toMatchObject({
      speakerKey: 'person:omar-fell',
      speakerRule: 'heading',
    });
  });

  it('a person named in the credit speaks', () => {
    const doc = docOf('‘We will not wait’: Ivo Lund', 'The council met on Monday.');
    const e = entitiesOf(doc, [['person', 'Ivo Lund', ['Ivo Lund']]]);
    expect(quoteOf(doc, e, 'We will not wait')).toMatchObject({
      speakerKey: 'person:ivo-lund',
      speakerRule: 'heading',
    });
  });
});

describe('a colon in the quote’s own sentence', () => {
  it('"X delivered a retort: “…”" and "As X put it: “…”" beat the previous sentence’s speaker', () => {
    const doc = docOf(
      '“We will win,” Ann Vogel said. Tom Brill delivered a snappy retort: “No one is tearing this up.”',
      '“It is over,” Ann Vogel said. As Tom Brill put it: “This plan will not pass.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ann Vogel', ['Ann Vogel']],
      ['person', 'Tom Brill', ['Tom Brill']],
    ]);
    expect(quoteOf(doc, e, 'No one is tearing')).toMatchObject({ speakerKey: 'person:tom-brill' });
    expect(quoteOf(doc, e, 'This plan will not')).toMatchObject({ speakerKey: 'person:tom-brill' });
  });
});

describe('described sources', () => {
  it('"one Acme supporter", "a top Acme strategist": kept as text, not given to the name that modifies them', () => {
    const doc = docOf(
      '“He has my vote,” one Vogel supporter said.',
      '“The race is tight,” a top Harbor Party strategist said.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ann Vogel', ['Vogel']],
      ['organization', 'Harbor Party', ['Harbor Party']],
    ]);
    expect(quoteOf(doc, e, 'He has my vote')).toMatchObject({
      speakerKey: null,
      speakerText: 'one Vogel supporter',
      speakerRule: 'unnamed-source',
    });
    expect(quoteOf(doc, e, 'The race is tight')).toMatchObject({ speakerKey: null, speakerRule: 'unnamed-source' });
  });

  it('an indefinite description with a name in apposition is that name ("A top aide, Tom Brill, said")', () => {
    const doc = docOf('“We are ready,” a top aide, Tom Brill, said.');
    const e = entitiesOf(doc, [['person', 'Tom Brill', ['Tom Brill']]]);
    expect(quoteOf(doc, e, 'We are ready')).toMatchObject({ speakerKey: 'person:tom-brill' });
  });
});
