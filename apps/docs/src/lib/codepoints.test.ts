import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { codePointToUtf16 } from './codepoints.ts';

describe('codePointToUtf16', () => {
  it('maps code points past an astral character (an emoji is one code point, two UTF-16 units)', () => {
    const text = 'a😀b';
    const toUtf16 = codePointToUtf16(text);
    expect([0, 1, 2, 3].map(toUtf16)).toEqual([0, 1, 3, 4]);
  });

  it('agrees with slicing by code points (what Python does) for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const cps = Array.from(text);
        const start = a % (cps.length + 1);
        const end = start + (b % (cps.length - start + 1));
        const toUtf16 = codePointToUtf16(text);
        expect(text.slice(toUtf16(start), toUtf16(end))).toBe(cps.slice(start, end).join(''));
      }),
    );
  });

  it('rejects an offset past the end, saying what range was expected', () => {
    expect(() => codePointToUtf16('abc')(4)).toThrow(/outside the text \(expected 0\.\.3\)/);
  });
});
