/**
 * Offsets inside the pipeline are JavaScript string indices (UTF-16 code units), because every regex and
 * slice in JavaScript speaks them. Offsets in the published dataset are Unicode code points, because that is
 * what Python, R and DuckDB slice by. This module is the one place that converts between the two.
 */

/** A half-open span [start, end) in UTF-16 code units of the article body. */
export interface Span {
  start: number;
  end: number;
}

/** A span with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

/** Maps UTF-16 offsets of one string to code-point offsets, in O(1) per lookup. */
export class CodePointIndex {
  /** cpAt[i] = number of code points before UTF-16 index i; null when the text has no astral characters. */
  private readonly cpAt: Uint32Array | null;
  readonly length: number;

  constructor(readonly text: string) {
    let hasAstral = false;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c >= 0xd800 && c <= 0xdbff) {
        hasAstral = true;
        break;
      }
    }
    if (!hasAstral) {
      this.cpAt = null;
      this.length = text.length;
      return;
    }
    const map = new Uint32Array(text.length + 1);
    let cp = 0;
    for (let i = 0; i < text.length; i++) {
      map[i] = cp;
      const c = text.charCodeAt(i);
      const isHighSurrogate = c >= 0xd800 && c <= 0xdbff;
      const next = text.charCodeAt(i + 1);
      if (isHighSurrogate && next >= 0xdc00 && next <= 0xdfff) {
        map[i + 1] = cp; // the low half of a pair sits at the same code point
        i++;
      }
      cp++;
    }
    map[text.length] = cp;
    this.cpAt = map;
    this.length = cp;
  }

  /** Code-point offset of a UTF-16 offset. */
  toCodePoint(utf16: number): number {
    if (utf16 < 0 || utf16 > this.text.length) {
      throw new RangeError(`offset ${utf16} is outside the text (expected 0..${this.text.length})`);
    }
    return this.cpAt === null ? utf16 : this.cpAt[utf16]!;
  }

  /** UTF-16 offset of a code-point offset: the inverse of toCodePoint, for readers of the published offsets. */
  toUtf16(codePoint: number): number {
    if (!Number.isInteger(codePoint) || codePoint < 0 || codePoint > this.length) {
      throw new RangeError(`code-point offset ${codePoint} is outside the text (expected 0..${this.length})`);
    }
    if (this.cpAt === null) return codePoint;
    this.utf16At ??= this.invert(this.cpAt);
    return this.utf16At[codePoint]!;
  }

  private utf16At: Uint32Array | undefined;

  private invert(cpAt: Uint32Array): Uint32Array {
    const utf16At = new Uint32Array(this.length + 1);
    // Walking backwards leaves each code point at the index of its first (high) half.
    for (let i = cpAt.length - 1; i >= 0; i--) utf16At[cpAt[i]!] = i;
    return utf16At;
  }

  /** Converts a UTF-16 span to code points. */
  span(span: Span): Span {
    return { start: this.toCodePoint(span.start), end: this.toCodePoint(span.end) };
  }
}

/** Slices a string by code-point offsets, the way Python's s[start:end] does. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  return Array.from(text).slice(start, end).join('');
}

/** Number of Unicode code points in a string. */
export function codePointLength(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
