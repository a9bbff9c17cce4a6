/**
 * Players in team sheets and scorers' lists, on lines written for this test (invented players).
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';

const personsOf = (body: string): string[] => entityNames(body, 'person');

describe('team sheets and scorers', () => {
  it('reads a name before the minute of a goal as a player', () => {
    expect(personsOf('Scorers: Quorvan (41st min, pen), Tabeth Yurrin (88th)')).toEqual(['Quorvan', 'Tabeth Yurrin']);
  });

  it('reads a name after a shirt number and a dash as a player', () => {
    expect(personsOf('Side - 15 - Tabeth Yurrin, 14 - Osk Penvarra; 13 - Quorvan.')).toEqual([
      'Osk Penvarra',
      'Quorvan',
      'Tabeth Yurrin',
    ]);
  });

  it('reads no player in a score written with a dash', () => {
    expect(personsOf('Marbeck 3 - Tollwick 1')).toEqual([]);
  });
});

describe('a list of surnames', () => {
  it('lists people when one of them is a person the article names', () => {
    const body = 'The side was led by captain Ivo Tesk.\n\nTeam: Breck, Halloran, Tesk, Vennard, Oyle.';
    expect(personsOf(body)).toEqual(['Breck', 'Halloran', 'Ivo Tesk', 'Oyle', 'Vennard']);
  });

  it('lists nobody when none of them is a person', () => {
    expect(personsOf('Bids came from Breck, Halloran and Vennard.')).toEqual([]);
  });
});
