/**
 * Issue 18: the speaker comes from the clause, not from proximity. Every sentence here is written for these
 * tests; the people, banks and towns are invented.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('speaker from the clause', () => {
  it('the appositive head speaks, not the description after it', () => {
    const doc = docOf(
      'Harbor Bank President Ann Vogel, one of the more hawkish members of the council, said: “We are not done.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ann Vogel', ['Ann Vogel']],
      ['organization', 'Harbor Bank', ['Harbor Bank']],
    ]);
    expect(quoteOf(doc, e, 'We are not done')).toMatchObject({
      speakerKey: 'person:ann-vogel',
      speakerRule: 'explicit',
    });
  });

  it('walks back over two descriptions to the name ("X, the mayor of Y, one of the towns suing, said")', () => {
    const doc = docOf(
      '“It is an overreach,” Tomas Brill, the mayor of Ashby, one of the towns suing the agency, said.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tomas Brill', ['Tomas Brill']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'It is an overreach')).toMatchObject({
      speakerKey: 'person:tomas-brill',
      speakerRule: 'explicit',
    });
  });

  it('a name in the apposition after a description speaks ("a friend of X, Y, said")', () => {
    const doc = docOf(
      'At a vigil for the crew held by the Norvane Guard, a close friend of Ilsa, Maren Oake, said it was “a long night”.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Maren Oake', ['Maren Oake']],
      ['person', 'Ilsa', ['Ilsa']],
      ['organization', 'Norvane Guard', ['Norvane Guard']],
    ]);
    expect(quoteOf(doc, e, 'a long night')).toMatchObject({ speakerKey: 'person:maren-oake' });
  });

  it('inverted "said X" and a parenthesis with a hyphen in the name ("Rep. X (R-Ohio) said")', () => {
    const doc = docOf(
      '“The vote is close,” said Carla Ruiz-Tagle.',
      'Rep. Dana Pell (R-Ohio) said the bill was “dead on arrival”.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Carla Ruiz-Tagle', ['Carla Ruiz-Tagle']],
      ['person', 'Dana Pell', ['Dana Pell']],
      ['place', 'Ohio', ['Ohio']],
    ]);
    expect(quoteOf(doc, e, 'The vote is close')).toMatchObject({
      speakerKey: 'person:carla-ruiz-tagle',
      speakerText: 'Carla Ruiz-Tagle',
    });
    expect(quoteOf(doc, e, 'dead on arrival')).toMatchObject({
      speakerKey: 'person:dana-pell',
      speakerText: 'Rep. Dana Pell (R-Ohio)',
    });
  });

  it('a time phrase between the subject and the verb is crossed ("the ministry on Sunday confirmed")', () => {
    const doc = docOf(
      'The Vellan Defense Ministry on Sunday confirmed strikes on “command facilities” near the border.',
    );
    const e = entitiesOf(doc, [['organization', 'Vellan Defense Ministry', ['Vellan Defense Ministry']]]);
    expect(quoteOf(doc, e, 'command facilities')).toMatchObject({
      speakerKey: 'organization:vellan-defense-ministry',
      speakerRule: 'explicit',
    });
  });

  it('a progressive verb of saying has its subject before the auxiliary ("X is telling …")', () => {
    const doc = docOf('Governor Lise Amundsen is telling voters that the state budget is “in good shape”.');
    const e = entitiesOf(doc, [['person', 'Lise Amundsen', ['Lise Amundsen']]]);
    expect(quoteOf(doc, e, 'in good shape')).toMatchObject({ speakerKey: 'person:lise-amundsen' });
  });

  it('"“…?” X asked." split by the sentence splitter keeps its attribution', () => {
    const doc = docOf(
      'Senators pressed the bank for an hour.',
      '“Why is this bank still too big to manage?” Piet Larsen asked.',
    );
    const e = entitiesOf(doc, [['person', 'Piet Larsen', ['Piet Larsen']]]);
    expect(quoteOf(doc, e, 'Why is this bank')).toMatchObject({
      speakerKey: 'person:piet-larsen',
      speakerRule: 'explicit',
    });
  });
});

describe('more attribution shapes', () => {
  it('"Said X, who …, “…”" opening a sentence', () => {
    const doc = docOf('Said Dora Penn, who grew up on the street, “We were all so proud.”');
    const e = entitiesOf(doc, [['person', 'Dora Penn', ['Dora Penn']]]);
    expect(quoteOf(doc, e, 'We were all')).toMatchObject({ speakerKey: 'person:dora-penn', speakerRule: 'explicit' });
  });

  it('"“…,” said X, adding that “…”": the participle takes the inverted subject', () => {
    const doc = docOf(
      '“It is not new here,” said Rep. Omar Vance at the time, adding that “we have done this for years.”',
    );
    const e = entitiesOf(doc, [['person', 'Omar Vance', ['Omar Vance']]]);
    expect(quoteOf(doc, e, 'we have done this')).toMatchObject({ speakerKey: 'person:omar-vance' });
  });

  it('a colon introduces the speaker, in the sentence or at the end of the paragraph before', () => {
    const doc = docOf(
      'Here is Ida Marsh in 1992: “Our new direction must rest on trade.”',
      'Ben Olds continued:',
      '“You look at the questions and you laugh.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ida Marsh', ['Ida Marsh']],
      ['person', 'Ben Olds', ['Ben Olds']],
    ]);
    expect(quoteOf(doc, e, 'Our new direction')).toMatchObject({ speakerKey: 'person:ida-marsh' });
    expect(quoteOf(doc, e, 'You look at')).toMatchObject({ speakerKey: 'person:ben-olds' });
  });
});

describe('nouns and adjectives that look like verbs', () => {
  it('"about the decision, said X": a thing before the verb gives way to the inverted subject', () => {
    const doc = docOf('“We are extremely happy” about the decision, said Rosa Denn, director of the Nurses Guild.');
    const e = entitiesOf(doc, [
      ['person', 'Rosa Denn', ['Rosa Denn']],
      ['organization', 'Nurses Guild', ['Nurses Guild']],
    ]);
    expect(quoteOf(doc, e, 'We are extremely happy')).toMatchObject({ speakerKey: 'person:rosa-denn' });
  });

  it('"the self-described group" is no verb of saying', () => {
    const doc = docOf('Senator Ada Brink called the mayor “the most valuable player” for the self-described movement.');
    const e = entitiesOf(doc, [['person', 'Ada Brink', ['Ada Brink']]]);
    expect(quoteOf(doc, e, 'the most valuable')).toMatchObject({ speakerKey: 'person:ada-brink' });
  });

  it('a participle after an infinitive takes the main clause subject ("X went after Y over his refusal to release …, calling it “…”")', () => {
    const doc = docOf(
      'Mark Rolle went after Ivo Stam on Wednesday over his refusal to release his taxes, calling it “disqualifying.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Mark Rolle', ['Mark Rolle']],
      ['person', 'Ivo Stam', ['Ivo Stam']],
    ]);
    expect(quoteOf(doc, e, 'disqualifying')).toMatchObject({ speakerKey: 'person:mark-rolle' });
  });
});

describe('a speaker is a person or an organization', () => {
  it('an anonymous source next to an organization stays a described source with no entity', () => {
    const doc = docOf(
      'Talks with the Ferrin Front went on overnight. A deal was “very close,” a senior Ferrin Front official said.',
    );
    const e = entitiesOf(doc, [['organization', 'Ferrin Front', ['Ferrin Front']]]);
    expect(quoteOf(doc, e, 'very close')).toMatchObject({
      speakerKey: null,
      speakerText: 'a senior Ferrin Front official',
      speakerRule: 'unnamed-source',
    });
  });

  it('a described source modified by a name stays described ("A top Ann Vale adviser says")', () => {
    const doc = docOf('A top Ivo Stam adviser says the campaign is on a “glide path” to the nomination.');
    const e = entitiesOf(doc, [['person', 'Ivo Stam', ['Ivo Stam']]]);
    expect(quoteOf(doc, e, 'glide path')).toMatchObject({ speakerKey: null, speakerRule: 'unnamed-source' });
  });

  it('two people familiar with the talks → described, no entity', () => {
    const doc = docOf('“Nothing is agreed,” two people familiar with the Ostrava talks said.');
    const e = entitiesOf(doc, [['place', 'Ostrava', ['Ostrava']]]);
    expect(quoteOf(doc, e, 'Nothing is agreed')).toMatchObject({ speakerKey: null, speakerRule: 'unnamed-source' });
  });

  it('a thing or an event is never the speaker ("the missiles", "the talks")', () => {
    const doc = docOf(
      'Mara Kessel spoke after the launch. The missiles struck what the army called “legitimate targets”.',
      'The talks ended with what officials called a “fragile truce”.',
    );
    const e = entitiesOf(doc, [['person', 'Mara Kessel', ['Mara Kessel']]]);
    for (const q of findQuotes(doc, e, [])) {
      expect(q.speakerText ?? '').not.toMatch(/missiles|talks/i);
    }
  });
});

describe('pronouns, descriptions and paragraphs', () => {
  it('a pronoun never goes to a name in an opening participle clause ("Asked about X, he said")', () => {
    const doc = docOf(
      'Prime Minister Odo Fenn faced reporters on Friday.',
      'Asked again about gifts from Lord Arvel, he said: “I follow the rules.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Odo Fenn', ['Odo Fenn']],
      ['person', 'Arvel', ['Lord Arvel']],
    ]);
    expect(quoteOf(doc, e, 'I follow the rules')).toMatchObject({
      speakerKey: 'person:odo-fenn',
      speakerRule: 'pronoun',
    });
  });

  it('a pronoun takes the main clause subject of the sentence before, not a name in its opening clause', () => {
    const doc = docOf(
      'After Lia Moss won her match on Monday, it was Kate Vale who shone on Tuesday.',
      '“I have started well,” she told reporters.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Lia Moss', ['Lia Moss']],
      ['person', 'Kate Vale', ['Kate Vale']],
    ]);
    expect(quoteOf(doc, e, 'I have started well')).toMatchObject({
      speakerKey: 'person:kate-vale',
      speakerRule: 'pronoun',
    });
  });

  it('a pronoun reaches back one paragraph, and further only along a chain of pronouns', () => {
    const doc = docOf(
      'Mayor Ines Holt said on Saturday that the bridge would reopen.',
      'He said the council had acted.',
      '“It is a question of safety,” he added.',
    );
    const e = entitiesOf(doc, [['person', 'Ines Holt', ['Ines Holt']]]);
    expect(quoteOf(doc, e, 'It is a question')).toMatchObject({
      speakerKey: 'person:ines-holt',
      speakerRule: 'pronoun',
    });
    const far = docOf(
      'Mayor Ines Holt opened the bridge.',
      'Traffic resumed at noon.',
      'Shops stayed shut all day.',
      '“It is a question of safety,” he added.',
    );
    const e2 = entitiesOf(far, [['person', 'Ines Holt', ['Ines Holt']]]);
    expect(quoteOf(far, e2, 'It is a question').speakerKey).toBeNull();
  });

  it('a description of a person named just before ("said the 36-year-old") resolves to that person', () => {
    const doc = docOf(
      'Jon Terrel served out the match in under three hours.',
      '“He is one of the most skilful players on the tour,” said the 36-year-old.',
    );
    const e = entitiesOf(doc, [['person', 'Jon Terrel', ['Jon Terrel']]]);
    expect(quoteOf(doc, e, 'He is one of')).toMatchObject({
      speakerKey: 'person:jon-terrel',
      speakerText: 'the 36-year-old',
      speakerRule: 'description',
    });
  });

  it('a colon after a pronoun subject: "Asked about X, he went on: “…”"', () => {
    const doc = docOf(
      'Prime Minister Odo Fenn took questions on Monday.',
      'Asked whether an adviser would be named, he went on: “There is a difference between the two.”',
    );
    const e = entitiesOf(doc, [['person', 'Odo Fenn', ['Odo Fenn']]]);
    expect(quoteOf(doc, e, 'There is a difference')).toMatchObject({
      speakerKey: 'person:odo-fenn',
      speakerRule: 'pronoun',
    });
  });

  it("a quote paragraph after a paragraph about a person, with no speaker anywhere, is that person's", () => {
    const doc = docOf(
      'Jan Dorr meanwhile wrapped up his win in just over two hours.',
      '“Having other players do well in the draw is amazing for the sport.”',
    );
    const e = entitiesOf(doc, [['person', 'Jan Dorr', ['Jan Dorr']]]);
    expect(quoteOf(doc, e, 'Having other players')).toMatchObject({
      speakerKey: 'person:jan-dorr',
      speakerRule: 'paragraph-continuation',
    });
  });

  it('a quote paragraph with no attribution continues the previous paragraph speaker', () => {
    const doc = docOf(
      '“We will appeal,” Nora Quist said on Monday. She spoke outside the court.',
      '“The ruling ignores the evidence.”',
    );
    const e = entitiesOf(doc, [['person', 'Nora Quist', ['Nora Quist']]]);
    expect(quoteOf(doc, e, 'The ruling ignores')).toMatchObject({
      speakerKey: 'person:nora-quist',
      speakerRule: 'paragraph-continuation',
    });
  });
});
