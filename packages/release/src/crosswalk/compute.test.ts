import { describe, expect, it } from 'vitest';
import { dataset, field, table } from '../diff/fixtures.test-helpers.js';
import type { Row } from '../diff/snapshot.js';
import { computeCrosswalk } from './compute.js';

const articles = (rows: Array<[string, string]>) =>
  table(
    [field('article_id'), field('sha256')],
    ['article_id'],
    rows.map(([article_id, sha256]) => ({ article_id, sha256 })),
  );
const quotes = (rows: Array<[string, string, number, number, string]>) =>
  table(
    [field('quote_id'), field('article_id'), field('start', 'integer'), field('end', 'integer'), field('text')],
    ['quote_id'],
    rows.map(([quote_id, article_id, start, end, text]): Row => ({ quote_id, article_id, start, end, text })),
  );

describe('computeCrosswalk', () => {
  const before = dataset('1.1.0', {
    articles: articles([
      ['a', 'sha-a'],
      ['b', 'sha-b'],
    ]),
    quotes: quotes([
      ['a#q10-14', 'a', 10, 14, 'okay'],
      ['a#q10-14~1', 'a', 10, 14, 'okay'],
      ['a#q30-40', 'a', 30, 40, 'not at all'],
      ['a#q50-55', 'a', 50, 55, 'fine.'],
      ['b#q0-4', 'b', 0, 4, 'sure'],
    ]),
  });
  const after = dataset('2.0.0', {
    articles: articles([
      ['a', 'sha-a'],
      ['b', 'sha-b2'],
    ]),
    quotes: quotes([
      ['a#q-okay.1', 'a', 10, 14, 'okay'],
      ['a#q-okay.2', 'a', 10, 14, 'okay'],
      ['a#q-not-at-all.1', 'a', 31, 41, 'not at all'],
      ['a#q50-55', 'a', 50, 55, 'fine.'],
      ['b#q-sure.1', 'b', 0, 4, 'sure'],
    ]),
  });

  it('maps rows with the same article text, span and text whose ID changed, pairing rows on one span in order', () => {
    expect(computeCrosswalk(before, after)).toEqual([
      { table: 'quotes', old_id: 'a#q10-14', new_id: 'a#q-okay.1' },
      { table: 'quotes', old_id: 'a#q10-14~1', new_id: 'a#q-okay.2' },
    ]);
  });

  it('leaves out rows that moved, rows of an edited article, and rows that kept their ID', () => {
    const olds = computeCrosswalk(before, after).map((r) => r.old_id);
    expect(olds).not.toContain('a#q30-40');
    expect(olds).not.toContain('b#q0-4');
    expect(olds).not.toContain('a#q50-55');
  });

  it('is empty between a dataset and itself', () => {
    expect(computeCrosswalk(after, after)).toEqual([]);
  });
});
