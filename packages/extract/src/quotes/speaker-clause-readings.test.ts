/**
 * Issue 18, twelfth pass: readings of the attribution's clause that held a speaker back (a surname that is also
 * a common noun, a bracket with a period in it). Every sentence here is written for these tests; the people are
 * invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a capitalised word inside a sentence is a name, even when the word is also a thing', () => {
  it('"“…,” Law said" is Petra Law’s, and so is the fragment after her "noting that"', () => {
    const doc = docOf(
      'Petra Law runs the group.',
      '“There is a sense of urgency,” Law said, noting that donors feel “we have to act on it now.”',
    );
    const e = entitiesOf(doc, [['person', 'Petra Law', ['Petra Law']]]);
    expect(quoteOf(doc, e, 'There is')).toMatchObject({ speakerKey: 'person:petra-law', speakerText: 'Law' });
    expect(quoteOf(doc, e, 'we have to').speakerKey).toBe('person:petra-law');
  });

  it('"The law said" stays a thing: the common noun after a determiner is no speaker', () => {
    const doc = docOf('Petra Law runs the group.', 'The law said that tenants “must be told in writing.”');
    const e = entitiesOf(doc, [['person', 'Petra Law', ['Petra Law']]]);
    expect(quoteOf(doc, e, 'must be').speakerKey).toBeNull();
  });
});

describe('a bracket after a name keeps the period inside it', () => {
  it('"As Rep. Ann Lee (D-Wis.) has pointed out, that is the “…”" is Ann Lee’s', () => {
    const doc = docOf('As Rep. Ann Lee (D-Wis.) has pointed out, that is the “textbook definition” of spin.');
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'textbook')).toMatchObject({
      speakerKey: 'person:ann-lee',
      speakerText: 'Rep. Ann Lee (D-Wis.)',
      cue: 'pointed',
    });
  });
});

describe('the agent of a passive verb of saying speaks', () => {
  const people: Array<['person', string, string[]]> = [
    ['person', 'Ann Lee', ['Ann Lee']],
    ['person', 'Tom Vane', ['Tom Vane']],
  ];

  it('"Ann Lee was asked by moderator Tom Vane whether … “…”" is the asker’s question', () => {
    const doc = docOf(
      'Ann Lee was asked by moderator Tom Vane whether her plan, which critics like, would risk “adding another costly program.”',
    );
    expect(quoteOf(doc, entitiesOf(doc, people), 'adding')).toMatchObject({
      speakerKey: 'person:tom-vane',
      cue: 'asked',
    });
  });

  it('"Asked by Tom Vane if the mayor “gets” it, Ann Lee shrugged" is the asker’s word', () => {
    const doc = docOf('Asked by Tom Vane if the mayor “gets” the problem, Ann Lee shrugged.');
    expect(quoteOf(doc, entitiesOf(doc, people), 'gets').speakerKey).toBe('person:tom-vane');
  });

  it('"The habit has been called “…” by Tom Vane, a professor" is his wording', () => {
    const doc = docOf('The habit has been called “strategic ambiguity” by Tom Vane, a professor at Ashby College.');
    expect(quoteOf(doc, entitiesOf(doc, people), 'strategic')).toMatchObject({
      speakerKey: 'person:tom-vane',
      cue: 'called',
    });
  });

  it('a verb of judging with its agent before the quote ("praised by Tom Vane for her “bold” plan") gives him nothing', () => {
    const doc = docOf('Ann Lee was praised by Tom Vane for her “bold” plan.');
    expect(quoteOf(doc, entitiesOf(doc, people), 'bold').speakerKey).not.toBe('person:tom-vane');
  });

  it('the agent of a verb that does not say ("signed by Ann Lee after a “…”") is no speaker', () => {
    const doc = docOf('The bill was signed by Ann Lee after a “long night.”');
    expect(quoteOf(doc, entitiesOf(doc, people), 'long night').speakerKey).toBeNull();
  });
});

describe('a time phrase between the subject and its verb', () => {
  it('"Tom Vane on Monday signed an order, while Ann Lee proposed we “…”" is Ann Lee’s', () => {
    const doc = docOf(
      'Tom Vane on Monday signed an order, while Ann Lee, the former mayor, proposed we “close the gates.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'close the gates')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'proposed' });
  });
});

describe('a long owner after the "of" of a noun of saying', () => {
  it('"the contention of former city treasurer Ann Lee that … “…”": the owner’s words do not count', () => {
    const doc = docOf(
      'His letter backs the contention of former city treasurer Ann Lee that some of the accounts were later subjected to “creative rounding.”',
    );
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'creative')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'contention' });
  });
});

describe('a verb of naming after the object of a preposition modifies that noun', () => {
  it('"… a syllabus for a class called “Logic” on her page, writing “…”": the writer speaks, not the class', () => {
    const doc = docOf(
      'On Sunday, Ann Lee posted a syllabus for a 1998 history class called “Logic” on her page, writing “Here is the class you said never existed.”',
    );
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'Here is').speakerKey).toBe('person:ann-lee');
    expect(quoteOf(doc, e, 'Logic').speakerKey).toBeNull();
  });

  it('"The council called “…”" keeps its verb: a subject is no object of a preposition', () => {
    const doc = docOf('The council called “for calm” after the vote.');
    const e = entitiesOf(doc, [['organization', 'The council', ['The council']]]);
    expect(quoteOf(doc, e, 'for calm')).toMatchObject({ speakerKey: 'organization:the-council', cue: 'called' });
  });
});

describe('a horizontal bar between spaces separates like a dash', () => {
  it('"Tom Vane ― a farmer who lost his barn ― called the storm a “catastrophe”" is his wording', () => {
    const doc = docOf('Tom Vane ― a farmer who lost his barn in May ― called the storm a “slow catastrophe.”');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'slow')).toMatchObject({ speakerKey: 'person:tom-vane', cue: 'called' });
  });
});

describe('a capitalised auxiliary inside a sentence is a name', () => {
  it('"While Will acknowledges Tom Vane’s appeal as a “…”" is Will’s wording, not Tom Vane’s', () => {
    const doc = docOf(
      'Ann Will wrote a column.',
      'While Will acknowledges Tom Vane’s appeal as a “forceful persona,” she prefers Ivo Marren.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ann Will', ['Ann Will']],
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ivo Marren', ['Ivo Marren']],
    ]);
    expect(quoteOf(doc, e, 'forceful')).toMatchObject({ speakerKey: 'person:ann-will', cue: 'acknowledges' });
  });
});

describe('a dash that closes an aside opened by an earlier dash', () => {
  it('"In the letter - addressed to Tom Vane - the Ohio senator asks …" is no apposition on Tom Vane', () => {
    const doc = docOf(
      'In the letter - addressed to the city attorney, Tom Vane - the Ohio senator asks whether “the mayor broke the law.”',
    );
    const quote = quoteOf(doc, entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]), 'the mayor');
    expect(quote.speakerKey).not.toBe('person:tom-vane');
    expect(quote.speakerText).toBe('the Ohio senator');
  });

  it('"the Ohio Republican asks" adopts no organization named "Ohio Republican"', () => {
    const doc = docOf('In her letter, the Ohio Republican asks whether “the mayor broke the law.”');
    const quote = quoteOf(doc, entitiesOf(doc, []), 'the mayor');
    expect(quote.speakerKey ?? '').not.toMatch(/^organization:/);
  });
});

describe('an ordinal before a comma opens the sentence, whatever its tag', () => {
  it('"First, Ann Lee identified the clerk as “Ruritanian,”" is Ann Lee’s word, not a title', () => {
    const doc = docOf(
      'The clerk was born in Ashby.',
      'First, Ann Lee identified the clerk as “Ruritanian,” which he is not.',
    );
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'Ruritanian')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'identified' });
  });
});
