import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  coverageOf,
  firstEndingAfter,
  firstStartingAfter,
  firstStartingAtOrAfter,
  indexContaining,
  indexRangeOverlapping,
  isSortedByStart,
  itemsWithin,
  itemsWithinList,
  lastStartingAtOrBefore,
  partitionPoint,
} from './lookup.js';

interface Item {
  start: number;
  end: number;
  n: number;
}

/** Spans that may overlap, sorted by start then end (like mentions and timexes); `n` tells equal spans apart. */
const overlapping = fc
  .array(fc.tuple(fc.nat(60), fc.nat(8)), { maxLength: 30 })
  .map((pairs) =>
    pairs
      .map(([start, length], n) => ({ start, end: start + length, n }))
      .sort((a, b) => a.start - b.start || a.end - b.end),
  );

/** Spans that never overlap, sorted (like tokens and sentences), possibly with gaps between them. */
const disjoint = fc.array(fc.tuple(fc.nat(4), fc.integer({ min: 1, max: 6 })), { maxLength: 30 }).map((pairs) => {
  const out: Item[] = [];
  let at = 0;
  pairs.forEach(([gap, length], n) => {
    out.push({ start: at + gap, end: at + gap + length, n });
    at += gap + length;
  });
  return out;
});

const offset = fc.integer({ min: -2, max: 80 });

describe('binary searches agree with the scans they replace', () => {
  it('firstStartingAtOrAfter / firstStartingAfter / lastStartingAtOrBefore', () => {
    fc.assert(
      fc.property(overlapping, offset, (items, at) => {
        const atOrAfter = items.findIndex((i) => i.start >= at);
        expect(firstStartingAtOrAfter(items, at)).toBe(atOrAfter < 0 ? items.length : atOrAfter);
        const after = items.findIndex((i) => i.start > at);
        expect(firstStartingAfter(items, at)).toBe(after < 0 ? items.length : after);
        expect(lastStartingAtOrBefore(items, at)).toBe(items.map((i) => i.start <= at).lastIndexOf(true));
      }),
    );
  });

  it('itemsWithin returns the filter over overlapping spans, in order', () => {
    fc.assert(
      fc.property(overlapping, offset, fc.nat(30), (items, start, length) => {
        const end = start + length;
        expect(itemsWithin(items, start, end)).toEqual(items.filter((i) => i.start >= start && i.end <= end));
      }),
    );
  });

  it('firstEndingAfter, indexContaining and indexRangeOverlapping over disjoint spans', () => {
    fc.assert(
      fc.property(disjoint, offset, fc.nat(30), (items, start, length) => {
        const after = items.findIndex((i) => i.end > start);
        expect(firstEndingAfter(items, start)).toBe(after < 0 ? items.length : after);
        expect(indexContaining(items, start)).toBe(items.findIndex((i) => i.start <= start && start < i.end));
        const end = start + length;
        const touching = items.map((i, k) => (i.end > start && i.start < end ? k : -1)).filter((k) => k >= 0);
        expect(indexRangeOverlapping(items, start, end)).toEqual(
          touching.length ? { first: touching[0], last: touching[touching.length - 1] } : null,
        );
      }),
    );
  });

  it('coverageOf answers "is the offset inside any span" in any order', () => {
    fc.assert(
      fc.property(overlapping, offset, fc.boolean(), (items, at, reversed) => {
        const spans = reversed ? [...items].reverse() : items;
        expect(coverageOf(spans)(at)).toBe(spans.some((s) => s.start <= at && at < s.end));
      }),
    );
  });

  it('itemsWithinList returns the filter whether or not the list is sorted', () => {
    fc.assert(
      fc.property(overlapping, offset, fc.nat(30), fc.boolean(), (items, start, length, reversed) => {
        const list = reversed ? [...items].reverse() : items;
        const end = start + length;
        const expected = list.filter((i) => i.start >= start && i.end <= end);
        expect(itemsWithinList(list, start, end)).toEqual(expected);
        expect(itemsWithinList(list, start, end)).toEqual(expected); // second call: remembered sortedness
      }),
    );
  });

  it('partitionPoint finds where a prefix property stops holding, for any split', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (length, split) => {
        const point = Math.min(split, length);
        expect(partitionPoint(length, (i) => i < point)).toBe(point);
      }),
    );
  });

  it('isSortedByStart spots an item out of order', () => {
    expect(isSortedByStart([{ start: 1 }, { start: 1 }, { start: 4 }])).toBe(true);
    expect(isSortedByStart([{ start: 5 }, { start: 2 }])).toBe(false);
  });
});
