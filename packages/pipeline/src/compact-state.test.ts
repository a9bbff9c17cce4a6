/** The compact per-article state the streamed corpus step keeps: pooled strings, record index, entity counts. */
import { describe, expect, it } from 'vitest';
import type { LocalEntity } from '@dossier/core';
import { ArticleEntityCounts } from './article-entity-counts.js';
import { RecordIndex } from './record-index.js';
import { StringPool } from './string-pool.js';

/** A string equal to `text` but built at run time, so it is a different copy from the literal. */
const copyOf = (text: string) => [...text].join('');

describe('StringPool', () => {
  it('returns the first copy for every equal string and keeps entities equal', () => {
    const pool = new StringPool();
    const first: LocalEntity = {
      key: 'person:ada-moss',
      type: 'person',
      name: 'Ada Moss',
      aliases: ['Moss'],
      countryCode: null,
    };
    const second: LocalEntity = {
      key: copyOf('person:ada-moss'),
      type: 'person',
      name: copyOf('Ada Moss'),
      aliases: [copyOf('Moss'), 'Dr Moss'],
      countryCode: 'NZ',
    };
    const a = pool.entity(first);
    const b = pool.entity(second);
    expect(a).toEqual(first);
    expect(b).toEqual(second);
    expect(pool.size).toBe(6);
    expect(pool.entity({ ...second, aliases: [...second.aliases] })).toBe(b);
    expect(pool.intern(copyOf('Ada Moss'))).toBe(a.name);
    expect(pool.intern(null)).toBeNull();
  });
});

describe('RecordIndex', () => {
  it('finds records set far apart, and nothing where none was set', () => {
    const index = new RecordIndex();
    index.set(0, 4, 10);
    index.set(5000, 2 ** 40, 77);
    expect(index.get(0)).toEqual({ offset: 4, length: 10 });
    expect(index.get(5000)).toEqual({ offset: 2 ** 40, length: 77 });
    expect(index.get(1)).toBeUndefined();
    expect(index.get(99_999)).toBeUndefined();
  });

  it('refuses an empty record and a negative index', () => {
    const index = new RecordIndex();
    expect(() => index.set(1, 0, 0)).toThrow(/never empty/);
    expect(() => index.set(-1, 0, 3)).toThrow(/whole number/);
  });
});

describe('ArticleEntityCounts', () => {
  it('counts every mention and each article once per entity', () => {
    const counts = new ArticleEntityCounts();
    counts.addArticle([{ entity_id: 'person:x' }, { entity_id: 'person:x' }, { entity_id: 'place:y' }]);
    counts.addArticle([{ entity_id: 'person:x' }]);
    counts.addArticle([]);
    expect([counts.mentionCount('person:x'), counts.articleCount('person:x')]).toEqual([3, 2]);
    expect([counts.mentionCount('place:y'), counts.articleCount('place:y')]).toEqual([1, 1]);
    expect([counts.mentionCount('org:z'), counts.articleCount('org:z')]).toEqual([0, 0]);
  });

  it("starts from an earlier build's totals and takes back the articles it does not keep", () => {
    const a = ['person:x', 'person:x', 'place:y'];
    const b = ['person:x'];
    const c = ['place:y', 'org:z'];
    const whole = new ArticleEntityCounts();
    for (const ids of [a, b]) whole.addArticleEntityIds(ids);
    const ids = ['person:x', 'place:y'];
    const warm = new ArticleEntityCounts();
    warm.addTotals(
      ids,
      ids.map((id) => [whole.mentionCount(id), whole.articleCount(id)] as const),
    );
    warm.removeArticleEntityIds(a);
    warm.addArticleEntityIds(c);
    const expected = new ArticleEntityCounts();
    for (const kept of [b, c]) expected.addArticleEntityIds(kept);
    for (const id of ['person:x', 'place:y', 'org:z'])
      expect([warm.mentionCount(id), warm.articleCount(id)]).toEqual([
        expected.mentionCount(id),
        expected.articleCount(id),
      ]);
    expect([warm.mentionCount('person:x'), warm.articleCount('person:x')]).toEqual([1, 1]);
  });
});
