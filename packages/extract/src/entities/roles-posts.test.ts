/**
 * Posts that unseen news states in shapes the earlier rules missed: a mayor in a story without a dateline, a
 * relative clause that says who heads what, the region an economist covers, a legislator's constituency. The
 * sentences are written for this test (invented people, firms and constituencies; real cities from the
 * gazetteer, since a city's office needs a city the gazetteer knows).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { namedRoles } from './findings.test-helpers.js';
import { findEntities } from './index.js';

const rolesOf = (body: string) => namedRoles(findEntities(articleOf(body)));

function entityNames(body: string, type: string): string[] {
  return findEntities(articleOf(body))
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

describe('a local office in a story without a dateline', () => {
  it('belongs to the first city the lead names', () => {
    const body = [
      'A storm flooded streets in Lyon on Sunday and cut power to thousands of homes, officials said.',
      'Mayor Dana Whitcombe said schools would stay shut until Wednesday.',
    ].join('\n\n');
    expect(rolesOf(body)).toEqual([{ person: 'Dana Whitcombe', title: 'Mayor', affiliation: 'Lyon', rule: 'lead' }]);
  });

  it('stays unaffiliated when the lead names no city', () => {
    const body = [
      'A storm flooded streets on Sunday and cut power to thousands of homes, officials said.',
      'Mayor Dana Whitcombe said schools in Lyon would stay shut.',
    ].join('\n\n');
    expect(rolesOf(body)).toEqual([{ person: 'Dana Whitcombe', title: 'Mayor', affiliation: null, rule: null }]);
  });

  it('never overrides a dateline the gazetteer does not know', () => {
    const body =
      'ASHWORTH VALE (Reuters) - Floods reached Lyon on Sunday.\n\nMayor Dana Whitcombe said schools would shut.';
    expect(rolesOf(body)).toEqual([{ person: 'Dana Whitcombe', title: 'Mayor', affiliation: null, rule: null }]);
  });
});

describe('a relative clause that states a post', () => {
  it('makes the head of a lower-case institution, which becomes an organization', () => {
    const body =
      'Homes were damaged across the province, according to Dana Whitcombe, who heads the regional administration.';
    expect(rolesOf(body)).toEqual([
      { person: 'Dana Whitcombe', title: 'Head', affiliation: 'regional administration', rule: 'stated' },
    ]);
    expect(entityNames(body, 'organization')).toEqual(['regional administration']);
  });

  it('reads "leads" and "chairs" with a named organization', () => {
    expect(rolesOf('Dana Whitcombe, who leads the Avery Party, said no.')).toEqual([
      { person: 'Dana Whitcombe', title: 'Leader', affiliation: 'Avery Party', rule: 'stated' },
    ]);
  });

  it('names no organization from a bare noun ("heads the party") or a noun that names none', () => {
    expect(rolesOf('Dana Whitcombe, who heads the party, said no.')).toEqual([]);
    expect(rolesOf('Dana Whitcombe, who heads the long march, said no.')).toEqual([]);
  });
});

describe('the region an occupation covers', () => {
  it('stays in the title between a modifier and the occupation', () => {
    expect(
      rolesOf('Harbor Analytics senior North American economist Dana Whitcombe said the rebound was strong.'),
    ).toEqual([
      {
        person: 'Dana Whitcombe',
        title: 'Senior North American Economist',
        affiliation: 'Harbor Analytics',
        rule: 'stated',
      },
    ]);
  });

  it('is no part of a title that is not an occupation', () => {
    // A director's title names a post, not an area covered: the region is left out, as before.
    expect(rolesOf('Acme Bank senior European director Dana Whitcombe said the rebound was strong.')).toEqual([
      { person: 'Dana Whitcombe', title: 'Director', affiliation: null, rule: null },
    ]);
  });
});

describe("a legislator's constituency", () => {
  it('is the place after "the MP for", even one no gazetteer knows', () => {
    const body =
      'Dana Whitcombe, the Foreign Secretary, spoke on Sunday. Ms Whitcombe, the MP for Ashworth Vale, posted a photo.';
    expect(rolesOf(body)).toEqual([
      { person: 'Dana Whitcombe', title: 'Foreign Secretary', affiliation: null, rule: null },
      { person: 'Dana Whitcombe', title: 'MP', affiliation: 'Ashworth Vale', rule: 'stated' },
    ]);
    expect(entityNames(body, 'place')).toEqual(['Ashworth Vale']);
  });

  it('makes no place after a title that has no constituency ("the spokesman for …")', () => {
    expect(entityNames('Dana Whitcombe, the spokesman for Ashworth Vale, declined to comment.', 'place')).toEqual([]);
  });
});

describe('a qualified title opening a sentence with no name', () => {
  it('is a title of the one person the sentence before names, with the affiliation written in it', () => {
    const body = [
      'Sam Corrow, the finance minister, spoke on Monday. He said he would keep taking gifts from Lord Avalane.',
      'The Labour peer has given him tens of thousands of pounds.',
    ].join('\n\n');
    expect(rolesOf(body)).toEqual([
      { person: 'Sam Corrow', title: 'Finance Minister', affiliation: null, rule: null },
      { person: 'Avalane', title: 'Peer', affiliation: 'Labour', rule: 'stated' },
    ]);
  });

  it('names nobody when the sentence before names two people', () => {
    const body = 'Ann Brask met Sam Corrow on Monday.\n\nThe Norwegian envoy said the talks went well.';
    expect(rolesOf(body)).toEqual([]);
  });

  it('names nobody when a name follows the title', () => {
    const body = 'Police questioned Sam Corrow on Monday.\n\nThe Norwegian envoy Ann Brask said the talks went well.';
    expect(rolesOf(body).filter((r) => r.person === 'Sam Corrow')).toEqual([]);
  });
});
