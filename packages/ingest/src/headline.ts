/**
 * The optional headline line: `# HEADLINE` right after the header, before the blank line. A file without it
 * reads exactly as before (line 2 blank); a file with it was invalid before (line 2 not blank), so no old
 * file changes meaning. Pure.
 */

export interface HeadlineSplit {
  headline: string | null;
  /** The text after the headline line (or `text` itself when there is none). */
  rest: string;
  /** Lines consumed: 1 with a headline, 0 without. */
  lines: number;
}

const HEADLINE = /^#[ \t]+(\S.*?)\s*$/;

/** `text` starts at line 2 of the file. */
export function splitHeadline(text: string): HeadlineSplit {
  const newline = text.indexOf('\n');
  const line = newline < 0 ? text : text.slice(0, newline);
  const m = HEADLINE.exec(line);
  if (!m) return { headline: null, rest: text, lines: 0 };
  return { headline: m[1]!, rest: newline < 0 ? '' : text.slice(newline + 1), lines: 1 };
}
