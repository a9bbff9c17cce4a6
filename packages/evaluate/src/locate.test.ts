import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { allOccurrences, findNth, overlapLength } from './locate.js';

describe('findNth', () => {
  it('counts occurrences inside other words, like Python str.find', () => {
    const body = 'He knows that now is the time; now, not later.';
    // "now" occurs in "knows" first, so the adverb is the 2nd occurrence.
    expect(findNth(body, 'now', 1)).toEqual({ start: 4, end: 7 });
    expect(findNth(body, 'now', 2)).toEqual({ start: 14, end: 17 });
    expect(findNth(body, 'now', 3)).toEqual({ start: 31, end: 34 });
    expect(findNth(body, 'now', 4)).toBeNull();
  });

  it('counts overlapping occurrences', () => {
    expect(allOccurrences('aaaa', 'aa').map((s) => s.start)).toEqual([0, 1, 2]);
  });

  it('returns code-point offsets when the body has astral characters', () => {
    const body = 'Flags 🇺🇦 raised on Monday.';
    const span = findNth(body, 'Monday', 1)!;
    expect(Array.from(body).slice(span.start, span.end).join('')).toBe('Monday');
    expect(span.start).toBe(body.indexOf('Monday') - 2); // two flag code points take four UTF-16 units
  });

  it('rejects nth below 1', () => {
    expect(findNth('Monday', 'Monday', 0)).toBeNull();
  });

  it('agrees with a naive code-point search for any text', () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom('a', 'b', '😀', ' ') }),
        fc.string({ unit: fc.constantFrom('a', 'b', '😀'), minLength: 1, maxLength: 3 }),
        (body, needle) => {
          const cps = Array.from(body);
          const n = Array.from(needle);
          const naive: number[] = [];
          for (let i = 0; i + n.length <= cps.length; i++)
            if (cps.slice(i, i + n.length).join('') === needle) naive.push(i);
          expect(allOccurrences(body, needle).map((s) => s.start)).toEqual(naive);
        },
      ),
    );
  });
});

describe('overlapLength', () => {
  it('is the shared length of two half-open spans', () => {
    expect(overlapLength({ start: 0, end: 10 }, { start: 5, end: 20 })).toBe(5);
    expect(overlapLength({ start: 0, end: 10 }, { start: 2, end: 3 })).toBe(1);
  });
  it('is 0 for spans that touch or are apart', () => {
    expect(overlapLength({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(0);
    expect(overlapLength({ start: 0, end: 5 }, { start: 7, end: 9 })).toBe(0);
  });
  it('is symmetric', () => {
    const span = fc.tuple(fc.nat(50), fc.nat(50)).map(([a, b]) => ({ start: Math.min(a, b), end: Math.max(a, b) }));
    fc.assert(fc.property(span, span, (a, b) => overlapLength(a, b) === overlapLength(b, a)));
  });
});
