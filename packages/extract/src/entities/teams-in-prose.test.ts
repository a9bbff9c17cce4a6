/**
 * Teams that sports prose names by their town alone, on sentences written for this test (invented clubs and
 * players; a real county and city where the rule is about a name the gazetteer knows).
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

describe('a town before a player position', () => {
  it('is a team, there and wherever the article names it again', () => {
    const body =
      'Lancashire batsman Tomas Grell made 80.\n\nLater Lancashire reached 300, and Marbeck striker Ivo Dane scored.';
    expect(entityNames(body, 'organization')).toEqual(['Lancashire', 'Marbeck']);
    expect(entityNames(body, 'place')).toEqual([]);
  });

  it('types a later mention of a team no gazetteer knows', () => {
    const f = findEntities(articleOf('Marbeck striker Ivo Dane scored twice.\n\nIvo Dane joined Marbeck in May.'));
    const club = f.entities.find((e) => e.name === 'Marbeck');
    expect(club?.type).toBe('organization');
    expect(f.mentions.filter((m) => m.entityKey === club?.key)).toHaveLength(2);
  });

  it('leaves a home nation its place', () => {
    expect(entityNames('Former England captain Tomas Grell retired.', 'place')).toEqual(['England']);
  });
});

describe('a name followed by its country', () => {
  it('is a club or company', () => {
    const body = 'Rostock of Germany won the final. Velmora of Italy beat Tarsk of Russia.';
    expect(entityNames(body, 'organization')).toEqual(['Rostock', 'Tarsk', 'Velmora']);
  });

  it('is nothing when the country modifies what follows, or the word is a common noun', () => {
    expect(entityNames('Shares of Italy-registered firms fell, and shares rose.', 'organization')).toEqual([]);
  });
});

describe('a list with a team in it', () => {
  it('holds teams: its other town-like names are teams too', () => {
    const body = 'Marbeck striker Ivo Dane scored.\n\nTitle rivals Tollwick, Brannock and Marbeck all won on Sunday.';
    expect(entityNames(body, 'organization')).toEqual(['Brannock', 'Marbeck', 'Tollwick']);
  });

  it('leaves a venue after "the" out of the list', () => {
    const body = 'At the Oval, Marbeck captain Ivo Dane made 80.';
    expect(entityNames(body, 'organization')).toEqual(['Marbeck']);
  });
});
