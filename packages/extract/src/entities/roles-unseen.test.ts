/**
 * Roles that news outside the development articles writes in ways the first rules missed, on sentences written
 * for this test (invented people, parties, companies and towns).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { namedRoles } from './findings.test-helpers.js';
import { findEntities } from './index.js';

const rolesOf = (body: string, published = '2025-06-06') => namedRoles(findEntities(articleOf(body, published)));

describe('a capitalized word opening a sentence', () => {
  it('is a name when the article capitalizes it inside a sentence too', () => {
    const body = 'The Democratic candidate led the count. Democratic pollster Dana Whitcombe said the lead would hold.';
    expect(rolesOf(body)).toEqual([
      { person: 'Dana Whitcombe', title: 'Pollster', affiliation: 'Democratic', rule: 'stated' },
    ]);
  });

  it('stays an ordinary word when the article never capitalizes it elsewhere', () => {
    // The tagger reads this opener as an adjective; nothing else in the text says it is a name.
    expect(rolesOf('Democratic pollster Dana Whitcombe said the lead would hold.')).toEqual([]);
  });
});

describe("a candidate's campaign", () => {
  const body = [
    'Mara Quintrell and Oskar Vell are tied in the polls.',
    'The Quintrell campaign put out a memo on Sunday.',
    '"We are the underdogs," said Tobin Ashe, the Vell campaign’s political director.',
    'Quintrell senior adviser Lena Brask said the race was close.',
  ].join('\n\n');

  it('is an organization named by the surname and the noun', () => {
    const orgs = findEntities(articleOf(body))
      .entities.filter((e) => e.type === 'organization')
      .map((e) => e.name)
      .sort();
    expect(orgs).toEqual(['Quintrell campaign', 'Vell campaign']);
  });

  it('employs the titles written with it, and the adviser named after its candidate', () => {
    expect(rolesOf(body)).toEqual([
      { person: 'Tobin Ashe', title: 'Political Director', affiliation: 'Vell campaign', rule: 'stated' },
      { person: 'Lena Brask', title: 'Senior Adviser', affiliation: 'Quintrell campaign', rule: 'possessor' },
    ]);
  });

  it('needs a surname the article gives a person ("the Gallwey campaign" of nobody is no organization)', () => {
    const orgs = findEntities(articleOf('The Gallwey campaign ended in the spring.')).entities.map((e) => e.name);
    expect(orgs).toEqual([]);
  });
});

describe('a local office written without its place', () => {
  it("takes the dateline's city, or for a state office the dateline city's state, and says so", () => {
    const body =
      'DENVER (AP) — Mayor Dana Whitcombe said the bridge would reopen. State Transport Commissioner Lena Brask agreed, and Colorado lawmakers cheered. Mayor Tobin Ashe of Boulder disagreed.';
    expect(rolesOf(body)).toEqual([
      { person: 'Dana Whitcombe', title: 'Mayor', affiliation: 'Denver', rule: 'dateline' },
      { person: 'Lena Brask', title: 'Transport Commissioner', affiliation: 'Colorado', rule: 'dateline' },
      { person: 'Tobin Ashe', title: 'Mayor', affiliation: 'Boulder', rule: 'stated' },
    ]);
  });

  it('stays without a place when there is no dateline, or the article never names the state', () => {
    expect(rolesOf('Mayor Dana Whitcombe said the bridge in Denver would reopen.')).toEqual([
      { person: 'Dana Whitcombe', title: 'Mayor', affiliation: null, rule: null },
    ]);
    expect(rolesOf('DENVER (AP) — State Transport Commissioner Lena Brask agreed.')).toEqual([
      { person: 'Lena Brask', title: 'State Transport Commissioner', affiliation: null, rule: null },
    ]);
  });
});

describe('two short forms of one lexicon organization', () => {
  it('are one organization with both forms', () => {
    const f = findEntities(articleOf('The GOP lost the vote in Ashby, and the Republicans conceded on Friday.'));
    const orgs = f.entities.filter((e) => e.type === 'organization').map((e) => [e.name, e.aliases]);
    expect(orgs).toEqual([['GOP', ['Republicans']]]);
  });
});

describe('calendar and function words', () => {
  const names = (body: string) => findEntities(articleOf(body)).entities.map((e) => `${e.type}:${e.name}`);

  it('are no names in capitals, unless they name something', () => {
    expect(names('BASEBALL - FRIDAY , AUGUST 30 SCHEDULE')).toEqual([]);
    expect(names('WHO WARNS OF OUTBREAK')).toEqual(['organization:WHO']);
  });

  it('are no names abbreviated with a period, while initials stay names', () => {
    // A line of dates and figures reads like a results line, where a name before a number would be a team.
    expect(names('Payments fall on these days.\n\n25 , Oct. 9 and Oct. 16 .')).toEqual([]);
    expect(names('Batting first, A. Pellworth made 40 before lunch.')).toEqual(['person:A. Pellworth']);
  });
});

describe('names joined by an ampersand', () => {
  it('are a firm, never a person, with or without its legal form', () => {
    const f = findEntities(articleOf('Shares of Avery & Pellworth Co rose, and Tobin & Ashe Research said so.'));
    expect(f.entities.map((e) => `${e.type}:${e.name}`).sort()).toEqual([
      'organization:Avery & Pellworth Co',
      'organization:Tobin & Ashe Research',
    ]);
  });

  it('before a number name an index, which is no organization', () => {
    expect(findEntities(articleOf('The Avery & Pellworth 500 index fell.')).entities).toEqual([]);
  });
});

describe('an unfamiliar name', () => {
  it('is a person when a relative of theirs follows "whose"', () => {
    const persons = (body: string) =>
      findEntities(articleOf(body))
        .entities.filter((e) => e.type === 'person')
        .map((e) => e.name);
    expect(persons('Qerin Zaugmar, whose son was held, said nothing.')).toEqual(['Qerin Zaugmar']);
    expect(persons('Qerin Zaugmar, whose shares fell, said nothing.')).toEqual([]);
  });
});
