import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { TimexAnnotation } from '@dossier/core';
import { isTimexValue, type Resolution } from '@dossier/normalize';
import { findTimexes } from './index.js';
import { withinGrammar } from './guard.js';
import { articleOf } from '../article.test-helpers.js';

function timexes(body: string, published = '2024-01-26'): TimexAnnotation[] {
  return findTimexes(articleOf(body, published));
}
function only(body: string, text: string): TimexAnnotation {
  const all = timexes(body);
  const found = all.filter((t) => t.text === text);
  expect(
    found.map((t) => t.text),
    `timexes found: ${JSON.stringify(all.map((t) => t.text))}`,
  ).toEqual([text]);
  return found[0]!;
}

// Sentences are invented; published Friday 2024-01-26.
describe('far-off years', () => {
  it('"71,000 years ago" is PAST_REF with the amount in the rule, not a crash', () => {
    const t = only('Early humans crossed the strait 71,000 years ago, the study found.', '71,000 years ago');
    expect([t.type, t.value, t.rule]).toEqual(['DATE', 'PAST_REF', 'ago:beyond-calendar(P71000Y)']);
  });
  it('"2.5 million years ago" and "millions of years ago" are PAST_REF', () => {
    expect(only('The valley formed 2.5 million years ago.', '2.5 million years ago').rule).toBe(
      'ago:beyond-calendar(P2500000Y)',
    );
    expect(only('The rock cooled millions of years ago.', 'millions of years ago').value).toBe('PAST_REF');
  });
  it('a duration of millions of years keeps its amount', () => {
    expect(only('The star has burned for 4.5 billion years.', '4.5 billion years').value).toBe('P4500000000Y');
  });
  it('years with an era: BC with the TIMEX3 prefix, AD as a plain year', () => {
    expect(only('The city was founded in 753 BC by settlers.', '753 BC').value).toBe('BC0753');
    expect(only('The temple dates from around 3,000 BCE, the guide said.', '3,000 BCE').value).toBe('BC3000');
    expect(only('The eruption buried the town in AD 79.', 'AD 79').value).toBe('0079');
  });
  it('centuries from the first on, with an era', () => {
    expect(only('The road was built in the 1st century by the empire.', 'the 1st century').value).toBe('00');
    expect(only('The poem was written in the fifth century BC.', 'the fifth century BC').value).toBe('BC04');
    expect(only('The bridge was rebuilt in the 20th century.', 'the 20th century').value).toBe('19');
  });
  it('for any amount, unit and direction, every emitted value parses and none needed the fallback (property)', () => {
    const units = ['days', 'weeks', 'months', 'years', 'decades', 'centuries', 'millennia'];
    fc.assert(
      fc.property(
        fc.oneof(
          fc.nat({ max: 1000 }),
          fc.integer({ min: 1000, max: 999_999_999 }).map((n) => n.toLocaleString('en-US')),
        ),
        fc.constantFrom(...units),
        fc.constantFrom('ago', 'from now', 'later', ''),
        fc.constantFrom('', ' million', ' billion'),
        fc.constantFrom('BC', 'BCE', 'AD'),
        (n, unit, offset, scale, era) => {
          const body = `The site was used ${n}${scale} ${unit} ${offset}. Over the past ${n} ${unit} it changed. It dates from ${n} ${era}, or the ${n}th century ${era}.`;
          for (const t of findTimexes(articleOf(body, '2024-01-26'))) {
            expect(isTimexValue(t.value), `${t.text} → ${t.value} (${t.rule})`).toBe(true);
            expect(t.rule).not.toMatch(/invalid-value-dropped/);
            for (const edge of [t.rangeStart, t.rangeEnd])
              if (edge !== null) expect(edge).toMatch(/^\d{4}-\d{2}-\d{2}$/);
          }
        },
      ),
      { numRuns: 120 },
    );
  });
});

describe('the grammar guard', () => {
  const base: Resolution = {
    type: 'DATE',
    value: '-69004',
    anchor: '2024-01-26',
    precision: 'year',
    rangeStart: null,
    rangeEnd: null,
    rule: 'ago:anchor-minus',
  };
  it('a value outside the grammar becomes its unknown form with a rule that says so', () => {
    const r = withinGrammar(base);
    expect([r.value, r.precision, r.rule]).toEqual(['XXXX-XX-XX', 'none', 'invalid-value-dropped(ago:anchor-minus)']);
    expect(withinGrammar({ ...base, type: 'DURATION', value: 'P1e+21Y' }).value).toBe('PXY');
  });
  it('a valid value passes unchanged', () => {
    expect(withinGrammar({ ...base, value: '2024' })).toEqual({ ...base, value: '2024' });
  });
});

describe('numbers written as two words', () => {
  it('"the last twenty four hours" is a day-long period', () => {
    const found = findTimexes(articleOf('Prices fell in the last twenty four hours.', '2024-01-26'));
    expect(found.map((t) => [t.text, t.value])).toEqual([['the last twenty four hours', 'PT24H']]);
  });
});
