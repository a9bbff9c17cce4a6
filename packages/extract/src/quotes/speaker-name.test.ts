/**
 * Issue 18/17: a capitalized name as the subject of a reporting verb is evidence of a person, even when the
 * entity recognizer did not know it. Every sentence here is written for these tests; the people are invented.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a name the recognizer missed, as the subject of a reporting verb', () => {
  it('a full name right after a role noun, whatever its given name ("said party boss Vask Orrin")', () => {
    const doc = docOf('“The distraction costs us a day,” said Harbor party boss Vask Orrin.');
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'The distraction')).toMatchObject({
      speakerKey: 'person:vask-orrin',
      speakerRule: 'speaker-name',
    });
  });

  it('a place after a preposition is no name ("a woman in Ashby Vale")', () => {
    const doc = docOf('“The distraction costs us a day,” said a woman in Ashby Vale.');
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'The distraction')).toMatchObject({ speakerKey: null });
  });

  it('"said X": a new person with its mention, the rule says how it was found', () => {
    const doc = docOf('“We will not wait for the council to make up its mind,” said Thorne.');
    const e = entitiesOf(doc, []);
    const quote = quoteOf(doc, e, 'We will not wait');
    expect(quote).toMatchObject({ speakerKey: 'person:thorne', speakerRule: 'speaker-name' });
    expect(e.entities).toEqual([
      { key: 'person:thorne', type: 'person', name: 'Thorne', aliases: [], countryCode: null },
    ]);
    const mention = e.mentions.find((m) => m.entityKey === 'person:thorne')!;
    expect(doc.body.slice(mention.start, mention.end)).toBe('Thorne');
    expect(mention.kind).toBe('name');
  });

  it('"X told": a surname that is also a common word, when the article writes the word in lower case too', () => {
    const doc = docOf(
      'The team found a cross carved into the old beam.',
      '“The builders never once asked about the beam,” Cross told reporters.',
    );
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'The builders')).toMatchObject({ speakerKey: 'person:cross', speakerRule: 'speaker-name' });
  });

  it('a given name links to the one person of the article whose name holds it', () => {
    const doc = docOf(
      'Ilse Varga ran the mill in Ostend for a decade.',
      '“The river decides our hours, not the bank,” Ilse said.',
    );
    const e = entitiesOf(doc, [['person', 'Ilse Varga', ['Ilse Varga']]]);
    expect(quoteOf(doc, e, 'The river decides')).toMatchObject({
      speakerKey: 'person:ilse-varga',
      speakerRule: 'speaker-name',
    });
    expect(e.entities).toHaveLength(1);
    expect(e.entities[0]!.aliases).toEqual(['Ilse']);
    expect(e.mentions.map((m) => m.text)).toEqual(['Ilse Varga', 'Ilse']);
  });

  it('a word that usually opens sentences ("Read") is a name when it is part of a person the article named', () => {
    const doc = docOf(
      'Mara Read ran the town archive and read every letter that came in.',
      '“The letters are safe in the cellar, and we keep them there,” Read said.',
    );
    const e = entitiesOf(doc, [['person', 'Mara Read', ['Mara Read']]]);
    expect(quoteOf(doc, e, 'The letters')).toMatchObject({
      speakerKey: 'person:mara-read',
      speakerRule: 'speaker-name',
    });
  });

  it('a described speaker whose full name ends the phrase: the name is the person, the description stays text', () => {
    const doc = docOf(
      '“We never closed the clinic, not even in the floods,” said former field doctor Maria Quenneville.',
    );
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'We never closed')).toMatchObject({
      speakerKey: 'person:maria-quenneville',
      speakerText: 'former field doctor Maria Quenneville',
      speakerRule: 'speaker-name',
    });
    expect(e.mentions.map((m) => m.text)).toEqual(['Maria Quenneville']);
  });

  it('a full name after capitalized descriptive words, with a given name that is also a month ("Jan")', () => {
    const doc = docOf(
      '“It is a priority for the whole valley,” said Former Ashby governor Jan Holt, an early supporter.',
    );
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'It is a priority')).toMatchObject({
      speakerKey: 'person:jan-holt',
      speakerRule: 'speaker-name',
    });
  });

  it('a surname with a lower-case particle ("van Dorne")', () => {
    const doc = docOf('“We will appeal the ruling before the summer,” said van Dorne.');
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'We will appeal')).toMatchObject({
      speakerKey: 'person:van-dorne',
      speakerRule: 'speaker-name',
    });
  });

  it('a later quote by the same name finds the person added for the first one', () => {
    const doc = docOf('“We start at dawn,” said Thorne.', '“We stop at dusk,” said Thorne.');
    const e = entitiesOf(doc, []);
    const quotes = findQuotes(doc, e, []);
    expect(quotes.map((q) => [q.speakerKey, q.speakerRule])).toEqual([
      ['person:thorne', 'speaker-name'],
      ['person:thorne', 'speaker-name'],
    ]);
    expect(e.entities).toHaveLength(1);
    expect(e.mentions).toHaveLength(2);
  });
});

describe('phrases that are no name stay without an entity', () => {
  it.each([
    ['a common noun phrase', '“The gate stays shut until spring,” the official said.'],
    ['a title on its own', '“The gate stays shut until spring,” the Minister said.'],
    ['a source noun opening the sentence', 'Officials said “the gate stays shut until spring.”'],
    ['a country', '“The gate stays shut until spring,” France said.'],
    ['a pronoun', '“The gate stays shut until spring,” Someone said.'],
    ['the plural of an acronym', '“The gate stays shut until spring,” MPs said.'],
  ])('%s', (_, sentence) => {
    const doc = docOf(sentence);
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'The gate') ?? quoteOf(doc, e, 'the gate')).toMatchObject({ speakerKey: null });
    expect(e.entities).toEqual([]);
  });

  it('a described source whose last words are capitalized but hold no given name', () => {
    const doc = docOf('“The gate stays shut until spring,” said a spokesman for Ashby Water Board.');
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'The gate')).toMatchObject({ speakerKey: null });
    expect(e.entities).toEqual([]);
  });

  it('a name that fits two persons of the article links to neither', () => {
    const doc = docOf('Ana Lund and Per Lund run the ferry.', '“The ferry runs in all weather,” said Lund.');
    const e = entitiesOf(doc, [
      ['person', 'Ana Lund', ['Ana Lund']],
      ['person', 'Per Lund', ['Per Lund']],
    ]);
    expect(quoteOf(doc, e, 'The ferry runs')).toMatchObject({ speakerKey: null });
    expect(e.entities).toHaveLength(2);
  });
});

describe('a name the recognizer read as places, or followed by its affiliation', () => {
  it('"said Mora Tellez", both words read as towns: a person; the place mentions go with their places', () => {
    const doc = docOf('“The rent is too high for us,” said Mora Tellez, who works in a bakery.');
    const e = entitiesOf(doc, [
      ['place', 'Mora', ['Mora']],
      ['place', 'Tellez', ['Tellez']],
    ]);
    expect(quoteOf(doc, e, 'The rent')).toMatchObject({
      speakerKey: 'person:mora-tellez',
      speakerRule: 'speaker-name',
    });
    expect(e.entities.map((x) => x.key)).toEqual(['person:mora-tellez']);
    expect(e.mentions.map((m) => m.text)).toEqual(['Mora Tellez']);
  });

  it('a place used as one elsewhere keeps that mention and its entity', () => {
    const doc = docOf('Tellez is a town by the river.', '“The rent is too high,” said Mora Tellez.');
    const e = entitiesOf(doc, [
      ['place', 'Mora', ['Mora']],
      ['place', 'Tellez', ['Tellez']],
    ]);
    expect(quoteOf(doc, e, 'The rent').speakerKey).toBe('person:mora-tellez');
    expect(e.entities.map((x) => x.key)).toEqual(['person:mora-tellez', 'place:tellez']);
  });

  it('one place that is the whole phrase is not split into a person ("said Port Ulvan" stays unnamed)', () => {
    const doc = docOf('The council of Port Ulvan met in Port Ulvan.', '“We are ready,” said Port Ulvan.');
    const e = entitiesOf(doc, [['place', 'Port Ulvan', ['Port Ulvan']]]);
    expect(quoteOf(doc, e, 'We are ready').speakerKey).toBeNull();
  });

  it('"said Brin Osk of the Harlow Policy Group": the name before "of"', () => {
    const doc = docOf('“This raises questions,” said Brin Osk of the independent Harlow Policy Group.');
    const e = entitiesOf(doc, []);
    expect(quoteOf(doc, e, 'This raises')).toMatchObject({
      speakerKey: 'person:brin-osk',
      speakerRule: 'speaker-name',
    });
  });
});
