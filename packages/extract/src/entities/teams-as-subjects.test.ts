/**
 * Towns and counties that stand for their teams in sports prose with no results line, in sentences written for
 * this test (invented counties, clubs and players; real towns are general knowledge).
 */
import { describe, expect, it } from 'vitest';
import { entityAt, entityNames } from './findings.test-helpers.js';
import { findEntities } from './index.js';
import { articleOf } from '../article.test-helpers.js';

const CRICKET =
  'Exeter reached 312 for six at stumps on the second day, their batsmen making the most of a slow pitch in the first innings.';

describe('a town as the subject of a verb in a sports story', () => {
  it('is a team', () => {
    expect(entityNames(CRICKET, 'organization')).toEqual(['Exeter']);
    expect(entityNames(CRICKET, 'place')).toEqual([]);
  });

  it('is a team also when the name is no place a gazetteer knows', () => {
    const body = 'Marbeckshire lost by an innings and 40 runs, their bowlers taking only two wickets.';
    expect(entityNames(body, 'organization')).toEqual(['Marbeckshire']);
  });

  it('stays the town after "in", where the game is played', () => {
    const body = `${CRICKET}\n\nIn Exeter, rain delayed the start by an hour.`;
    const f = findEntities(articleOf(body, '2025-06-06'));
    const at = f.mentions.filter((m) => m.text === 'Exeter').map((m) => entityAt(f, m.start)?.type);
    expect(at).toEqual(['organization', 'place']);
  });

  it('is the town after "in" also when only the story makes it a place', () => {
    const body =
      'Marbeckshire lost by an innings and 40 runs, their bowlers taking only two wickets.\n\nIn Marbeckshire, the mood was grim.';
    const f = findEntities(articleOf(body, '2025-06-06'));
    const at = f.mentions.filter((m) => m.text === 'Marbeckshire').map((m) => entityAt(f, m.start)?.type);
    expect(at).toEqual(['organization', 'place']);
  });

  it('stays the town in a story with no words of sport', () => {
    expect(entityNames('Exeter reached an agreement with the unions on Friday.', 'organization')).toEqual([]);
    expect(entityNames('Exeter reached an agreement with the unions on Friday.', 'place')).toEqual(['Exeter']);
  });

  it('is no team when the word is a contraction or an abbreviation in capitals', () => {
    const body = `${CRICKET}\n\n"It's something I'm going to enjoy," he said. His 121 RBI broke the record.`;
    expect(entityNames(body, 'organization')).toEqual(['Exeter']);
  });
});

describe('the other sides in a sports story', () => {
  const body =
    'Exeter collapsed to 90 all out before stumps on the second day, with no wicket falling to spin in the first innings.\n\n' +
    'Title rivals Tarnby, Ivy and Exeter all closed in on victory, while Carrow, who beat Holbeck by eight wickets, took the day off.';

  it('reads the object of a result verb as a team', () => {
    expect(entityNames(body, 'organization')).toContain('Holbeck');
  });

  it('reads a name listed with a team as a team, even one that is also a given name', () => {
    expect(entityNames(body, 'organization')).toEqual(expect.arrayContaining(['Exeter', 'Ivy', 'Tarnby']));
    expect(entityNames(body, 'person')).toEqual([]);
  });
});
