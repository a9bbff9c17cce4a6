/**
 * A legal form ends a company's name, on sentences written for this test (invented companies).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function entitiesOf(body: string): string[] {
  return findEntities(articleOf(body, '2025-06-06'))
    .entities.map((e) => `${e.type}:${e.name}`)
    .sort();
}

describe('a company with its legal form, then "of" and where it is from', () => {
  it('is the company up to its legal form, and the place after it', () => {
    expect(entitiesOf('Cars made by Vantor Motor Corp of South Korea were sold.')).toEqual([
      'country:South Korea',
      'organization:Vantor Motor Corp',
    ]);
  });

  it('keeps "of" inside a name whose head is no legal form', () => {
    expect(entitiesOf('The Bank of Nordland Corp said on Friday.')).toEqual(['organization:Bank of Nordland Corp']);
  });
});
