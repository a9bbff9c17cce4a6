import { describe, expect, it } from 'vitest';
import { staticArticlePages, staticEntityIds } from './scale.ts';

const entity = (id: string, article_count: number, mention_count: number) => ({
  entity_id: id,
  article_count,
  mention_count,
});

describe('which pages are static', () => {
  const entities = [
    entity('person:a', 1, 9),
    entity('person:b', 3, 4),
    entity('person:c', 2, 7),
    entity('person:d', 2, 7),
    entity('place:e', 5, 5),
  ];

  it('gives every entity a page when there are few', () => {
    expect([...staticEntityIds(entities, 5)].sort()).toEqual(entities.map((e) => e.entity_id).sort());
  });

  it('above the limit, keeps those with the most evidence among entities in two or more articles', () => {
    expect([...staticEntityIds(entities, 3)]).toEqual(['place:e', 'person:b', 'person:c']);
    // person:a has the most mentions but one article only: never static above the limit.
    expect(staticEntityIds(entities, 4).has('person:a')).toBe(false);
  });

  it('writes article pages only for small datasets', () => {
    expect(staticArticlePages(200, 200)).toBe(true);
    expect(staticArticlePages(201, 200)).toBe(false);
  });
});
