/**
 * Issue 18, ninth pass: general mechanisms for text no rule was written against. Every sentence here is written
 * for these tests; the people are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a participle after a comma hangs on the name that opens the clause', () => {
  it('"Oren Valk shot back, saying “…”": the tagger reads "shot" as a noun; the name still speaks', () => {
    const doc = docOf('Oren Valk shot back, saying “I made a lot of money in down markets.”');
    const e = entitiesOf(doc, [['person', 'Oren Valk', ['Oren Valk']]]);
    expect(quoteOf(doc, e, 'I made')).toMatchObject({ speakerKey: 'person:oren-valk', cue: 'saying' });
  });

  it('a second clause before the comma ("Oren Valk won, and the crowd cheered, saying …") gives no speaker', () => {
    const doc = docOf('Oren Valk shot back at the board, the crowd roared, saying “I made a lot of money.”');
    const e = entitiesOf(doc, [['person', 'Oren Valk', ['Oren Valk']]]);
    expect(quoteOf(doc, e, 'I made').speakerKey).toBeNull();
  });
});

describe('a quote paragraph that opens with an ellipsis is a full quote, not a fragment', () => {
  it('"“… they still go on”" after a paragraph Hal Brisk speaks in is his', () => {
    const doc = docOf(
      '“We met at the ceremony. She lied to me,” Hal Brisk said.',
      '“… they still just go on with their little ways. I heard that.”',
    );
    const e = entitiesOf(doc, [['person', 'Hal Brisk', ['Hal Brisk']]]);
    const quote = quoteOf(doc, e, '… they still');
    expect(quote.kind).toBe('full');
    expect(quote.speakerKey).toBe('person:hal-brisk');
  });
});

describe('an unlisted verb after a quote may be followed by an adverbial clause', () => {
  it('"“…,” Ulla Berg went on, as if she had not heard him": the quote is hers', () => {
    const doc = docOf('“You know, it happens, right?” Ulla Berg went on, as if she had not heard him.');
    const e = entitiesOf(doc, [['person', 'Ulla Berg', ['Ulla Berg']]]);
    expect(quoteOf(doc, e, 'You know')).toMatchObject({ speakerKey: 'person:ulla-berg', cue: 'went' });
  });
});

describe('party members in the plural after an indefinite are described ("some Vaskor Republicans")', () => {
  it('"some Republicans" is no organization', () => {
    const plain = docOf('“It is fake,” some Republicans said.');
    const e = entitiesOf(plain, [['organization', 'Republican Party', ['Republicans']]]);
    expect(quoteOf(plain, e, 'It is fake')).toMatchObject({ speakerKey: null, speakerText: 'some Republicans' });
  });
});

describe('a name given with "as" is the speaker\'s word for someone, even beside other quotes', () => {
  it('"Mara Vint refers to him as “Mr. Pell,” while Pell refers to her as “Mara.”": each is its subject\'s', () => {
    const doc = docOf('Mara Vint refers to the senator as “Mr. Pell,” while Pell refers to the governor as “Mara.”');
    const e = entitiesOf(doc, [
      ['person', 'Mara Vint', ['Mara Vint']],
      ['person', 'Pell', ['Pell']],
    ]);
    expect(quoteOf(doc, e, 'Mr. Pell').speakerKey).toBe('person:mara-vint');
    expect(quoteOf(doc, e, 'Mara.').speakerKey).toBe('person:pell');
  });

  it('titles without "as" keep no speaker ("Mara Vint praised the shows “Night Harbor” and “Grey Wells”")', () => {
    const doc = docOf('Mara Vint praised the shows “Night Harbor” and “Grey Wells” on Sunday.');
    const e = entitiesOf(doc, [['person', 'Mara Vint', ['Mara Vint']]]);
    expect(quoteOf(doc, e, 'Grey Wells').speakerKey).toBeNull();
  });
});

describe('two hyphens stand for a dash around an apposition', () => {
  it('"A former candidate -- Rolf Amsel, who lost in 2008 -- said the plan “…”": Rolf Amsel speaks', () => {
    const doc = docOf(
      'A former presidential candidate -- Rolf Amsel, who lost the 2008 election -- said the president “offered no changes to his plan.”',
    );
    const e = entitiesOf(doc, [['person', 'Rolf Amsel', ['Rolf Amsel']]]);
    expect(quoteOf(doc, e, 'offered no')).toMatchObject({ speakerKey: 'person:rolf-amsel', cue: 'said' });
  });
});

describe('a subject completed by "from"/"in" and a place is the head, not the place', () => {
  it('"Officials in Vandria said …": a described source, never a person named Vandria', () => {
    const doc = docOf('Officials in Vandria said the plan was “dead on arrival.”');
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'dead on')).toMatchObject({
      speakerKey: null,
      speakerText: 'Officials in Vandria',
      speakerRule: 'unnamed-source',
    });
  });

  it('"Ann Vell from Ashby said …": the person, not the town', () => {
    const doc = docOf('Ann Vell from Ashby said the vote was “a disgrace.”');
    const e = entitiesOf(doc, [
      ['person', 'Ann Vell', ['Ann Vell']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'a disgrace')).toMatchObject({
      speakerKey: 'person:ann-vell',
      speakerText: 'Ann Vell from Ashby',
    });
  });

  it('an object that is no name ("game in a long season many called …") extends nothing', () => {
    const doc = docOf('It was a game in a long season many called “a classic.”');
    const e = entitiesOf(doc, [['person', 'Ann Vell', ['Ann Vell']]]);
    expect(quoteOf(doc, e, 'a classic').speakerKey).toBeNull();
  });
});

describe('an indefinite pronoun opening the sentence is no name', () => {
  it('"Others said …" stays a described source, never a person named Others', () => {
    const doc = docOf('Others said the plan was “too late.”');
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'too late')).toMatchObject({ speakerKey: null, speakerText: 'Others' });
    expect(e.entities).toEqual([]);
  });
});
