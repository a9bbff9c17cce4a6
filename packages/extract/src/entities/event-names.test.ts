/**
 * Events named after an organization, on sentences written for this test (invented names).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

describe('an event named after an organization', () => {
  it('is no mention of the organization', () => {
    const f = findEntities(articleOf('Ann Lee will play in the Fed Cup final in Ashby next year.', '2025-06-06'));
    expect(f.entities.filter((e) => e.type === 'organization')).toEqual([]);
  });
});

describe('a headline in capitals with a result verb', () => {
  it('reads the verb as no part of a name, so both sides are found', () => {
    const f = findEntities(
      articleOf('RUGBY - NORWAY BEAT CHILE 21-3 IN OSLO TEST.\n\nThe match was in Ashby.', '2025-06-06'),
    );
    expect(f.entities.filter((e) => e.type === 'country').map((e) => e.name)).toEqual(['Chile', 'Norway']);
  });
});
