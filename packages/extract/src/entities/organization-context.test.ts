/**
 * Organizations that only the words around them mark (organization-context.ts, lexicon organization-name-cues),
 * on sentences written for this test: invented names, real countries where the rule reads a country.
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function namesOfType(body: string, type: string): string[] {
  return findEntities(articleOf(body, '2025-06-06'))
    .entities.filter((e) => e.type === type)
    .map((e) => e.name)
    .sort();
}

const organizationsOf = (body: string) => namesOfType(body, 'organization');

describe('a national agency named by its domain and its country', () => {
  it('is one organization, not a person nor a country', () => {
    const body =
      'Statistics Norway reported on Friday that 40,000 jobs were added. Health Norway agreed with the figures.';
    expect(organizationsOf(body)).toEqual(['Health Norway', 'Statistics Norway']);
    expect(namesOfType(body, 'person')).toEqual([]);
  });

  it('covers the formal "Government of" a country, whose name then is no mention of the country', () => {
    const body = 'Yields across the Government of Norway curve rose on Tuesday.';
    expect(organizationsOf(body)).toEqual(['Government of Norway']);
    expect(namesOfType(body, 'country')).toEqual([]);
  });
});

describe('a noun right after a name', () => {
  it('makes a news agency or a newspaper of it', () => {
    const body = 'Velmar news agency reported the arrests on Friday. The Orvaline newspaper said the talks had failed.';
    expect(organizationsOf(body)).toEqual(['Orvaline', 'Velmar']);
  });

  it('leaves a surname the article gives a person to that person', () => {
    const body = 'Tobias Quennell founded a charity in May. The Quennell organisation now runs four clinics.';
    expect(organizationsOf(body)).toEqual([]);
  });
});

describe('a hyphenated pair of acronyms in prose', () => {
  it('is an organization, unless its parts are countries', () => {
    const body = 'About half of voters backed the plan, according to a KVT-ORLA poll. US-EU trade talks resumed.';
    expect(organizationsOf(body)).toEqual(['KVT-ORLA']);
  });
});

describe('an acronym before its expansion in brackets', () => {
  it('names the organization the brackets spell out', () => {
    const body = 'The KLV (Kurdistan Liberal Party) accuses its rivals of aiding the army. The KLV said so.';
    const found = findEntities(articleOf(body, '2025-06-06'));
    const klv = found.entities.find((e) => e.type === 'organization' && [e.name, ...e.aliases].includes('KLV'));
    expect(klv).toBeDefined();
    expect(found.mentions.filter((m) => m.entityKey === klv!.key)).toHaveLength(3);
  });
});

describe('a plural nickname after "the"', () => {
  it('is a team in a story that names teams', () => {
    const body =
      'Avonford beat Bexley 2-1 on Saturday. The Orvets lost to the Kelps 6-2 on Sunday, and the Kelps have won five straight.';
    expect(organizationsOf(body)).toEqual(['Avonford', 'Bexley', 'Kelps', 'Orvets']);
  });

  it('is nothing in a story that names no team', () => {
    expect(organizationsOf('The Orvets moved to the coast in May, and the Kelps stayed behind.')).toEqual([]);
  });

  it('is not a family the article names, nor an event', () => {
    const body =
      'Avonford beat Bexley 2-1 on Saturday. Tobias Quennell watched with the Quennells, a week before the Ashes.';
    expect(organizationsOf(body)).toEqual(['Avonford', 'Bexley']);
  });
});

describe('a party named by its members in the plural', () => {
  it('is the party', () => {
    expect(organizationsOf('The Conservatives’ letter to the commissioner said the rules had been broken.')).toEqual([
      'Conservatives',
    ]);
  });
});

describe('a company named with its legal form', () => {
  it('goes by its first word alone later', () => {
    const body = 'Quellmark Bancorp Inc agreed to buy a rival on Monday. Analysts said Quellmark paid too much.';
    const found = findEntities(articleOf(body, '2025-06-06'));
    const company = found.entities.find((e) => e.type === 'organization');
    expect(company?.name).toBe('Quellmark Bancorp Inc');
    expect(found.mentions.filter((m) => m.entityKey === company!.key)).toHaveLength(2);
  });

  it('not by a word the article writes in lower case', () => {
    const body = 'First Quellmark Corp was the first to report. First, analysts said, it would cut jobs.';
    expect(organizationsOf(body)).toEqual(['First Quellmark Corp']);
  });
});

describe('an institution named by its head alone', () => {
  it('is an organization inside a sentence', () => {
    const body =
      'The bill got House and Senate votes on Friday. Ann Vell said the Legislature provided the money for Cabinet posts.';
    expect(organizationsOf(body)).toEqual(['Cabinet', 'House', 'Legislature', 'Senate']);
  });

  it('is nothing as a sentence’s first word or in capitals', () => {
    expect(organizationsOf('House prices rose in May. HOUSE PRICES RISE.')).toEqual([]);
  });
});

describe('a long name that an acronym in brackets spells', () => {
  it('is one organization across the connectors that split it', () => {
    const body =
      'The Organisation for Trade and Cooperation in Nordland (OTCN) postponed the vote. The OTCN said so on Monday.';
    const found = findEntities(articleOf(body, '2025-06-06'));
    const orgs = found.entities.filter((e) => e.type === 'organization');
    expect(orgs.map((e) => e.name)).toEqual(['Organisation for Trade and Cooperation in Nordland']);
    expect(found.mentions.filter((m) => m.entityKey === orgs[0]!.key)).toHaveLength(3);
  });

  it('is not cut from a name that goes on before it', () => {
    const body = 'The Rally for the Return of Exiles and Dialogue in Nordland (EDN) met on Monday.';
    expect(organizationsOf(body)).not.toContain('Exiles and Dialogue in Nordland');
  });
});
