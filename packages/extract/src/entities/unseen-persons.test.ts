/**
 * Persons on unseen wire text, from general cues rather than lexicons (issue 17): sentences and names written
 * for this test; real countries where the rule is about a word a gazetteer knows.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from './index.js';
import { articleOf } from '../article.test-helpers.js';
import { entityNames } from './findings.test-helpers.js';

function mentionTexts(body: string, type: string): string[] {
  const f = findEntities(articleOf(body));
  const keys = new Set(f.entities.filter((e) => e.type === type).map((e) => e.key));
  return f.mentions.filter((m) => keys.has(m.entityKey)).map((m) => body.slice(m.start, m.end));
}

describe('a country that is the surname of a person named in full', () => {
  it('is that person, not the country', () => {
    const body =
      'The festival opened with a film by director Dana Jordan.\n\nJordan defends his choice of cast, saying it was "about history".';
    expect(entityNames(body, 'person')).toEqual(['Dana Jordan']);
    expect(entityNames(body, 'country')).toEqual([]);
  });

  it('is that person when the lone word is used like one (", who"), even with no other evidence', () => {
    const body =
      'Champion Tev Arlo and finalist Kalimo Holland were beaten on Friday.\n\nHolland, who led by a set, lost in five.';
    expect(mentionTexts(body, 'person')).toContain('Holland');
    expect(entityNames(body, 'country')).toEqual([]);
  });

  it('stays the country when nobody in the story has that surname', () => {
    const body = 'Officials from Holland met the envoy.\n\nHolland, which hosts the court, said it would help.';
    expect(entityNames(body, 'country')).toEqual(['Netherlands']);
    expect(entityNames(body, 'person')).toEqual([]);
  });
});

describe('a compound rank written as one hyphenated word', () => {
  it('stays out of the name, as the spaced form does', () => {
    const body = 'The commander, Major-General Tovan Rusk, took reporters to the front.';
    expect(mentionTexts(body, 'person')).toEqual(['Tovan Rusk']);
  });
});

describe('a title word that is also a place and a given name', () => {
  it('titles the name after it instead of joining it', () => {
    const body = '1971 - Bishop Amos Tegwen was enthroned in the cathedral.';
    expect(mentionTexts(body, 'person')).toEqual(['Amos Tegwen']);
  });
});

describe("a result line's country in brackets", () => {
  it('is evidence of a person also when the country has two words', () => {
    expect(entityNames('15. Tovan Rusk (South Africa) 195,283', 'person')).toEqual(['Tovan Rusk']);
  });
});

describe('a given name that is never a name alone (a month abbreviation, a religion)', () => {
  it('starts a name inside a sentence when an unknown capitalized word follows', () => {
    const body = 'Oleg Marn (Ukraine) beat Jan Tovrak (Slovakia) 6-4 6-3\n\n4 - Christian Dubek, 5 - Ilan Sorvo;';
    expect(entityNames(body, 'person')).toEqual(['Christian Dubek', 'Ilan Sorvo', 'Jan Tovrak', 'Oleg Marn']);
  });

  it('stays a month before a day, and a full month name never starts a name', () => {
    const body = 'The vote is on Jan 15, and in May Tovrak resigned.';
    expect(entityNames(body, 'person')).toEqual([]);
  });
});

describe('cues that an unfamiliar two-word name is a person', () => {
  it('a regnal number after a given name', () => {
    expect(entityNames('The chapel was built for Henry VIII and later rebuilt.', 'person')).toEqual(['Henry VIII']);
  });

  it('the inverted subject of "said" closing a sentence', () => {
    expect(entityNames('"It was a long night," said Tovan Rusk.', 'person')).toEqual(['Tovan Rusk']);
  });

  it('an apposition opening with a title noun and "of"', () => {
    const body = 'Observers said the mission favoured Zarkan Oduyev, president of the breakaway region.';
    expect(entityNames(body, 'person')).toEqual(['Zarkan Oduyev']);
  });

  it('a byline on its own line under the headline', () => {
    const body =
      'Markets close higher on bank shares.\n\nIlse Varkony\n\nBUDAPEST 1996-08-30\n\nShares rose on Friday.';
    expect(entityNames(body, 'person')).toEqual(['Ilse Varkony']);
  });

  it('but not a two-word line further down the story', () => {
    const body =
      'Markets close higher.\n\nShares rose on Friday.\n\nBanks led.\n\nTraders were calm.\n\nBond Yields\n\nYields fell.';
    expect(entityNames(body, 'person')).toEqual([]);
  });
});

describe('a number word opening a sentence', () => {
  it('starts no name', () => {
    const body = 'Seven Iraqis who hijacked a plane appeared in court on Friday.';
    expect(entityNames(body, 'person')).toEqual([]);
  });
});

describe('a name in a headline in capitals', () => {
  it('is one mention of the person the story names in ordinary case, not one per word', () => {
    const body = 'BASEBALL - KEVAN BRODE LOWERS ERA.\n\nKevan Brode, who pitched eight innings, won again.';
    expect(mentionTexts(body, 'person')).toEqual(['KEVAN BRODE', 'Kevan Brode']);
  });
});

describe('a one-word name in a list of people named in full', () => {
  it('is a person at the list edge where a line broke, and between two people', () => {
    const body =
      'Nordland - Sven Hale (captain), Tam Orrell, Ivo Brack, Kester\n\nVolny, Ansel Grieve, Lutz Moran, Pell-ul-Haq, Dario Fenn.';
    const persons = entityNames(body, 'person');
    expect(persons).toEqual(expect.arrayContaining(['Kester', 'Volny', 'Pell-ul-Haq']));
  });

  it('is not a person beside a single named person', () => {
    expect(entityNames('The deal was signed by Ivo Brack and Zorvex.', 'person')).toEqual(['Ivo Brack']);
  });
});

describe('places on unseen text', () => {
  it('a country or known place in a headline in capitals is still that place', () => {
    const body = 'SOCCER - TOVAN RUSK NAMED AS ENGLAND CAPTAIN IN EL SALVADOR.\n\nRusk, 26, led England on Friday.';
    expect(entityNames(body, 'place')).toEqual(['England']);
    expect(entityNames(body, 'country')).toEqual(['El Salvador']);
  });

  it('a name with an apposition ", a town …" is a place', () => {
    expect(entityNames('He was seen in Marbeck, a town on the coast.', 'place')).toEqual(['Marbeck']);
  });
});

describe('a weekday after a name', () => {
  it('is not part of the name', () => {
    const body = 'The envoy will meet Foreign Minister Ivo Brack Monday for talks.';
    expect(mentionTexts(body, 'person')).toEqual(['Ivo Brack']);
  });
});
