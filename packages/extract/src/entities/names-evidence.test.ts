/**
 * Names, teams and places on wire-style text, on sentences written for this test (invented players, clubs and
 * towns; real countries and counties where the rule is about a name a lexicon or gazetteer knows).
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';

describe('a headline in capitals', () => {
  it('names a country whose name is also a given name, whatever capitalized word follows', () => {
    expect(entityNames('RUGBY - AUSTRALIA HOLD ON TO WIN SERIES.', 'country')).toEqual(['Australia']);
  });
});

describe('former states', () => {
  it('are countries under their ISO 3166-3 names, and Bosnia is Bosnia and Herzegovina', () => {
    const body = 'The envoy visited Yugoslavia and Bosnia in 1994, years after the Soviet Union broke up.';
    expect(entityNames(body, 'country')).toEqual(['Bosnia and Herzegovina', 'Soviet Union', 'Yugoslavia']);
  });
});

describe('a one-word title standing alone', () => {
  it('is the surname of the person the article names with it', () => {
    const body = 'Team captain Orla Bishop picked three newcomers.\n\n"We need depth," Bishop said on Friday.';
    expect(entityNames(body, 'person')).toEqual(['Orla Bishop']);
  });

  it('stays a title when nobody in the article has that surname', () => {
    const body = 'The squad met Orla Tennant on Friday.\n\n"We need depth," the Bishop said.';
    expect(entityNames(body, 'person')).toEqual(['Orla Tennant']);
  });
});

describe('the sides of "v" in a fixtures list', () => {
  it('are teams, also with a club word after a town and wherever the article names them later', () => {
    const body =
      'Fixtures:\n\nMay 18 v Avonshire\n\nPostponed: Bexmoor v Carlow United, Kent v Dunmere\n\nKent reached 108 for three.';
    expect(entityNames(body, 'organization')).toEqual(['Avonshire', 'Bexmoor', 'Carlow United', 'Dunmere', 'Kent']);
    expect(entityNames(body, 'place')).toEqual([]);
  });

  it('stay players and countries', () => {
    const body = 'Semifinal: Avery Lane v S. Colbeck, then Italy v Sweden.';
    expect(entityNames(body, 'organization')).toEqual([]);
    expect(entityNames(body, 'country')).toEqual(['Italy', 'Sweden']);
  });
});

describe('a results line with brackets', () => {
  it('is still a results line: the brackets hold a country or the halftime score', () => {
    expect(entityNames('Avonford 3 Bexmoor 2 (halftime 1-0)', 'organization')).toEqual(['Avonford', 'Bexmoor']);
  });
});

describe('a club named after its town', () => {
  it('is one organization: a place with a plural nickname or a club word after it', () => {
    const body = 'The Denver Ravens beat Norwich United on Sunday, and the Texas Rangers lost.';
    expect(entityNames(body, 'organization')).toEqual(['Denver Ravens', 'Norwich United', 'Texas Rangers']);
    expect(entityNames(body, 'place')).toEqual([]);
  });

  it('is no person whose given name is a town and whose surname looks plural', () => {
    const body = 'Paris Jones, 34, met Austin Roberts in the lobby.';
    expect(entityNames(body, 'organization')).toEqual([]);
    expect(entityNames(body, 'person')).toEqual(['Austin Roberts', 'Paris Jones']);
  });

  it('is no club when "City" ends the name of a place', () => {
    const body = 'Flights from New York City and Quebec City landed, and Norwich City fans cheered.';
    expect(entityNames(body, 'place')).toEqual(['New York City', 'Quebec City']);
    expect(entityNames(body, 'organization')).toEqual(['Norwich City']);
    expect(entityNames(body, 'person')).toEqual([]);
  });

  it('is not an event held in a town', () => {
    expect(entityNames('She won gold at the Atlanta Games.', 'organization')).toEqual([]);
  });
});

describe("a wire agency's desk", () => {
  it('is an organization, not the city it sits in', () => {
    const body = 'Prices eased in thin trade.\n\n-- Bucharest Newsroom, 40-1 3120264';
    expect(entityNames(body, 'organization')).toEqual(['Bucharest Newsroom']);
    expect(entityNames(body, 'place')).toEqual([]);
  });
});

describe('hyphenated names', () => {
  it('keep a short lower-case second syllable of a given name and a particle between capitalized parts', () => {
    const body = 'Park Min-ho met Tan Wei-yu and Abdul-ul-Karim in Seoul.';
    expect(entityNames(body, 'person')).toEqual(['Park Min-ho', 'Tan Wei-yu']);
    expect(entityNames('Officials said Abdul-ul-Karim Sadiq, 41, was released.', 'person')).toEqual([
      'Abdul-ul-Karim Sadiq',
    ]);
  });

  it('still break before a compound suffix such as "-run" or "-led"', () => {
    const body = 'The Volta-led coalition and the Ostrava-run council met.';
    expect(entityNames(body, 'person')).toEqual([]);
  });
});

describe('a two-word name whose first word is used alone like a person', () => {
  it('is a person ("Jaskar said" after "Jaskar Orun")', () => {
    const body = 'Lorn Ashby called Jaskar Orun a cheat on Saturday.\n\nJaskar said he was hurt by the remark.';
    expect(entityNames(body, 'person')).toEqual(['Jaskar Orun', 'Lorn Ashby']);
  });

  it('is not when the second word is a town (a club or a headline of two names)', () => {
    const body = 'Fans of Rotkin Volgograd waited.\n\nRotkin said the game was off.';
    expect(entityNames(body, 'person')).not.toContain('Rotkin Volgograd');
  });
});

describe('a place the text defines', () => {
  it('is that place wherever nobody else claims its name', () => {
    const body =
      'Vestrby is a small mining town on the island.\n\nMiners waited in Vestrby for days, and the towns of Ostvik and Nordhalla mourned.';
    expect(entityNames(body, 'place')).toEqual(['Nordhalla', 'Ostvik', 'Vestrby']);
  });

  it('is not an adjective before a place noun', () => {
    const body = 'Troops shelled the Kurdish city of Arbil.\n\nKurdish forces held a Moslem village nearby.';
    expect(entityNames(body, 'place')).not.toContain('Kurdish');
    expect(entityNames(body, 'place')).not.toContain('Moslem');
  });
});

describe('an organization no lexicon knows', () => {
  it('speaks of itself as "it"', () => {
    const body = 'Listed engineer Varomex said it almost doubled output in the first half.';
    expect(entityNames(body, 'organization')).toEqual(['Varomex']);
  });

  it('is not a person who speaks as "he"', () => {
    expect(entityNames('Varomex said he would stay on until June.', 'organization')).toEqual([]);
  });

  it('is an acronym after "the" in prose, but not in a headline in capitals', () => {
    expect(entityNames('Fans of the VBL expect the new season to start late.', 'organization')).toEqual(['VBL']);
    expect(entityNames('SOCCER - THE VBL SEASON STARTS.', 'organization')).toEqual([]);
  });
});

describe('a place named by "the state of X"', () => {
  it('stays a place where a demonym stands before the name', () => {
    const body =
      'Gunmen attacked a convoy in the western Mexican state of Vallarza.\n\nMexican Vallarza remains tense.';
    expect(entityNames(body, 'place')).toEqual(['Vallarza']);
    expect(entityNames(body, 'person')).toEqual([]);
  });
});

describe('abbreviated countries and datelines', () => {
  it('reads "S. Korea" and "N. Korea" as countries, not initials', () => {
    expect(entityNames('Talks between S. Korea and N. Korea stalled.', 'country')).toEqual([
      'North Korea',
      'South Korea',
    ]);
  });

  it("keeps a dateline's place a place where the results lines make it a team", () => {
    const body = 'BASEBALL - STANDINGS.\n\nBOSTON 1996-08-30\n\nBOSTON 71 61 .538';
    expect(entityNames(body, 'place')).toEqual(['Boston']);
  });
});

describe('a name listed beside a person', () => {
  it('is a person too, as team sheets list players', () => {
    const body = 'Squad: Owen Tarrant, Qorvath Ulmed, Zyxen Pardok and Vlorr Kettim.';
    expect(entityNames(body, 'person')).toEqual(['Owen Tarrant', 'Qorvath Ulmed', 'Vlorr Kettim', 'Zyxen Pardok']);
  });

  it('needs a person in the list: unknown names listed together stay unread', () => {
    expect(entityNames('Squad: Qorvath Ulmed, Zyxen Pardok and Vlorr Kettim.', 'person')).toEqual([]);
  });
});

describe('an event named after a place', () => {
  it('names no place: the place is part of the event name', () => {
    const body = 'She withdrew from the Boston Open, then won the U.S. Open.';
    expect(entityNames(body, 'place')).toEqual([]);
    expect(entityNames(body, 'country')).toEqual([]);
  });
});

describe('a town after a noun for a kind of organization', () => {
  it('is that club, and the club wherever the article names it again', () => {
    const body = 'Dijon is to hire a coach, the first division side Nice said.\n\nNice have lost four games.';
    expect(entityNames(body, 'organization')).toEqual(['Nice']);
  });
});

describe('a club whose name opens with a club prefix', () => {
  it('is a club, and the prefix alone is that club', () => {
    const body = 'Dynamo Avonford will face Real Madrid on Saturday.\n\nReal won the first leg.';
    expect(entityNames(body, 'organization')).toEqual(['Dynamo Avonford', 'Real', 'Real Madrid']);
    expect(entityNames(body, 'person')).toEqual([]);
  });
});
