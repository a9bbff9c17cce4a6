import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findQuantities } from './index.js';
import { articleOf } from '../article.test-helpers.js';
import { quantityVocabulary } from './vocabulary.js';

const docOf = (body: string) => articleOf(body, '2025-03-14');

const only = (body: string) => {
  const found = findQuantities(docOf(body));
  expect(found).toHaveLength(1);
  return found[0]!;
};

describe('findQuantities', () => {
  it('keeps the qualifier, the bound it implies, and the singular counted noun', () => {
    expect(only('Rescuers are searching for more than 300 missing miners.')).toMatchObject({
      text: 'more than 300 missing miners',
      value: 300,
      low: 300,
      high: null,
      modifier: 'more than',
      unit: 'miner',
    });
    expect(only('At least 9,200 people were evacuated.')).toMatchObject({
      text: 'At least 9,200 people',
      value: 9200,
      modifier: 'at least',
      unit: 'person',
    });
  });

  it('reads number words, scales and idioms', () => {
    expect(only('The council hired three new inspectors.')).toMatchObject({
      value: 3,
      modifier: null,
      low: 3,
      high: 3,
      unit: 'inspector',
    });
    expect(only('The river displaced 1.2 million residents.')).toMatchObject({ value: 1_200_000, unit: 'resident' });
    expect(only('She freed a half dozen Franco-Belgian sailors.')).toMatchObject({
      text: 'a half dozen Franco-Belgian sailors',
      value: 6,
      modifier: null,
      low: 6,
      high: 6,
      unit: 'sailor',
    });
    expect(only('Twenty-five trucks crossed.')).toMatchObject({ value: 25, unit: 'truck' });
  });

  it('gives vague plurals a range and no point value', () => {
    expect(only('Dozens of farmers protested.')).toMatchObject({ value: null, low: 24, high: 99, unit: 'farmer' });
    expect(only('Hundreds of thousands of voters stayed home.')).toMatchObject({
      value: null,
      low: 200_000,
      high: 999_999,
      unit: 'voter',
    });
  });

  it('reads shares before "of", but not periods', () => {
    expect(only('More than half of the patients were children.')).toMatchObject({
      value: 0.5,
      modifier: 'more than',
      unit: 'patient',
    });
    expect(only('Two-thirds of voters agreed.')).toMatchObject({ value: 2 / 3, unit: 'voter' });
    expect(findQuantities(docOf('Sales rose in the second half of the year.'))).toEqual([]);
  });

  it('reads money with its currency', () => {
    expect(only('The dispute could cost more than £1.2bn.')).toMatchObject({
      text: 'more than £1.2bn',
      value: 1.2e9,
      modifier: 'more than',
      unit: 'pound',
    });
    expect(only('The deal is worth $40 billion.')).toMatchObject({ text: '$40 billion', value: 40e9, unit: 'dollar' });
  });

  it('reads ranges and measures', () => {
    expect(only('Witnesses saw seven or eight boats.')).toMatchObject({ value: null, low: 7, high: 8, unit: 'boat' });
    expect(only('The fence is about 3km (2 miles) long.')).toMatchObject({
      text: 'about 3km',
      value: 3,
      modifier: 'about',
      unit: 'km',
    });
    expect(only('Turnout fell to 41% this time.')).toMatchObject({ value: 41, unit: 'percent' });
  });

  it('leaves out years, dates, times, durations, ages, ordinals and names', () => {
    const body =
      'In 2023, on 7 October at 10:30, after a four-hour meeting lasting 100 days, Ann Lee, 34, ' +
      'took the second seat under Resolution 2334 in World War Two. He was 66.';
    expect(findQuantities(docOf(body))).toEqual([]);
  });

  it('does not read a preposition as a qualifier', () => {
    expect(only('Fighting was reported around two hospitals.')).toMatchObject({ modifier: null, value: 2 });
    expect(only('Both sides agreed to hand over 157 prisoners.')).toMatchObject({ modifier: null, value: 157 });
  });

  it('spans round-trip', () => {
    const doc = docOf('More than 240 hostages, two key parties and at least three main mediators.');
    const found = findQuantities(doc);
    expect(found.map((q) => q.text)).toEqual([
      'More than 240 hostages',
      'two key parties',
      'at least three main mediators',
    ]);
    for (const q of found) expect(doc.body.slice(q.start, q.end)).toBe(q.text);
  });
});

describe('quantity modifiers by last word', () => {
  it('hold every qualifier once, under its last word, longest first as the lexicon order gives them', () => {
    const groups = quantityVocabulary().modifiersByLastWord;
    const all = [...groups.values()].flat();
    expect(new Set(all).size).toBe(all.length);
    for (const [last, group] of groups) {
      for (const m of group) expect(m.words[m.words.length - 1]).toBe(last);
      for (let k = 1; k < group.length; k++)
        expect(group[k - 1]!.words.length).toBeGreaterThanOrEqual(group[k]!.words.length);
    }
  });
});

describe('numbers too large for a double', () => {
  it('keep the figure in the text and give null, never Infinity', () => {
    const digits = '9'.repeat(309);
    const q = only(`The ledger listed ${digits} coins.`);
    expect(q).toMatchObject({ text: `${digits} coins`, value: null, low: null, high: null, unit: 'coin' });
    expect(only(`The ledger listed ${'9'.repeat(305)} million coins.`)).toMatchObject({
      value: null,
      low: null,
      high: null,
    });
  });

  it('every emitted number is finite or null, whatever the number of digits and scale words', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 400 }),
        fc.constantFrom('', ' million', ' billion', ' thousand million'),
        (length, scale) => {
          for (const q of findQuantities(docOf(`The ledger listed ${'7'.repeat(length)}${scale} coins.`))) {
            for (const n of [q.value, q.low, q.high]) expect(n === null || Number.isFinite(n)).toBe(true);
          }
        },
      ),
      { numRuns: 60 },
    );
  });
});
