/**
 * Teams in standings tables and in results that give each side's country, on lines written for this test
 * (invented clubs and players).
 */
import { entityNames } from './findings.test-helpers.js';
import { describe, expect, it } from 'vitest';

describe('a standings row', () => {
  it('names a team even when its first word is a given name', () => {
    const body = 'Standings:\n\nJohn Athletic 4 3 1 0 9 2 10\n\nMarkbury 4 0 1 3 2 10 1';
    expect(entityNames(body, 'organization')).toEqual(['John Athletic', 'Markbury']);
    expect(entityNames(body, 'person')).toEqual([]);
  });

  it('leaves a golfer with four rounds a person', () => {
    expect(entityNames('280 Avery Lane 68 70 72 70', 'person')).toEqual(['Avery Lane']);
  });
});

describe('a side with its country in brackets', () => {
  it('is a team when one plain score follows', () => {
    const body = 'Velmora (Italy) 92 Tarsk (Russia) 81 (halftime 50-28)';
    expect(entityNames(body, 'organization')).toEqual(['Tarsk', 'Velmora']);
  });

  it('is a player before set scores or rounds', () => {
    expect(entityNames('Klas Pemberton (Sweden) 71 75 70 69', 'person')).toEqual(['Klas Pemberton']);
    expect(entityNames('Pemberton (Sweden) beat Ostrova (Russia) 6-4 6-3', 'organization')).toEqual([]);
  });
});
