/**
 * Teams named after places, on sentences written for this test (invented clubs and players; real counties and
 * cities where the rule is about a name the gazetteer knows).
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';

describe('a team of a results line', () => {
  it('is that team wherever the article names it, even where the gazetteer knows a county', () => {
    const body = 'Kent made up for lost time in Canterbury.\n\nKent 22 points, Avonford 4.';
    expect(entityNames(body, 'organization')).toEqual(['Avonford', 'Kent']);
    expect(entityNames(body, 'place')).toEqual(['Canterbury']);
  });

  it('stays a place after "at" or "in", where a game is played', () => {
    const body = 'Avonford will play at Kent next week.\n\nKent 22 points, Avonford 4.';
    expect(entityNames(body, 'place')).toEqual(['Kent']);
  });

  it('is read in a standings table written in capitals, whose case says nothing of a given name', () => {
    expect(entityNames('KANSAS CITY 61 74 .452 20', 'organization')).toEqual(['KANSAS CITY']);
  });
});

describe('two sides of a result verb', () => {
  it('are teams when each is a place or a name that reads as no person', () => {
    expect(entityNames('Avonford beat Bexmoor by an innings on Friday.', 'organization')).toEqual([
      'Avonford',
      'Bexmoor',
    ]);
  });

  it('stay players, countries, or ordinary words otherwise', () => {
    expect(entityNames('Avery Lane beat Sam Colbeck in March. Lane beat Colbeck again.', 'organization')).toEqual([]);
    expect(entityNames('Italy beat Sweden by two goals.', 'organization')).toEqual([]);
    expect(entityNames('Police beat Tao during the raid, Lin Tao said.', 'organization')).toEqual([]);
  });
});
