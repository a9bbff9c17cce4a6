/** End to end on the seed article (data/raw, in the repository): the nine people, their roles, nothing spurious. */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseArticle } from '@dossier/ingest';
import { findEntities } from './index.js';

const seed = new URL('../../../../data/raw/000_5333fd87b6e1a47e.txt', import.meta.url);

describe('seed article entities', () => {
  const doc = parseArticle('000_5333fd87b6e1a47e.txt', readFileSync(seed)).doc!;
  const f = findEntities(doc);
  const name = (key: string | null) => (key === null ? null : f.entities.find((e) => e.key === key)!.name);
  const persons = f.entities.filter((e) => e.type === 'person');

  it('finds exactly the nine named people', () => {
    expect(persons.map((p) => p.name).sort()).toEqual([
      'Abbas Kamel',
      'Benjamin Netanyahu',
      'Bill Burns',
      'Brett McGurk',
      'David Barnea',
      'Joe Biden',
      'John Kirby',
      'Mohammed bin Abdulrahman Al Thani',
      'Yoav Gallant',
    ]);
  });

  it('states their titles and affiliations', () => {
    const roles = new Set(
      f.roles.map((r) => `${name(r.personKey)} | ${r.title} | ${name(r.organizationKey ?? r.countryKey)}`),
    );
    expect([...roles].sort()).toEqual([
      'Abbas Kamel | Intelligence Director | Egypt',
      'Benjamin Netanyahu | Prime Minister | Israel',
      'Bill Burns | Director | CIA',
      'Brett McGurk | Aide | null',
      'David Barnea | Director | Mossad',
      'Joe Biden | President | null',
      'John Kirby | Spokesperson | National Security Council',
      'Mohammed bin Abdulrahman Al Thani | Prime Minister | Qatar',
      'Yoav Gallant | Defense Minister | Israel',
    ]);
  });

  it('links every surname and possessive, keeping the possessive in the span only', () => {
    const burns = persons.find((p) => p.name === 'Bill Burns')!;
    expect(f.mentions.filter((m) => m.entityKey === burns.key).map((m) => m.text)).toEqual([
      'Bill Burns’',
      'Burns’s',
      'Burns',
      'Burns',
    ]);
    expect(burns.aliases).toEqual(['Burns']);
    // Every capitalized "Burns", "Biden", "Netanyahu" in the body is inside a mention.
    for (const surname of ['Burns', 'Biden', 'Netanyahu', 'Barnea', 'McGurk']) {
      for (const match of doc.body.matchAll(new RegExp(surname, 'g'))) {
        expect(
          f.mentions.some((m) => m.start <= match.index && match.index < m.end),
          `${surname} at ${match.index}`,
        ).toBe(true);
      }
    }
  });

  it('finds the organizations, countries and places, and nothing spurious', () => {
    const of = (type: string) =>
      f.entities
        .filter((e) => e.type === type)
        .map((e) => e.name)
        .sort();
    expect(of('organization')).toEqual(['CIA', 'CNN', 'Hamas', 'Mossad', 'National Security Council', 'White House']);
    expect(of('country')).toEqual(['Egypt', 'Israel', 'Qatar', 'United States']);
    expect(of('place')).toEqual(['Europe', 'Gaza']);
    expect(f.entities.find((e) => e.type === 'country' && e.name === 'Qatar')?.countryCode).toBe('QA');
  });

  it('gives every mention and role its exact text and unique entity keys', () => {
    for (const m of [...f.mentions, ...f.roles]) expect(doc.body.slice(m.start, m.end)).toBe(m.text);
    expect(new Set(f.entities.map((e) => e.key)).size).toBe(f.entities.length);
  });

  it('is deterministic', () => {
    expect(JSON.stringify(findEntities(doc))).toBe(JSON.stringify(f));
  });
});
