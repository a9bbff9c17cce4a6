/**
 * A dateline's place that no gazetteer knows (dateline-places.ts), on datelines written for this test.
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function entitiesOf(body: string): string[] {
  return findEntities(articleOf(body, '2025-06-06'))
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();
}

describe('the place a dateline names', () => {
  it('is a place in a wire dateline with its country and agency', () => {
    const body = 'KORVANSK, Norway (Reuters) - Rebels held the town on Friday, officials said.';
    expect(entitiesOf(body)).toEqual(['country:Norway', 'organization:Reuters', 'place:Korvansk']);
  });

  it('is a place in a dateline line of its own with an ISO date', () => {
    const body =
      'Rebels seize town.\n\nVELMORA GRANDE , Norway 1996-08-31\n\nRebels held the town on Friday, officials said.';
    expect(entitiesOf(body)).toEqual(['country:Norway', 'place:VELMORA GRANDE']);
  });

  it('is not a section label in capitals before a dash', () => {
    const body = 'ROWING - Avery Lane retires after the final.\n\nAvery Lane said on Friday that she would retire.';
    expect(entitiesOf(body).filter((e) => e.startsWith('place:'))).toEqual([]);
  });
});
