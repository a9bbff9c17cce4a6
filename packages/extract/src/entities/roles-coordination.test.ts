/**
 * Titles that news writes two at a time, or with a domain word, on sentences written for this test (invented
 * people and organizations).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function rolesOf(body: string) {
  const f = findEntities(articleOf(body, '2025-06-06'));
  const name = (key: string | null) => (key === null ? null : (f.entities.find((e) => e.key === key)?.name ?? key));
  return f.roles
    .map((r) => ({ person: name(r.personKey), title: r.title, affiliation: name(r.organizationKey ?? r.countryKey) }))
    .sort((a, b) => (a.title < b.title ? -1 : 1));
}

const role = (person: string, title: string, affiliation: string | null) => ({ person, title, affiliation });

describe('coordinated titles', () => {
  it('reads two titles before the name, both with the affiliation written before the first', () => {
    expect(rolesOf('Trellis Economics director and senior economist Maria Varga said hiring slowed.')).toEqual([
      role('Maria Varga', 'Director', 'Trellis Economics'),
      role('Maria Varga', 'Senior Economist', 'Trellis Economics'),
    ]);
  });

  it('reads a first title that ends in a domain after "for", before a comma and the name', () => {
    expect(
      rolesOf(
        'Halvorsen Bank’s managing director for Nordic rates and macro strategist, Jonas Berg, said the data surprised.',
      ),
    ).toEqual([
      role('Jonas Berg', 'Macro Strategist', 'Halvorsen Bank'),
      role('Jonas Berg', 'Managing Director', 'Halvorsen Bank'),
    ]);
  });

  it('reads two titles in apposition after the name, the employer first', () => {
    expect(
      rolesOf('Maria Varga, Trellis Economics managing director and head of credit research, was more cautious.'),
    ).toEqual([
      role('Maria Varga', 'Head of Credit Research', 'Trellis Economics'),
      role('Maria Varga', 'Managing Director', 'Trellis Economics'),
    ]);
  });

  it('reads "the president and chief executive" as two titles', () => {
    expect(rolesOf('The president and chief executive of Orvane Holdings, Peter Salo, resigned.')).toEqual([
      role('Peter Salo', 'Chief Executive', 'Orvane Holdings'),
      role('Peter Salo', 'President', 'Orvane Holdings'),
    ]);
    expect(rolesOf('Orvane Holdings president and chief executive Peter Salo resigned on Monday.')).toEqual([
      role('Peter Salo', 'Chief Executive', 'Orvane Holdings'),
      role('Peter Salo', 'President', 'Orvane Holdings'),
    ]);
  });

  it('does not join a name and a title across "and"', () => {
    expect(rolesOf('Peter Salo and finance minister Maria Varga met on Monday.')).toEqual([
      role('Maria Varga', 'Finance Minister', null),
    ]);
  });
});

describe('domain words in titles', () => {
  it('keeps the domain of the post in the title', () => {
    expect(rolesOf('“We looked at it,” said Clara Dunn, the standards commissioner.')).toEqual([
      role('Clara Dunn', 'Standards Commissioner', null),
    ]);
    expect(rolesOf('Tomas Reyes, the Andean Union’s foreign policy chief, said ministers would meet.')).toEqual([
      role('Tomas Reyes', 'Foreign Policy Chief', 'Andean Union'),
    ]);
  });

  it('reads a party leader of a chamber, the chamber as affiliation', () => {
    expect(rolesOf('Senate Minority Leader Ruth Okafor of Dayton said the plan would fail.')).toEqual([
      role('Ruth Okafor', 'Minority Leader', 'Senate'),
    ]);
  });
});

describe('employers and offices named after a title', () => {
  it('reads the organization after "vice president of" and "a spokesman for"', () => {
    expect(rolesOf('“We grew,” said Chad Lorne, vice president of PMG.')).toEqual([
      role('Chad Lorne', 'Vice President', 'PMG'),
    ]);
    expect(rolesOf('Sam Lee, a spokesman for Avero, said the plant would close.')).toEqual([
      role('Sam Lee', 'Spokesperson', 'Avero'),
    ]);
  });

  it('gives the first of two titles the employer stated after the second', () => {
    expect(rolesOf('Tyler Brandt, senior vice president and head of sales at Corvane, said rents rose.')).toEqual([
      role('Tyler Brandt', 'Head of Sales', 'Corvane'),
      role('Tyler Brandt', 'Senior Vice President', 'Corvane'),
    ]);
  });

  it('ends an organization before a title phrase and reads air force ranks', () => {
    expect(rolesOf('Justice Department Inspector General Mark Corbin said the audit ended.')).toEqual([
      role('Mark Corbin', 'Inspector General', 'Justice Department'),
    ]);
    expect(rolesOf('Wing Commander Priya Rao briefed reporters.')).toEqual([role('Priya Rao', 'Wing Commander', null)]);
  });
});

describe('continent adjectives', () => {
  it('reads "North American" and "Latin American" as no country, and "South African" as South Africa', () => {
    const f = findEntities(
      articleOf(
        'Nordhaven Bank senior North American economist Ann Cole said Latin American demand rose. South African President Cyril Dlamini agreed.',
        '2025-06-06',
      ),
    );
    expect(f.entities.filter((e) => e.type === 'country').map((e) => e.name)).toEqual(['South Africa']);
    expect(f.roles.map((r) => r.countryKey)).not.toContain('country:united-states');
  });
});

describe('a body of people "of" a country', () => {
  it('reads "Certified Actuaries of Norway’s chief economist" as the body’s, and a senator "of Ohio" as before', () => {
    expect(rolesOf('Prices rose, said Certified Actuaries of Norway’s chief economist, Anne-Marie Lind.')).toEqual([
      role('Anne-Marie Lind', 'Chief Economist', 'Certified Actuaries of Norway'),
    ]);
    expect(rolesOf('Sen. Ann Harris of Ohio agreed with the plan.')).toEqual([role('Ann Harris', 'Senator', 'Ohio')]);
  });
});
