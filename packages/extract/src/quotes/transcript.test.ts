/**
 * Issue 18, tenth pass: transcript speaker labels. Every transcript here is written for these tests; the people
 * are invented.
 */
import { describe, expect, it } from 'vitest';
import { findQuotes } from './index.js';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('a transcript printed as one multi-paragraph quote', () => {
  const doc = docOf(
    'On Sunday, Gov. Ivo Marren told host Dana Pohl that the plan would pass.',
    'Partial transcript as follows:',
    '"POHL: Governor, will the plan pass this week?',
    '"MARREN: Well, look, I think it will. We have the votes.',
    '"But the truth is that the voters want it done.',
    '"POHL: And if it fails?',
    '"MARREN: It will not fail."',
  );
  const e = entitiesOf(doc, [
    ['person', 'Ivo Marren', ['Ivo Marren']],
    ['person', 'Dana Pohl', ['Dana Pohl']],
  ]);

  it('gives each turn to the person its capitalised label names', () => {
    expect(quoteOf(doc, e, 'POHL: Governor')).toMatchObject({
      speakerKey: 'person:dana-pohl',
      speakerText: 'POHL',
      speakerRule: 'transcript-label',
    });
    expect(quoteOf(doc, e, 'MARREN: Well')).toMatchObject({ speakerKey: 'person:ivo-marren' });
    expect(quoteOf(doc, e, 'POHL: And')).toMatchObject({ speakerKey: 'person:dana-pohl' });
  });

  it('a paragraph with no label continues the latest turn, not the first', () => {
    expect(quoteOf(doc, e, 'But the truth')).toMatchObject({
      speakerKey: 'person:ivo-marren',
      speakerRule: 'transcript-label',
    });
  });
});

describe('labels outside quotation marks', () => {
  it('a full quote inside a turn with no attribution of its own is the turn speaker’s', () => {
    const doc = docOf(
      'Ann Lee and Tom Vane spoke with the panel.',
      'MS. LEE: Then he looked at me and asked: “Are we done here?”',
      'MR. VANE: We were not done.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ann Lee', ['Ann Lee']],
      ['person', 'Tom Vane', ['Tom Vane']],
    ]);
    expect(quoteOf(doc, e, 'Are we done')).toMatchObject({ speakerKey: 'person:ann-lee' });
  });

  it('a name the article gives a person is a label in Title Case; an unknown role label stays text', () => {
    const doc = docOf(
      'The panel was led by Tom Vane.',
      '“Tom Vane: The budget is a mess.”',
      '“MODERATOR: Is it, though?”',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'Tom Vane: The')).toMatchObject({ speakerKey: 'person:tom-vane' });
    expect(quoteOf(doc, e, 'MODERATOR')).toMatchObject({
      speakerKey: null,
      speakerText: 'MODERATOR',
      speakerRule: 'transcript-label',
    });
  });
});

describe('a label that is also a place’s name', () => {
  it('"ASHBY:" names Kim Ashby when the article has her, though a town is called Ashby too', () => {
    const doc = docOf(
      'Kim Ashby, who grew up in Ashby, spoke to Tom Vane.',
      '"VANE: Why run now?',
      '"ASHBY: Because nobody else will."',
    );
    const e = entitiesOf(doc, [
      ['person', 'Kim Ashby', ['Kim Ashby']],
      ['person', 'Tom Vane', ['Tom Vane']],
      ['place', 'Ashby', ['Ashby']],
    ]);
    expect(quoteOf(doc, e, 'ASHBY: Because')).toMatchObject({
      speakerKey: 'person:kim-ashby',
      speakerRule: 'transcript-label',
    });
  });
});

describe('a section label inside a transcript', () => {
  it('"VIDEO:" ends the turn before it and names nobody', () => {
    const doc = docOf(
      'Tom Vane was asked about the clip.',
      '"HOST: Let us watch the clip.',
      '"VIDEO: They told me nothing at all about it.',
      '"VANE: I told them everything."',
    );
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'VIDEO').speakerText).toBeNull();
    expect(quoteOf(doc, e, 'VANE: I')).toMatchObject({ speakerKey: 'person:tom-vane' });
  });
});

describe('a quote inside a turn under a described label', () => {
  it('"A: … ‘…’" keeps no speaker from the label: the answer may read out someone else’s words', () => {
    const doc = docOf(
      'Q: What does he say?',
      'A: Look at the pitch. “We will take them all on.” That is what he says.',
      'Q: Does it work?',
    );
    const quote = quoteOf(doc, entitiesOf(doc, []), 'We will');
    expect(quote.speakerRule).not.toBe('transcript-label');
  });
});

describe('a colon after capitalised words in ordinary pages is no label', () => {
  it('one labelled paragraph is no transcript', () => {
    const doc = docOf('The mayor spoke on Friday.', '“VANE: We will win.”', 'Tom Vane is the mayor.');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'VANE').speakerRule).not.toBe('transcript-label');
  });

  it('section labels, Title Case words that name nobody and places are never labels', () => {
    const doc = docOf(
      'UPDATE: The council met again on Friday.',
      'Analysis: “This is a turning point,” the paper wrote.',
      'ASHBY: “We are ready,” the town said.',
      'Editor’s note: “Corrected” figures follow.',
    );
    const e = entitiesOf(doc, [['place', 'Ashby', ['Ashby']]]);
    for (const q of findQuotes(doc, e, [])) expect(q.speakerRule).not.toBe('transcript-label');
  });
});
