/** Test helpers for the date rules: the one timex a sentence yields with the given text, or a failure that lists all. */
import { expect } from 'vitest';
import type { TimexAnnotation } from '@dossier/core';
import { findTimexes } from './index.js';
import { articleOf } from '../article.test-helpers.js';

export function onlyTimex(body: string, text: string, published: string): TimexAnnotation {
  const all = findTimexes(articleOf(body, published));
  const found = all.filter((t) => t.text === text);
  expect(
    found.map((t) => t.text),
    `timexes found: ${JSON.stringify(all.map((t) => `${t.text}=${t.value}`))}`,
  ).toEqual([text]);
  return found[0]!;
}
