import { describe, expect, it } from 'vitest';
import type { LocalEntity } from '@dossier/core';
import { countryByDemonym, countryByName, resolveEntities, surnameForms } from './index.js';

const person = (name: string, aliases: string[] = []): LocalEntity => ({
  key: `person:${name}`,
  type: 'person',
  name,
  aliases,
  countryCode: null,
});
const org = (name: string, aliases: string[] = []): LocalEntity => ({
  key: `org:${name}`,
  type: 'organization',
  name,
  aliases,
  countryCode: null,
});

describe('countries', () => {
  it('finds countries by name, news abbreviation and demonym, with ISO codes', () => {
    expect(countryByName('Qatar')).toEqual({ code: 'QA', name: 'Qatar' });
    expect(countryByName('U.S.')?.code).toBe('US');
    expect(countryByName('UK')?.name).toBe('United Kingdom');
    expect(countryByName('Turkey')?.code).toBe('TR');
    expect(countryByDemonym('Qatari')?.code).toBe('QA');
    expect(countryByDemonym('Israelis')?.code).toBe('IL');
    expect(countryByDemonym('Saudi')?.name).toBe('Saudi Arabia');
  });

  it('does not read two-letter codes that are ordinary words as countries', () => {
    expect(countryByName('IT')).toBeNull();
    expect(countryByName('IN')).toBeNull();
  });
});

describe('surname forms', () => {
  it('strips Arabic articles and keeps family names after particles', () => {
    expect(surnameForms('Avery al-Lane')).toEqual(['al-Lane', 'Lane']);
    expect(surnameForms('Sam bin Ali Al Farsi')).toEqual(['Farsi', 'Al Farsi']);
    expect(surnameForms('Avery')).toEqual([]);
  });
});

describe('resolveEntities', () => {
  it('joins a surname-only person to the one fuller name that has it', () => {
    const r = resolveEntities([
      { articleId: 'a', entities: [person('Henry Caldwell', ['Caldwell'])] },
      { articleId: 'b', entities: [person('Caldwell')] },
    ]);
    expect(r.resolve('b', 'person:Caldwell')).toBe('person:henry-caldwell');
    expect(r.entities).toHaveLength(1);
    expect(r.entities[0]!.aliases).toEqual(['Caldwell']);
  });

  it('keeps a surname apart when two fuller names have it', () => {
    const r = resolveEntities([
      { articleId: 'a', entities: [person('Omar Haddad')] },
      { articleId: 'b', entities: [person('Layla Haddad')] },
      { articleId: 'c', entities: [person('Haddad')] },
    ]);
    expect(r.resolve('c', 'person:Haddad')).toBe('person:haddad');
    expect(r.entities.map((e) => e.name).sort()).toEqual(['Haddad', 'Layla Haddad', 'Omar Haddad']);
  });

  it('keeps different people with a shared word apart', () => {
    const r = resolveEntities([
      { articleId: 'a', entities: [person('Abbas Karimi')] },
      { articleId: 'b', entities: [person('Nadia Abbas')] },
    ]);
    expect(r.entities).toHaveLength(2);
  });

  it('joins organizations through acronyms used as aliases', () => {
    const r = resolveEntities([
      { articleId: 'a', entities: [org('Israel Defense Forces', ['IDF'])] },
      { articleId: 'b', entities: [org('IDF')] },
    ]);
    expect(r.resolve('b', 'org:IDF')).toBe('organization:israel-defense-forces');
  });

  it('joins countries by ISO code and is independent of article order', () => {
    const us = (name: string): LocalEntity => ({ key: 'c', type: 'country', name, aliases: [], countryCode: 'US' });
    const input = [
      { articleId: 'a', entities: [us('United States')] },
      { articleId: 'b', entities: [us('United States'), person('Henry Caldwell')] },
      { articleId: 'c', entities: [person('Caldwell')] },
    ];
    const forward = resolveEntities(input);
    const backward = resolveEntities([...input].reverse());
    expect(JSON.stringify(backward.entities)).toBe(JSON.stringify(forward.entities));
    expect(forward.entities.filter((e) => e.type === 'country')).toHaveLength(1);
  });

  it('keeps an entity ID when a later article names it more fully, and shows the fullest name', () => {
    const place = (name: string, aliases: string[] = []): LocalEntity => ({
      key: `place:${name}`,
      type: 'place',
      name,
      aliases,
      countryCode: null,
    });
    const before = resolveEntities([{ articleId: '001', entities: [place('Port Vila')] }]);
    const after = resolveEntities([
      { articleId: '002', entities: [place('Port Vila Harbour', ['Port Vila'])] },
      { articleId: '001', entities: [place('Port Vila')] },
    ]);
    expect(before.resolve('001', 'place:Port Vila')).toBe('place:port-vila');
    expect(after.resolve('001', 'place:Port Vila')).toBe('place:port-vila');
    expect(after.resolve('002', 'place:Port Vila Harbour')).toBe('place:port-vila');
    expect(after.entities.map((e) => [e.entityId, e.name])).toEqual([['place:port-vila', 'Port Vila Harbour']]);
  });

  it('builds the ID from the first article even when only a surname appears there', () => {
    const r = resolveEntities([
      { articleId: 'b', entities: [person('Henry Caldwell')] },
      { articleId: 'a', entities: [person('Caldwell')] },
    ]);
    expect(r.entities.map((e) => [e.entityId, e.name])).toEqual([['person:caldwell', 'Henry Caldwell']]);
  });

  it('says which key is missing', () => {
    expect(() => resolveEntities([]).resolve('x', 'person:nobody')).toThrow(/person:nobody.*article x/);
  });
});

describe('spelling variants', () => {
  it('joins transliterations that differ by one letter in one word', () => {
    const r = resolveEntities([
      { articleId: 'a', entities: [person('Oleksandr Kovalenkiy')] },
      { articleId: 'b', entities: [person('Oleksandr Kovalenkyy')] },
      { articleId: 'c', entities: [person('Omar al-Hadi')] },
      { articleId: 'd', entities: [person('Omar el-Haddi')] },
    ]);
    expect(r.entities).toHaveLength(2);
    expect(r.resolve('d', 'person:Omar el-Haddi')).toBe(r.resolve('c', 'person:Omar al-Hadi'));
  });

  it('keeps names apart when two words differ or a short word differs', () => {
    const r = resolveEntities([
      { articleId: 'a', entities: [person('John Smith')] },
      { articleId: 'b', entities: [person('Joan Smyth')] },
      { articleId: 'c', entities: [person('Ali Hassan')] },
      { articleId: 'd', entities: [person('Alo Hassan')] },
    ]);
    expect(r.entities).toHaveLength(4);
  });

  it('does not join when a spelling could belong to two people', () => {
    const r = resolveEntities([
      { articleId: 'a', entities: [person('Maria Lopes')] },
      { articleId: 'b', entities: [person('Maria Lopez')] },
      { articleId: 'c', entities: [person('Maria Loper')] },
    ]);
    expect(r.entities).toHaveLength(3);
  });

  it('decides the same when each spelling recurs in many articles', () => {
    const repeated = (name: string, prefix: string, n: number) =>
      Array.from({ length: n }, (_, k) => ({
        articleId: `${prefix}${String(k).padStart(2, '0')}`,
        entities: [person(name)],
      }));
    const joined = resolveEntities([...repeated('Tomasz Wielgosz', 'a', 30), ...repeated('Tomasz Wielgos', 'b', 30)]);
    expect(joined.entities).toHaveLength(1);
    const apart = resolveEntities([
      ...repeated('Maria Lopes', 'a', 20),
      ...repeated('Maria Lopez', 'b', 20),
      ...repeated('Maria Loper', 'c', 2),
    ]);
    expect(apart.entities).toHaveLength(3);
  });
});
