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
