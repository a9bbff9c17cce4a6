/**
 * "The Prime Minister" after a sentence that opens with a person's name, on sentences written for this test
 * (invented people and countries).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function rolesOf(body: string) {
  const f = findEntities(articleOf(body, '2025-06-06'));
  const name = (key: string | null) => (key === null ? null : (f.entities.find((e) => e.key === key)?.name ?? key));
  return f.roles.map((r) => ({ person: name(r.personKey), title: r.title, text: r.text }));
}

describe('a national office used as a name', () => {
  it('gives the office to the person who opens the sentence before', () => {
    expect(
      rolesOf('Sir Avery Lane has defended accepting gifts from a donor.\n\nThe Prime Minister said he would go on.'),
    ).toEqual([{ person: 'Avery Lane', title: 'Prime Minister', text: 'The Prime Minister' }]);
  });

  it('leaves the office alone when the person has a title or someone else holds that office', () => {
    expect(rolesOf('Foreign Minister Avery Lane met the press. The President said nothing.')).toEqual([
      { person: 'Avery Lane', title: 'Foreign Minister', text: 'Foreign Minister Avery Lane' },
    ]);
    expect(
      rolesOf('President Sam Cole flew home. Avery Lane stayed in the capital. The President spoke on Friday.'),
    ).toEqual([{ person: 'Sam Cole', title: 'President', text: 'President Sam Cole' }]);
  });

  it('reads no description when a name follows the office or the sentence before opens otherwise', () => {
    expect(rolesOf('Avery Lane spoke first. The President Sam Cole replied.').map((r) => r.person)).not.toContain(
      'Avery Lane',
    );
    expect(rolesOf('On Monday, Avery Lane spoke first. The President replied.')).toEqual([]);
  });
});
