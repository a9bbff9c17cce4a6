/**
 * Events named after an organization, on sentences written for this test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

describe('an event named after an organization', () => {
  it('is no mention of the organization', () => {
    const f = findEntities(articleOf('This year the Fed Cup finalists met in Ashby.', '2025-06-06'));
    expect(f.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('a headline in capitals with a result verb', () => {
  it('reads the verb as no part of a name, so both sides are found', () => {
    const f = findEntities(
      articleOf('SOCCER - FRANCE BEAT MEXICO 2-0 IN FRIENDLY.\n\nThe match was in Ashby.', '2025-06-06'),
    );
    expect(f.entities.filter((e) => e.type === 'country').map((e) => e.name)).toEqual(['France', 'Mexico']);
  });
});
