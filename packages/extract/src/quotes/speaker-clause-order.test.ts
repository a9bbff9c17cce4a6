/**
 * Issue 18, sixth pass: which clause of a sentence speaks. Every sentence here is written for these tests; the
 * people and groups are invented.
 */
import { describe, expect, it } from 'vitest';
import { isCapitalizedName } from './proper-description.js';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';
import { SpeakerNameShape } from './speaker-name.js';
import { quoteVocabulary } from './vocabulary.js';

describe('the verb that introduces the quote', () => {
  it('“…?” X, a long description, said quietly.: the tail after ?” joins the quote', () => {
    const doc = docOf(
      'The first volunteers at the door are Eva Tarrow and Gloria Penn, retired teachers who remember the strike.',
      '“I am calling from the county campaign. How are you today?” Tarrow, a retired worker from a paper mill, said quietly into the phone.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Eva Tarrow', ['Eva Tarrow', 'Tarrow']],
      ['person', 'Gloria Penn', ['Gloria Penn']],
    ]);
    expect(quoteOf(doc, e, 'I am calling')).toMatchObject({ speakerKey: 'person:eva-tarrow', cue: 'said' });
  });

  it('“The paradox, says X, a historian, is that she was “…”: the parenthetical verb names the speaker', () => {
    const doc = docOf(
      'The paradox of the era, says Carl Wendt, historian at the county library, is that she was “one of the most powerful figures.”',
    );
    const e = entitiesOf(doc, [['person', 'Carl Wendt', ['Carl Wendt']]]);
    expect(quoteOf(doc, e, 'one of the most')).toMatchObject({
      speakerKey: 'person:carl-wendt',
      speakerText: 'Carl Wendt',
    });
  });

  it('“…, to which Y interjected: “…”: the verb before the colon, not the sentence’s first verb of saying', () => {
    const doc = docOf(
      'Lena Ashby said there was “no daylight” between the plans. She said that experts had found her plans strong, to which Tom Vane interjected: “It is just not true.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Lena Ashby', ['Lena Ashby']],
      ['person', 'Tom Vane', ['Tom Vane']],
    ]);
    expect(quoteOf(doc, e, 'It is just')).toMatchObject({ speakerKey: 'person:tom-vane', cue: 'interjected' });
  });
});

describe('pronouns in the quote’s own sentence', () => {
  it('a pronoun in a relative clause takes the main clause’s subject, not the nearest name', () => {
    const doc = docOf(
      'Vera Koss hammered Dan Pell, calling him a “wreck,” and contrasted the candidate, whom she described as “volatile,” with the mayor.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Vera Koss', ['Vera Koss']],
      ['person', 'Dan Pell', ['Dan Pell']],
    ]);
    expect(quoteOf(doc, e, 'volatile')).toMatchObject({ speakerKey: 'person:vera-koss', speakerRule: 'pronoun' });
  });

  it('a pronoun in a subordinate clause after the main clause takes its subject', () => {
    const doc = docOf('Ivo Brandt went after Dan Pell at the debate, when he called the businessman “unhinged.”');
    const e = entitiesOf(doc, [
      ['person', 'Ivo Brandt', ['Ivo Brandt']],
      ['person', 'Dan Pell', ['Dan Pell']],
    ]);
    expect(quoteOf(doc, e, 'unhinged')).toMatchObject({ speakerKey: 'person:ivo-brandt', speakerRule: 'pronoun' });
  });
});

describe('a capitalized name after "the" is no description of an earlier speaker', () => {
  it('“The Quornvale Growers Convention released a statement, saying …” is that organization, not the speaker before', () => {
    const doc = docOf(
      '“We will not back down,” Lena Ashby said on Monday.',
      'The Quornvale Growers Convention released a statement on Wednesday, saying the remarks are “another example of divisive talk.”',
    );
    const e = entitiesOf(doc, [['person', 'Lena Ashby', ['Lena Ashby']]]);
    // Eighth pass: the name the recognizer missed becomes an organization (organization-speaker.ts).
    expect(quoteOf(doc, e, 'another example')).toMatchObject({
      speakerKey: 'organization:quornvale-growers-convention',
      speakerText: 'The Quornvale Growers Convention',
      speakerRule: 'speaker-name',
    });
  });

  it('titles and demonyms after "the" stay descriptions; capitalized names do not', () => {
    expect(isCapitalizedName('The Quornvale Growers Convention')).toBe(true);
    expect(isCapitalizedName('the Daily Ledger')).toBe(true);
    expect(isCapitalizedName('the Prime Minister')).toBe(false);
    expect(isCapitalizedName('the senator')).toBe(false);
    expect(isCapitalizedName('the Republican')).toBe(false);
    expect(isCapitalizedName('the Israeli PM')).toBe(false);
  });
});

describe('a possessor is no speaker’s name', () => {
  it('“…” Brill’s said: the possessive does not read as a person’s name', () => {
    const doc = docOf('“We won,” Brill’s said.');
    const shape = new SpeakerNameShape(doc.body, doc.tokens, quoteVocabulary());
    const at = doc.body.indexOf('Brill’s');
    expect(shape.nameIn({ start: at, end: at + 'Brill’s'.length }, () => false)).toBeNull();
    expect(shape.nameIn({ start: at, end: at + 'Brill'.length }, () => false)).not.toBeNull();
  });
});

describe('an opening "as" clause that reports', () => {
  it('“As X has pointed out, that is the “…” of …”: the as-clause’s subject owns the quoted words', () => {
    const doc = docOf(
      'As Senator Tom Vane (R-Ohio) has pointed out, that is basically the “textbook definition” of fraud.',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'textbook')).toMatchObject({ speakerKey: 'person:tom-vane', speakerRule: 'clause-subject' });
  });

  it('an "as" clause with a verb that neither reports nor judges gives nobody the scare quote', () => {
    const doc = docOf('As Tom Vane walked in, the crowd gathered under the “textbook definition” banner.');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'textbook')).toMatchObject({ speakerKey: null });
  });
});

describe('a name the recognizer missed, before a bracket', () => {
  it('said ranking member Ivo Marren (D-Md.: the splitter cut the bracket; the name before it is adopted', () => {
    const doc = docOf('“The panel is so frustrated,” said ranking member Ivo Marren (D-Md.). “They are stalling.”');
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'The panel')).toMatchObject({
      speakerKey: 'person:ivo-marren',
      speakerRule: 'speaker-name',
    });
  });
});

describe('a pronoun subject with a contracted verb', () => {
  it('“Still, he’s worried about his party’s “…”": the pronoun resolves to the speaker before', () => {
    const doc = docOf(
      'The race is close, said veteran strategist Tom Vane.',
      'Still, he’s worried about his party’s “severe underperformance” in the northern states.',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'severe')).toMatchObject({ speakerKey: 'person:tom-vane' });
  });
});

describe('a party’s members in the plural', () => {
  it('“The Greens’ letter to X, the commissioner, said: “…”” speaks for the Green Party, not the speaker before', () => {
    const doc = docOf(
      'The Green Party has called for an inquiry. Asked about the gifts, Sir Tom Vane said: “I do not think we should pay for it.”',
      'The Greens’ letter to Dan Greel, the standards commissioner, said: “In August it was reported that a donor had been given a pass.”',
    );
    const e = entitiesOf(doc, [
      ['organization', 'Green Party', ['Green Party']],
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Dan Greel', ['Dan Greel']],
    ]);
    expect(quoteOf(doc, e, 'In August')).toMatchObject({ speakerKey: 'organization:green-party' });
  });
});

describe('a state after a form of "be"', () => {
  it('“X is worried about his party’s “…”": no passive, so the subject holds the stance', () => {
    const doc = docOf('Tom Vane is worried about his party’s “severe underperformance” in the northern states.');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'severe')).toMatchObject({ speakerKey: 'person:tom-vane', speakerRule: 'clause-subject' });
  });

  it('a true passive ("was asked by") still gives its subject no words', () => {
    const doc = docOf('Tom Vane was asked by reporters about the “severe underperformance” in the northern states.');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'severe')).toMatchObject({ speakerKey: null });
  });
});

describe('more verbs that introduce the quote', () => {
  it('“a woman asked for a photo and X said, “…”": the verb right before the comma and the quote', () => {
    const doc = docOf(
      'At one point, a woman asked for a photo and Lena Ashby said, “as long as we are not breaking any rules.”',
    );
    const e = entitiesOf(doc, [['person', 'Lena Ashby', ['Lena Ashby']]]);
    expect(quoteOf(doc, e, 'as long as')).toMatchObject({ speakerKey: 'person:lena-ashby', cue: 'said' });
  });

  it('“In other words, explained moderator X: “…”": the name after the verb, not the opening phrase', () => {
    const doc = docOf(
      'In other words, explained Quornvale Radio host Nora Fell: “What does that have to do with the donations?”',
    );
    const e = entitiesOf(doc, [['person', 'Nora Fell', ['Nora Fell']]]);
    expect(quoteOf(doc, e, 'What does')).toMatchObject({ speakerKey: 'person:nora-fell', cue: 'explained' });
  });

  it('“…,” according to a court document filed by X: the one who filed it speaks', () => {
    const doc = docOf(
      '“The evidence is insufficient to support a prosecution,” according to a court document filed by state attorney Dov Arlen.',
    );
    const e = entitiesOf(doc, [['person', 'Dov Arlen', ['Dov Arlen']]]);
    expect(quoteOf(doc, e, 'The evidence')).toMatchObject({ speakerKey: 'person:dov-arlen' });
  });
});

describe('a coordinated verb before the quote', () => {
  it('“X said the members will meet, but said, “…”": the first verb’s subject speaks, not the reported clause’s', () => {
    const doc = docOf(
      'Rona Leed said the members will still meet for drinks, but said, “It is time we change how we do it.”',
    );
    const e = entitiesOf(doc, [['person', 'Rona Leed', ['Rona Leed']]]);
    expect(quoteOf(doc, e, 'It is time')).toMatchObject({ speakerKey: 'person:rona-leed' });
  });
});

describe('verbs of manner of speaking and of scolding (lexicon reporting-verbs)', () => {
  it('“X clashed with Y, chiding him, “…?”": the participle’s subject is the main clause’s', () => {
    const doc = docOf(
      'Former minister Lena Ashby clashed with Dan Pell during the hearing, chiding him, “What difference does it make now?”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Lena Ashby', ['Lena Ashby']],
      ['person', 'Dan Pell', ['Dan Pell']],
    ]);
    expect(quoteOf(doc, e, 'What difference')).toMatchObject({ speakerKey: 'person:lena-ashby', cue: 'chiding' });
  });

  it('“…,” chuckled X.: an inverted verb of manner of speaking after the quote', () => {
    const doc = docOf('“We will see about that, we will see,” chuckled Vera Koss, the council leader.');
    const e = entitiesOf(doc, [['person', 'Vera Koss', ['Vera Koss']]]);
    expect(quoteOf(doc, e, 'We will see')).toMatchObject({ speakerKey: 'person:vera-koss', cue: 'chuckled' });
  });
});

describe('after the quote', () => {
  it('“…,” X shot back.: a verb the tagger reads as a noun after the name still attributes', () => {
    const doc = docOf('“He wants to be a tough guy tonight,” Vane shot back.');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane', 'Vane']]]);
    expect(quoteOf(doc, e, 'He wants')).toMatchObject({ speakerKey: 'person:tom-vane' });
  });
});
