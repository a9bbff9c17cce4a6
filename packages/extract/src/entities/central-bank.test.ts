/**
 * Issue 17's "done when": a central-bank story in wire style, written for this test (invented officials,
 * invented commercial bank and central bank; real countries and cities), comes out with every organization
 * and every title in it.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from './index.js';
import { articleOf } from '../article.test-helpers.js';

const STORY = [
  'FRANKFURT, March 7 (Reuters) - The Eurozone Monetary Bank (EMB) held its deposit rate at 3.5% on Thursday, as policymakers weighed slowing inflation in Germany and France against a stagnant economy.',
  'EMB President Marisol Vantongeren told reporters that the bank was not yet confident that inflation would return to its 2% target.',
  'EMB chief economist Tobias Randquist said wage growth remained too strong, while Bundesbank President Helmut Graubner warned against cutting rates too soon.',
  'Data from Eurostat showed consumer prices rose 2.6% in February. Dutch central bank governor Pieter Kloosterhuis said the outlook was uncertain.',
  '"Markets have run ahead of the central bank," said Annika Feldhagen, global head of macro at Zuidbank.',
  'Felix Ostrander, an economist at Berenberg Bank, said the first cut could come in June.',
  'German Finance Minister Oskar Lindqvist welcomed the decision, and Economy Minister Rainer Stahl said growth would pick up.',
].join('\n\n');

describe('a central-bank rate decision', () => {
  const f = findEntities(articleOf(STORY, '2024-03-07'));
  const name = (key: string | null) => (key === null ? null : (f.entities.find((e) => e.key === key)?.name ?? null));

  it('finds every organization', () => {
    const orgs = f.entities
      .filter((e) => e.type === 'organization')
      .map((e) => e.name)
      .sort();
    expect(orgs).toEqual(['Berenberg Bank', 'Bundesbank', 'Eurostat', 'Eurozone Monetary Bank', 'Reuters', 'Zuidbank']);
    const emb = f.entities.find((e) => e.name === 'Eurozone Monetary Bank');
    expect(emb?.aliases).toContain('EMB');
  });

  it('finds every title with its affiliation and what decided it', () => {
    const roles = f.roles.map((r) => [
      name(r.personKey),
      r.title,
      name(r.organizationKey ?? r.countryKey),
      r.affiliationRule,
    ]);
    expect(roles).toEqual([
      ['Marisol Vantongeren', 'President', 'Eurozone Monetary Bank', 'stated'],
      ['Tobias Randquist', 'Chief Economist', 'Eurozone Monetary Bank', 'stated'],
      ['Helmut Graubner', 'President', 'Bundesbank', 'stated'],
      ['Pieter Kloosterhuis', 'Governor', 'Netherlands', 'stated'],
      ['Annika Feldhagen', 'Global Head of Macro', 'Zuidbank', 'stated'],
      ['Felix Ostrander', 'Economist', 'Berenberg Bank', 'stated'],
      ['Oskar Lindqvist', 'Finance Minister', 'Germany', 'stated'],
      ['Rainer Stahl', 'Economy Minister', 'Germany', 'same-government'],
    ]);
  });

  it('reads no spurious person', () => {
    expect(
      f.entities
        .filter((e) => e.type === 'person')
        .map((e) => e.name)
        .sort(),
    ).toEqual([
      'Annika Feldhagen',
      'Felix Ostrander',
      'Helmut Graubner',
      'Marisol Vantongeren',
      'Oskar Lindqvist',
      'Pieter Kloosterhuis',
      'Rainer Stahl',
      'Tobias Randquist',
    ]);
  });
});
