/**
 * Issue 18, eleventh pass: the quote's own clause speaks. Every sentence here is written for these tests; the
 * people and places are invented.
 */
import { describe, expect, it } from 'vitest';
import { docOf, entitiesOf, quoteOf } from './quotes.test-helpers.js';

describe('an unlisted verb opening the quote’s own clause introduces it', () => {
  it('"After Tom Vane criticized Ann Lee …, Mara Quill shot back, “…”": not the opening clause’s subject', () => {
    const doc = docOf(
      'After former Ashby Mayor Tom Vane criticized Ann Lee during a debate, Mara Quill shot back, “I could have stayed home, but I chose to work.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
      ['person', 'Mara Quill', ['Mara Quill']],
    ]);
    expect(quoteOf(doc, e, 'I could')).toMatchObject({ speakerKey: 'person:mara-quill', cue: 'shot' });
  });

  it('"When Tom Vane suggested …, Ann Lee fired back forcefully: “…”"', () => {
    const doc = docOf(
      'When Tom Vane suggested that Ruritania would sue, Ann Lee fired back forcefully: “If they sue us, they are going to lose.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'If they')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'fired' });
  });

  it('"Ann Lee said …, and Tom Vane fired back: “…”": the second clause speaks', () => {
    const doc = docOf('Ann Lee said the plan had failed, and Tom Vane fired back: “That is simply not true.”');
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'That is')).toMatchObject({ speakerKey: 'person:tom-vane', cue: 'fired' });
  });

  it('a description, not a name, opening the clause ("…, the crowd roared: “…”") is not taken for the speaker', () => {
    const doc = docOf('When Tom Vane said the race was over, the crowd roared back: “Four more years!”');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'Four more').cue).not.toBe('roared');
  });
});

describe('a verb of saying after "while" speaks for the quote in its clause', () => {
  it('"Tom Vane suggested …, while Ann Lee said that the “…”" → Ann Lee', () => {
    const doc = docOf(
      'Tom Vane suggested that a mayor who dodges questions cannot lead, while Ann Lee said that the “stakes in this race are too high” for him.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'stakes')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'said' });
  });

  it('a comma after the later verb ("said, while Tom Vane watched, that …") keeps the first speaker', () => {
    const doc = docOf('Ann Lee said, while Tom Vane listened, that the “stakes in this race are too high” for him.');
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'stakes').speakerKey).toBe('person:ann-lee');
  });
});

describe('a participle of saying hangs on the main clause, past a hyphenated compound', () => {
  it('"Chief Dana Pohl lobbied to suspend open-carry rights, saying, “…”": not "open"', () => {
    const doc = docOf(
      'Before the fair, Ashby Police Chief Dana Pohl lobbied to suspend open-carry rights downtown, saying, “The fewer guns, the better.”',
    );
    const e = entitiesOf(doc, [['person', 'Dana Pohl', ['Dana Pohl']]]);
    expect(quoteOf(doc, e, 'The fewer')).toMatchObject({ speakerKey: 'person:dana-pohl', cue: 'saying' });
  });
});

describe('a quoted phrase in a clause joined to the main one belongs to that clause', () => {
  it('"Tom Vane signed an order, while Ann Lee, the former governor, proposed we “…”" → Ann Lee, not Tom Vane', () => {
    const doc = docOf(
      'Tom Vane signed an order on Monday, while Ann Lee, the former governor, proposed we “wake up and smell the coffee” and left.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'wake up').speakerKey).toBe('person:ann-lee');
  });

  it('"with Ann Lee recently promising/ADJ to “…”": an -ing form read as an adjective after a name is her verb', () => {
    const doc = docOf(
      'Ann Lee and Tom Vane have used harsh language, with Ann Lee recently promising to “bomb them into oblivion.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'bomb them')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'promising' });
  });
});

describe('a quoted name that is someone’s wording, not a title', () => {
  it('"has said that a deal could lead to another “Holocaust.”": inside the clause a verb of saying reports', () => {
    const doc = docOf('Tom Vane has said that a deal reached in July could lead to another “Holocaust.”');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'Holocaust').speakerKey).toBe('person:tom-vane');
  });

  it('"…, and then tweeted that she was “Disgraceful!”": the sentence’s speaker, across the quote before', () => {
    const doc = docOf(
      'Ann Lee blasted the instructor during a rally, calling her a “horrible, horrible witness,” and then tweeted that she was “Disgraceful!”',
    );
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'Disgraceful').speakerKey).toBe('person:ann-lee');
  });

  it('"calls a protester a “fascist” and a “Stalinist.”": listed with the quote before, same speaker', () => {
    const doc = docOf('Last summer, Tom Vane calls a screaming protester a “fascist” and a “Stalinist.”');
    const e = entitiesOf(doc, [['person', 'Tom Vane', ['Tom Vane']]]);
    expect(quoteOf(doc, e, 'Stalinist').speakerKey).toBe('person:tom-vane');
  });

  it('"identified the judge as “a Spaniard,”": a label given with "as" after a verb of characterizing', () => {
    const doc = docOf('Ann Lee identified the judge as “a Spaniard,” which is wrong.');
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'a Spaniard').speakerKey).toBe('person:ann-lee');
  });

  it('a show named after a preposition keeps no speaker ("talked about “Morning Hour” and “Night Shift”")', () => {
    const doc = docOf('Ann Lee talked on Monday about “Morning Hour” and “Night Shift” with the hosts.');
    const e = entitiesOf(doc, [['person', 'Ann Lee', ['Ann Lee']]]);
    expect(quoteOf(doc, e, 'Night Shift').speakerKey).toBeNull();
  });
});

describe('nouns and objects the tagger or the word order made look like attributions', () => {
  it('"repeated claims that Tom Vane recites …, calling him a “…”": the participle hangs on the main clause', () => {
    const doc = docOf(
      'Ann Lee, the sitting mayor, repeated claims that Tom Vane recites the same points, calling him a “talented guy” on stage.',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'talented guy')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'calling' });
  });

  it('"star of “Night Shift,” thanked Tom Vane for “…”": the name before "for" is the object, not the speaker', () => {
    const doc = docOf(
      'Ann Lee, star of the show “Night Shift,” thanked Tom Vane for “taking these steps to keep us safe.”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Tom Vane', ['Tom Vane']],
      ['person', 'Ann Lee', ['Ann Lee']],
    ]);
    expect(quoteOf(doc, e, 'taking these').speakerKey).not.toBe('person:tom-vane');
  });

  it('"posted an Instagram comment of her own, saying, “…”": "comment" heads a noun phrase', () => {
    const doc = docOf(
      'Ann Lee immediately posted an Instagram comment of her own, saying, “We are so excited to meet him!”',
    );
    const e = entitiesOf(doc, [
      ['person', 'Ann Lee', ['Ann Lee']],
      ['organization', 'Instagram', ['Instagram']],
    ]);
    expect(quoteOf(doc, e, 'We are so')).toMatchObject({ speakerKey: 'person:ann-lee', cue: 'saying' });
  });

  it('"in many Asian states, …, said Dana Pohl": "states" after a modified name is a noun, not a verb', () => {
    const doc = docOf(
      'Ruritania’s influence has provoked mixed feelings in many Asian states, and it has used “velvet gloves” in its dealings there, said Dana Pohl, an expert at Ashby University.',
    );
    const e = entitiesOf(doc, [['person', 'Dana Pohl', ['Dana Pohl']]]);
    expect(quoteOf(doc, e, 'velvet')).toMatchObject({ speakerKey: 'person:dana-pohl', cue: 'said' });
  });
});

describe('a share of a poll’s respondents is a finding, not a speaker', () => {
  it('"In a poll, 75 percent of Republicans said “…”" gives the quote to nobody, not the party', () => {
    const doc = docOf(
      'In a September Ashby Ledger poll, 75 percent of Republicans said “most people in politics” lie.',
    );
    const e = entitiesOf(doc, [['organization', 'Republicans', ['Republicans']]]);
    expect(quoteOf(doc, e, 'most people').speakerKey).toBeNull();
  });

  it('"31% of Republicans said they were “…”" likewise', () => {
    const doc = docOf('In the survey, 31% of Republicans said they were “extremely enthusiastic” about voting.');
    const e = entitiesOf(doc, [['organization', 'Republicans', ['Republicans']]]);
    expect(quoteOf(doc, e, 'extremely').speakerKey).toBeNull();
  });
});
