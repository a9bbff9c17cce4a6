/**
 * Runs of non-space characters too long to be words ("aaaa…", a pasted hash, a URL of thousands of
 * characters). wink-nlp's tokenizer matches regular expressions over each whitespace-separated string, in
 * time quadratic in its length, so a single 50,000-character run stalls a whole build. No word or URL in
 * news text comes near the limit below.
 */
import type { Span } from '@dossier/core';

/** A run longer than this many UTF-16 units is cut before wink reads it. */
export const MAX_RUN = 256;
/** Pieces of a cut run are this long, so each costs wink little. */
export const PIECE = 64;

/**
 * A copy of `text` of the same length in which every run of non-space characters longer than MAX_RUN has
 * a space after every PIECE characters or so (in place of the character there), and the runs that were cut. Offsets into the copy
 * are offsets into `text`; only the characters at the cuts differ.
 */
export function splitOverlongRuns(text: string): { text: string; runs: Span[] } {
  const runs = overlongRuns(text);
  if (runs.length === 0) return { text, runs };
  const parts: string[] = [];
  let at = 0;
  for (const { start, end } of runs) {
    parts.push(text.slice(at, start));
    let piece = start;
    while (end - piece > PIECE) {
      // The cut replaces one character, or both halves of a surrogate pair, so that no half is left alone.
      let cut = piece + PIECE;
      if (isLowSurrogate(text.charCodeAt(cut))) cut--;
      const width = isHighSurrogate(text.charCodeAt(cut)) ? 2 : 1;
      parts.push(text.slice(piece, cut), ' '.repeat(width));
      piece = cut + width;
    }
    parts.push(text.slice(piece, end));
    at = end;
  }
  parts.push(text.slice(at));
  return { text: parts.join(''), runs };
}

function isHighSurrogate(code: number): boolean {
  return code >= 0xd800 && code <= 0xdbff;
}

function isLowSurrogate(code: number): boolean {
  return code >= 0xdc00 && code <= 0xdfff;
}

/**
 * The runs of non-space characters (`\S+`) longer than MAX_RUN, by a scan of character codes: every article
 * passes through here, and matching `\S+` built a string and a match object for each of its words.
 * Only every MAX_RUN-th character is read until one is not a space: a run longer than MAX_RUN covers more than
 * MAX_RUN consecutive positions, so it holds one of those, and from there the scan reads the run's own extent.
 * Ordinary text costs about one read per word reached instead of one per character.
 */
export function overlongRuns(text: string): Span[] {
  const runs: Span[] = [];
  const n = text.length;
  let at = 0;
  while (at < n) {
    if (isSpace(text.charCodeAt(at))) {
      at += MAX_RUN;
      continue;
    }
    // Every position before `at` since the last run's end was read or skipped; the run cannot start before a space.
    let start = at;
    while (start > 0 && !isSpace(text.charCodeAt(start - 1))) start--;
    let end = at + 1;
    while (end < n && !isSpace(text.charCodeAt(end))) end++;
    if (end - start > MAX_RUN) runs.push({ start, end });
    // The character at `end` is a space (or the text ends): the next run starts after it.
    at = end;
  }
  return runs;
}

/**
 * Exactly the characters of the regular-expression class `\s` (ECMAScript's WhiteSpace and LineTerminator:
 * tab, line feed, vertical tab, form feed, carriage return, the Zs space separators, U+2028, U+2029 and
 * U+FEFF). No half of a surrogate pair is one, so counting UTF-16 units gives the lengths `\S+` matches have.
 */
export function isSpace(code: number): boolean {
  if (code < 0x80) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  return (
    code === 0xa0 ||
    code === 0x1680 ||
    (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 ||
    code === 0x2029 ||
    code === 0x202f ||
    code === 0x205f ||
    code === 0x3000 ||
    code === 0xfeff
  );
}
