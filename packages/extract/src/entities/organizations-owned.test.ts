/**
 * A government body named after its country's possessive, on sentences written for this test (real countries,
 * since the rule reads a country the lexicons know; invented people).
 */
import { describe, expect, it } from 'vitest';
import { articleOf } from '../article.test-helpers.js';
import { findEntities } from './index.js';

function organizationsOf(body: string): string[] {
  return findEntities(articleOf(body, '2025-06-06'))
    .entities.filter((e) => e.type === 'organization')
    .map((e) => e.name)
    .sort();
}

describe("a body after a country's possessive", () => {
  it('is named with its country, so that two countries’ ministries stay two', () => {
    const body = 'Norway’s Defense Ministry said the drill was over. Sweden’s Defense Ministry said it was not.';
    expect(organizationsOf(body)).toEqual(['Norway’s Defense Ministry', 'Sweden’s Defense Ministry']);
  });

  it('lends its name to a later bare mention when only one country has such a body', () => {
    const body = 'Norway’s Air Force scrambled two jets. The Air Force said both landed safely.';
    expect(organizationsOf(body)).toEqual(['Norway’s Air Force']);
  });

  it('leaves an organization the lexicons know under its own name', () => {
    expect(organizationsOf('Norway’s Reuters bureau is small; Reuters said so.')).toEqual(['Reuters']);
  });
});

describe("a party's forms", () => {
  it('are one organization, in whichever order the article writes them', () => {
    expect(organizationsOf('The Avery Party met on Monday. Avery won the vote, an Avery spokesman said.')).toEqual([
      'Avery Party',
    ]);
    const body = 'The Democratic candidate led. Democratic pollster Ann Lee said the Democrats would win.';
    expect(organizationsOf(body)).toEqual(['Democratic']);
  });
});
