/**
 * Issue 17's "done when", with real institutions (general knowledge) and invented people: a central-bank story
 * in wire style, written for this test — a rate decision, the bank's president and chief economist, national
 * central-bank governors named side by side, an economist at a commercial bank, a statistics office, under a
 * headline in capitals — comes out with every organization and every title in it.
 */
import { describe, expect, it } from 'vitest';
import { findEntities } from './index.js';
import { articleOf } from '../article.test-helpers.js';

const STORY = [
  "ECB CUTS RATES AGAIN AS BUNDESBANK'S TASCHBERG WARNS OF PAUSE",
  'FRANKFURT, June 5 (Reuters) - The European Central Bank cut its deposit rate by a quarter point to 2.0% on Thursday, its eighth cut in a year, as inflation in the euro zone fell below its 2% target.',
  'ECB President Margit Holvensen told a news conference that the bank was "in a good place" but would not commit to further moves. ECB chief economist Anselm Dorrer said price pressures had eased faster than expected.',
  'Bundesbank President Erwin Taschberg, one of the more hawkish members of the Governing Council, said the cut should be the last for now. Bank of France Governor Luc Armentier and Bank of Italy Governor Pietro Salvanni backed the decision.',
  "Data from Eurostat showed consumer prices rose 1.9% in May, while Germany's Federal Statistical Office said industrial output fell for a second month.",
  '"The ECB has done its job," said Rutger Velsink, global head of macro at ING. Clara Nystad, an economist at Commerzbank, said a pause in July was likely.',
].join('\n\n');

describe('a central-bank rate decision with real institutions', () => {
  const f = findEntities(articleOf(STORY, '2025-06-05'));
  const name = (key: string | null) => (key === null ? null : (f.entities.find((e) => e.key === key)?.name ?? null));
  const names = (type: string) =>
    f.entities
      .filter((e) => e.type === type)
      .map((e) => e.name)
      .sort();

  it('finds every organization, each named as the story writes it', () => {
    expect(names('organization')).toEqual([
      'Bank of France',
      'Bank of Italy',
      'Bundesbank',
      'Commerzbank',
      'ECB',
      'Eurostat',
      "Germany's Federal Statistical Office",
      'Governing Council',
      'ING',
      'Reuters',
    ]);
    expect(f.entities.find((e) => e.name === 'ECB')?.aliases).toContain('European Central Bank');
    expect(f.mentions.some((m) => m.text === 'Federal Statistical Office')).toBe(true);
  });

  it('finds every title with its affiliation', () => {
    expect(f.roles.map((r) => [name(r.personKey), r.title, name(r.organizationKey ?? r.countryKey)])).toEqual([
      ['Margit Holvensen', 'President', 'ECB'],
      ['Anselm Dorrer', 'Chief Economist', 'ECB'],
      ['Erwin Taschberg', 'President', 'Bundesbank'],
      ['Luc Armentier', 'Governor', 'Bank of France'],
      ['Pietro Salvanni', 'Governor', 'Bank of Italy'],
      ['Rutger Velsink', 'Global Head of Macro', 'ING'],
      ['Clara Nystad', 'Economist', 'Commerzbank'],
    ]);
  });

  it('reads the headline in capitals as mentions of the story’s names, not new people', () => {
    expect(names('person')).toEqual([
      'Anselm Dorrer',
      'Clara Nystad',
      'Erwin Taschberg',
      'Luc Armentier',
      'Margit Holvensen',
      'Pietro Salvanni',
      'Rutger Velsink',
    ]);
    const taschberg = f.entities.find((e) => e.name === 'Erwin Taschberg');
    expect(taschberg?.aliases).toContain('TASCHBERG');
  });
});

describe('a title between two organizations of one run', () => {
  it('ends the organization before it and opens none with the holder’s name', () => {
    const f = findEntities(
      articleOf('Bank of Spain Governor Ana Ortell and Bank of Nordland Governor Tom Vask spoke.'),
    );
    expect(
      f.entities
        .filter((e) => e.type === 'organization')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Bank of Nordland', 'Bank of Spain']);
  });

  it('leaves a person "of" an organization out of its name', () => {
    const f = findEntities(articleOf('Economist Ann Lorrimer of First Avonford Union said spending rose.'));
    expect(f.entities.filter((e) => e.type === 'organization').map((e) => e.name)).toEqual(['First Avonford Union']);
    expect(f.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Ann Lorrimer']);
  });
});

describe('a sports-results story under a headline in capitals', () => {
  const STORY_SPORT = [
    'SOCCER - LEEDS HOLD CHELSEA AS EVERTON GO TOP.',
    'LONDON 2025-06-06',
    'Results of English premier league matches on Saturday:',
    'Leeds 1 Chelsea 1',
    'Everton 3 Bristol City 0',
    'Crystal Palace 2 Hull 2',
    'Everton went top of the table after striker Tom Vickery scored twice in the first half. Leeds, who drew with Chelsea, stay second, while Hull lost ground on the leaders.',
  ].join('\n\n');
  const f = findEntities(articleOf(STORY_SPORT, '2025-06-06'));

  it('reads every side as a team named as the story writes it, the headline’s capitals included', () => {
    expect(
      f.entities
        .filter((e) => e.type === 'organization')
        .map((e) => e.name)
        .sort(),
    ).toEqual(['Bristol City', 'Chelsea', 'Crystal Palace', 'Everton', 'Hull', 'Leeds']);
    const leeds = f.entities.find((e) => e.name === 'Leeds');
    expect(f.mentions.filter((m) => m.entityKey === leeds?.key).map((m) => m.text)).toEqual([
      'LEEDS',
      'Leeds',
      'Leeds',
    ]);
  });

  it('keeps the dateline a place and the scorer a person', () => {
    expect(f.entities.filter((e) => e.type === 'place').map((e) => e.name)).toEqual(['London']);
    expect(f.entities.filter((e) => e.type === 'person').map((e) => e.name)).toEqual(['Tom Vickery']);
  });

  it('keeps a dateline with its country a place, even in the capitals of a team’s town', () => {
    const body =
      'LEEDS, England 2025-06-06\n\nResults of English premier league matches on Saturday:\n\nLeeds 1 Chelsea 1';
    const g = findEntities(articleOf(body, '2025-06-06'));
    const dateline = g.mentions.find((m) => m.text === 'LEEDS');
    expect(g.entities.find((e) => e.key === dateline?.entityKey)?.type).toBe('place');
  });
});
