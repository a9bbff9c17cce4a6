import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CodePointIndex, codePointLength, sliceCodePoints } from './spans.js';

describe('CodePointIndex', () => {
  it('is the identity on text without astral characters', () => {
    const index = new CodePointIndex('Qatar — Egypt’s “talks”');
    expect(index.toCodePoint(8)).toBe(8);
    expect(index.length).toBe(23);
  });

  it('counts an emoji as one code point, as Python does', () => {
    const text = '😀 Doha 🇶🇦 talks';
    const index = new CodePointIndex(text);
    const start16 = text.indexOf('Doha');
    const span = index.span({ start: start16, end: start16 + 4 });
    expect(span).toEqual({ start: 2, end: 6 });
    expect(sliceCodePoints(text, span.start, span.end)).toBe('Doha');
    const talks16 = text.indexOf('talks');
    expect(index.toCodePoint(talks16)).toBe(Array.from(text.slice(0, talks16)).length);
    expect(index.length).toBe(codePointLength(text));
  });

  it('refuses offsets outside the text', () => {
    expect(() => new CodePointIndex('abc').toCodePoint(4)).toThrow(/outside the text/);
  });

  it('maps every substring so that the code-point slice equals it (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 40 }), fc.nat(), fc.nat(), (text, a, b) => {
        const index = new CodePointIndex(text);
        // Only offsets on code-point boundaries are meaningful: walk to the nearest boundary.
        const boundaries = [0];
        for (const ch of text) boundaries.push(boundaries[boundaries.length - 1]! + ch.length);
        const s = boundaries[a % boundaries.length]!;
        const e = boundaries[b % boundaries.length]!;
        const [start, end] = s <= e ? [s, e] : [e, s];
        const span = index.span({ start, end });
        expect(sliceCodePoints(text, span.start, span.end)).toBe(text.slice(start, end));
      }),
    );
  });
});

describe('CodePointIndex.toUtf16', () => {
  it('maps code points past an astral character (an emoji is one code point, two UTF-16 units)', () => {
    const index = new CodePointIndex('a😀b');
    expect([0, 1, 2, 3].map((cp) => index.toUtf16(cp))).toEqual([0, 1, 3, 4]);
  });

  it('agrees with slicing by code points (what Python does) for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 30 }), fc.nat(), fc.nat(), (text, a, b) => {
        const cps = Array.from(text);
        const start = a % (cps.length + 1);
        const end = start + (b % (cps.length - start + 1));
        const index = new CodePointIndex(text);
        expect(text.slice(index.toUtf16(start), index.toUtf16(end))).toBe(cps.slice(start, end).join(''));
        expect(index.toCodePoint(index.toUtf16(start))).toBe(start);
      }),
    );
  });

  it('rejects an offset past the end, saying what range was expected', () => {
    expect(() => new CodePointIndex('abc').toUtf16(4)).toThrow(/outside the text \(expected 0\.\.3\)/);
    expect(() => new CodePointIndex('a😀').toUtf16(3)).toThrow(/outside the text \(expected 0\.\.2\)/);
  });
});
