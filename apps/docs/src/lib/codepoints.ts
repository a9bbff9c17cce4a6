/**
 * Dataset offsets count Unicode code points; JavaScript strings index UTF-16 code units. The site converts
 * each article's offsets once, here, and slices with UTF-16 indices afterwards.
 */

/** Returns a function that maps a code-point offset in `text` to its UTF-16 index. */
export function codePointToUtf16(text: string): (codePoint: number) => number {
  const utf16At: number[] = [];
  let i = 0;
  for (const char of text) {
    utf16At.push(i);
    i += char.length;
  }
  utf16At.push(i);
  return (codePoint: number) => {
    const index = utf16At[codePoint];
    if (!Number.isInteger(codePoint) || index === undefined) {
      throw new RangeError(`code-point offset ${codePoint} is outside the text (expected 0..${utf16At.length - 1})`);
    }
    return index;
  };
}
