import { describe, expect, it } from 'vitest';
import { findTimexes } from './index.js';
import { articleOf } from '../article.test-helpers.js';

// Sentences are invented. 2021-11-04 is a Thursday.
function timexes(body: string, published = '2021-11-04'): string[] {
  return findTimexes(articleOf(body, published)).map((t) => `${t.text}=${t.value}:${t.rule}`);
}

describe('a weekday modifying a noun names an event around publication: the nearest such day, not the tense', () => {
  it('"by the Tuesday deadline" is the Tuesday just past, whatever "deadline" suggests', () => {
    expect(timexes('Most owners sold their shares by the Tuesday deadline.')).toEqual([
      'Tuesday=2021-11-02:weekday:attributive-nearest',
    ]);
  });
  it('"before his Sunday night address" is last Sunday night, not a Sunday to come', () => {
    expect(timexes('Before his Sunday night address, the mayor toured the harbour.')).toEqual([
      'Sunday night=2021-10-31TNI:weekday:attributive-nearest+part-of-day',
    ]);
  });
  it('"the paper’s Friday issue" is tomorrow when tomorrow is much the nearer', () => {
    expect(timexes('The recipe will run in the paper’s Friday issue.')).toEqual([
      'Friday=2021-11-05:weekday:attributive-nearest',
    ]);
  });
  it('a weekday before a preposition or a clause is read with the tense as before', () => {
    expect(timexes('The council will meet on the Monday after the vote.')[0]).toMatch(
      /^Monday=.*:weekday:(?!attributive)/,
    );
    expect(timexes('The ferry will sail on Tuesday.')).toEqual(['Tuesday=2021-11-09:weekday:future-tense(will)']);
  });
});
