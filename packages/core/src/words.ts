/** Words in a text: runs of letters and digits, with inner apostrophes and hyphens ("two-month", "Qatar’s"). */
export const WORD = /[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu;

const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;

/** Code units of the letter or digit at `i` (2 for an astral one), or 0 when there is none. */
function letterOrDigitAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if ((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57)) return 1;
  if (c < 128) return 0;
  const cp = text.codePointAt(i)!;
  const units = cp > 0xffff ? 2 : 1;
  return LETTER_OR_DIGIT.test(text.slice(i, i + units)) ? units : 0;
}

const isJoiner = (c: number) => c === 39 || c === 0x2019 || c === 45; // ' ’ -

/**
 * The number of WORD matches, counted in one pass over the code units instead of collecting every match:
 * each run of letters and digits is a word unless one apostrophe or hyphen joins it to the run before.
 * Called once per article on the whole body, where the regex's match array was a visible cost.
 */
export function countWords(text: string): number {
  let words = 0;
  let runEnd = -1; // end of the last run of letters and digits
  let i = 0;
  while (i < text.length) {
    let units = letterOrDigitAt(text, i);
    if (units === 0) {
      i++;
      continue;
    }
    const joined = runEnd >= 0 && runEnd === i - 1 && isJoiner(text.charCodeAt(runEnd));
    if (!joined) words++;
    while (units > 0) {
      i += units;
      units = i < text.length ? letterOrDigitAt(text, i) : 0;
    }
    runEnd = i;
  }
  return words;
}
