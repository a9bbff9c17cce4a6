/**
 * Titles stated in a predicate after the name, and titles possessed by another person, on sentences written for
 * this test (invented people and places).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function rolesOf(body: string) {
  const f = findEntities(articleOf(body, '2025-06-06'));
  const name = (key: string | null) => (key === null ? null : (f.entities.find((e) => e.key === key)?.name ?? key));
  return f.roles.map((r) => ({
    person: name(r.personKey),
    title: r.title,
    affiliation: name(r.organizationKey ?? r.countryKey),
    text: r.text,
  }));
}

describe('a title after a copula', () => {
  it('reads "has been <possessor> <title>", stopping before "for …"', () => {
    expect(rolesOf('Ann Cole has been Sam Lee’s vice president for nearly four years.')).toEqual([
      {
        person: 'Ann Cole',
        title: 'Vice President',
        affiliation: null,
        text: 'Ann Cole has been Sam Lee’s vice president',
      },
    ]);
  });

  it('reads "was the <title> of <place>"', () => {
    expect(rolesOf('Ann Cole was the mayor of Dayton until 2020.')).toEqual([
      { person: 'Ann Cole', title: 'Mayor', affiliation: 'Dayton', text: 'Ann Cole was the mayor of Dayton' },
    ]);
  });

  it('reads no title from an ordinary predicate or a weak head without an affiliation', () => {
    expect(rolesOf('Ann Cole is a major donor to the party.')).toEqual([]);
    expect(rolesOf('Ann Cole was a leader in the field.')).toEqual([]);
    expect(rolesOf('Ann Cole is a minister’s daughter.')).toEqual([]);
  });
});

describe('a title possessed by another person', () => {
  it('reads "<name>, <person>’s <title>," in apposition', () => {
    expect(rolesOf('Ann Cole, Sam Lee’s spokeswoman, said the talks failed.')).toEqual([
      { person: 'Ann Cole', title: 'Spokesperson', affiliation: null, text: 'Ann Cole, Sam Lee’s spokeswoman' },
    ]);
  });
});
