/**
 * Names in sports reports, on sentences written for this test (invented players).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function personsOf(body: string): string[] {
  return findEntities(articleOf(body, '2025-06-06'))
    .entities.filter((e) => e.type === 'person')
    .map((e) => e.name)
    .sort();
}

describe('names beside rankings and demonym nouns', () => {
  it('reads a ranking before a name as no part of it, and keeps "Channel 4 News" whole', () => {
    expect(personsOf('Lane advanced, beating world No 38 Maria Varga in straight sets.')).toContain('Maria Varga');
    const f = findEntities(articleOf('Channel 4 News reported the result.', '2025-06-06'));
    expect(f.entities.map((e) => e.name)).toEqual(['Channel 4 News']);
  });

  it('reads "Frenchman" before a name as a demonym, not a given name', () => {
    expect(personsOf('Lane beat fiery Frenchman Corentin Vasseur. Vasseur fell twice.')).toEqual(['Corentin Vasseur']);
  });
});

describe('names that are no person', () => {
  it('reads no person in an event or channel name, or in a word with a digit after a title word', () => {
    expect(personsOf('Ann Lee walked through Nordvik Fashion Week in May.')).toEqual(['Ann Lee']);
    expect(personsOf('“I won,” Ann Lee told Avery Sports afterwards.')).toEqual(['Ann Lee']);
    expect(personsOf('The budget raised general K-12 funding, Ann Lee said.')).toEqual(['Ann Lee']);
  });

  it('reads no initial in the pronoun "I" before a function word, where the splitter missed the stop', () => {
    expect(personsOf('“We both got out, she and I. My house was gone,” Ann Lee said.')).toEqual(['Ann Lee']);
    expect(personsOf('C.Q. Avery and S. Lane agreed.')).toEqual(['C.Q. Avery', 'S. Lane']);
  });
});
