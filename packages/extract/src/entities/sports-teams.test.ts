/**
 * Teams named after places, on sentences written for this test (invented clubs and players; real counties and
 * cities where the rule is about a name the gazetteer knows).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function namesOf(body: string, type: string): string[] {
  return findEntities(articleOf(body, '2025-06-06'))
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

describe('a team of a results line', () => {
  it('is that team wherever the article names it, even where the gazetteer knows a county', () => {
    const body = 'Kent made up for lost time in Canterbury.\n\nKent 22 points, Avonford 4.';
    expect(namesOf(body, 'organization')).toEqual(['Avonford', 'Kent']);
    expect(namesOf(body, 'place')).toEqual(['Canterbury']);
  });

  it('stays a place after "at" or "in", where a game is played', () => {
    const body = 'Avonford will play at Kent next week.\n\nKent 22 points, Avonford 4.';
    expect(namesOf(body, 'place')).toEqual(['Kent']);
  });

  it('is read in a standings table written in capitals, whose case says nothing of a given name', () => {
    expect(namesOf('KANSAS CITY 61 74 .452 20', 'organization')).toEqual(['KANSAS CITY']);
  });
});

describe('two sides of a result verb', () => {
  it('are teams when each is a place or a name that reads as no person', () => {
    expect(namesOf('Avonford beat Bexmoor by an innings on Friday.', 'organization')).toEqual(['Avonford', 'Bexmoor']);
  });

  it('stay players, countries, or ordinary words otherwise', () => {
    expect(namesOf('Avery Lane beat Sam Colbeck in March. Lane beat Colbeck again.', 'organization')).toEqual([]);
    expect(namesOf('Italy beat Sweden by two goals.', 'organization')).toEqual([]);
    expect(namesOf('Police beat Tao during the raid, Lin Tao said.', 'organization')).toEqual([]);
  });
});
