/**
 * Results lines as football and rugby round-ups print them, on lines written for this test (invented clubs and
 * players): a side that opens its line with a word the tagger reads as a verb, a side named after a place with a
 * club word or a given name first, and a side with a demonym in its name are all teams.
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';

const HEADER = 'Results of rugby matches played on Saturday:';

describe('a two-sided results line', () => {
  it('reads a side that opens the line with an ordinary word as a team', () => {
    const body = `${HEADER}\n\nReap 3 Tarnby 1`;
    expect(entityNames(body, 'organization')).toEqual(['Reap', 'Tarnby']);
  });

  it('reads a side whose first word is a given name as a team when the other side is one', () => {
    const body = `${HEADER}\n\nCarrow 3 Ivy Dale 1`;
    expect(entityNames(body, 'organization')).toEqual(['Carrow', 'Ivy Dale']);
    expect(entityNames(body, 'person')).toEqual([]);
  });

  it('reads a side with a demonym in its name as one team', () => {
    const body = `${HEADER}\n\nExeter Irish 27 Carrow 28`;
    expect(entityNames(body, 'organization')).toEqual(['Carrow', 'Exeter Irish']);
  });

  it('leaves two players named with their given names as no teams', () => {
    expect(entityNames(`${HEADER}\n\nAvery Lane 5 Tom Cole 3`, 'organization')).toEqual([]);
  });
});

describe('a side named with a club word or a place head', () => {
  it('is a team even when its first word is a given name', () => {
    const body = `${HEADER}\n\nIvy Rovers 238 and 303, Tarnby 471\n\nDuke County 12 and 40, Carrow 97`;
    expect(entityNames(body, 'organization')).toEqual(['Carrow', 'Duke County', 'Ivy Rovers', 'Tarnby']);
  });
});
