/**
 * The other side of a match in a story that names a team (teams-in-prose.ts, afterOpponentWord), and a
 * constituency that shares a team's name (organizations.ts, teamsNamedAsPlaces); sentences written for this
 * test, invented clubs and players.
 */
import { describe, expect, it } from 'vitest';
import { entityNames } from './findings.test-helpers.js';

const RESULT = 'Marbeck 2 Orvale 1\n\n';

describe('the other side of a match', () => {
  it('is a team after "against" or a result noun and its preposition', () => {
    const body = `${RESULT}Tomas Grell scored in the match against Quellfort, and the victory over Dunraith followed.`;
    expect(entityNames(body, 'organization')).toEqual(['Dunraith', 'Marbeck', 'Orvale', 'Quellfort']);
  });

  it('is a team before a player, after its possessive', () => {
    const body = `${RESULT}Quellfort's Tomas Grell scored twice.`;
    expect(entityNames(body, 'organization')).toEqual(['Marbeck', 'Orvale', 'Quellfort']);
  });

  it('is nothing in a story that names no team', () => {
    const body = 'Tomas Grell campaigned against Quellfort, a rival he met in May.';
    expect(entityNames(body, 'organization')).toEqual([]);
  });
});

describe('a place after a title and "for"', () => {
  it('stays a place although a team shares its name, known to the gazetteer or not', () => {
    for (const town of ['Cambridge', 'Quellfort']) {
      const body = `${RESULT}Tomas Grell scored against ${town}. Ivo Dane, the MP for ${town}, watched.`;
      expect(entityNames(body, 'place')).toEqual([town]);
      expect(entityNames(body, 'organization')).toEqual(['Marbeck', 'Orvale', town].sort());
    }
  });
});
