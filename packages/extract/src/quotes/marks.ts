/**
 * Finds the stretches of text between quotation marks, paragraph by paragraph. Pure string scanning: it never
 * looks past a paragraph, so an unbalanced mark can cost a quote but can never swallow the next paragraph.
 *
 * Marks handled: curly double “ ” (and „ as an opener), straight double ", guillemets « », curly single ‘ ’ and
 * straight single '. Single marks double as apostrophes, so they open only at the start of a word and close
 * only at the end of one, and only at the top level (a ‘…’ inside “…” is part of the outer quote's text).
 */
import { partitionPoint, type Span } from '@dossier/core';

export interface QuoteStretch {
  /** The text between the marks (or between the opening mark and the paragraph's end for an open stretch). */
  start: number;
  end: number;
  /** Offset of the opening mark. */
  openMark: number;
  /** Offset of the closing mark; null when the paragraph ends inside the quote. */
  closeMark: number | null;
  paragraph: number;
}

type MarkFamily = 'double' | 'single' | 'guillemet';

const OPENERS: Record<string, MarkFamily> = { '“': 'double', '„': 'double', '«': 'guillemet', '‘': 'single' };

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const SPACE_OR_OPEN_PUNCT = /[\s([{\u2014\u2013\-/]/u;

function isWordChar(c: string | undefined): boolean {
  return c !== undefined && LETTER_OR_DIGIT.test(c);
}

/** A single mark opens a quote only where a word starts: after space or an opening bracket, before a letter. */
function canOpenSingle(text: string, i: number, paragraphStart: number): boolean {
  const before = i > paragraphStart ? text[i - 1] : undefined;
  return (before === undefined || SPACE_OR_OPEN_PUNCT.test(before)) && isWordChar(text[i + 1]);
}

/** A single mark closes a quote only where a word ends: after a non-space, before space, punctuation or the end. */
function canCloseSingle(text: string, i: number, paragraphEnd: number): boolean {
  const before = text[i - 1];
  const after = i + 1 < paragraphEnd ? text[i + 1] : undefined;
  return before !== undefined && !/\s/.test(before) && !isWordChar(after);
}

/** A straight double mark that starts a word (after space or an opening bracket, before a letter or digit). */
function canOpenDouble(text: string, i: number): boolean {
  return SPACE_OR_OPEN_PUNCT.test(text[i - 1] ?? ' ') && isWordChar(text[i + 1]);
}

/** A straight double mark that ends a word (after a non-space, before space, punctuation or the end). */
function canCloseDouble(text: string, i: number, paragraphEnd: number): boolean {
  const after = i + 1 < paragraphEnd ? text[i + 1] : undefined;
  return !/\s/.test(text[i - 1] ?? ' ') && !isWordChar(after);
}

/** " ' « » and ‘ ’ ‚ ‛ “ ” „ (U+2018–U+201E): the only characters the scan acts on. */
const MARK = /["'\u00ab\u00bb\u2018-\u201e]/g;

/**
 * Offsets of every quotation mark in the text, ascending. One regex pass finds them several times faster than
 * testing each character in a loop, and marks are rare (about one character in two hundred).
 */
export function markOffsets(text: string): number[] {
  const offsets: number[] = [];
  MARK.lastIndex = 0;
  for (let m = MARK.exec(text); m; m = MARK.exec(text)) offsets.push(m.index);
  return offsets;
}

/** Index of the first offset at or after `at`. */
function firstOffsetFrom(offsets: readonly number[], at: number): number {
  return partitionPoint(offsets.length, (i) => offsets[i]! < at);
}

/** Scans one paragraph [start, end) of text; `marks` are the offsets of the text's quotation marks (markOffsets). */
export function scanParagraph(
  text: string,
  paragraph: Span,
  paragraphIndex: number,
  marks: readonly number[] = markOffsets(text),
): QuoteStretch[] {
  const stretches: QuoteStretch[] = [];
  let open: { family: MarkFamily; mark: string; at: number; nested?: boolean } | null = null;
  for (let k = firstOffsetFrom(marks, paragraph.start); k < marks.length && marks[k]! < paragraph.end; k++) {
    const i = marks[k]!;
    const c = text[i]!;
    if (open === null) {
      if (c === '"') {
        // A straight mark followed by white space cannot open a quote: it is a stray closer.
        if (i + 1 < paragraph.end && !/\s/.test(text[i + 1]!)) open = { family: 'double', mark: c, at: i };
      } else if (c === "'") {
        if (canOpenSingle(text, i, paragraph.start)) open = { family: 'single', mark: c, at: i };
      } else if (c === '‘') {
        if (canOpenSingle(text, i, paragraph.start)) open = { family: 'single', mark: c, at: i };
      } else if (OPENERS[c] && OPENERS[c] !== 'single') {
        open = { family: OPENERS[c]!, mark: c, at: i };
      }
      continue;
    }
    if (open.family === 'double') {
      // Mixed typography (“…," or "…”, common where a CMS straightened only some marks): a curly closer closes a
      // straight quote, and a straight mark at the end of a word a curly one, unless it closes a straight
      // quote nested inside (“Fair and "free" votes”).
      if (c === '"' && open.mark !== '"') {
        if (open.nested) {
          open.nested = false;
          continue;
        }
        if (canOpenDouble(text, i)) {
          open.nested = true;
          continue;
        }
      }
      const closes = c === '”' || (c === '"' && (open.mark === '"' || canCloseDouble(text, i, paragraph.end)));
      if (closes) {
        stretches.push({ start: open.at + 1, end: i, openMark: open.at, closeMark: i, paragraph: paragraphIndex });
        open = null;
      } else if (open.mark !== '"' && (c === '“' || c === '„')) {
        // A second opener before any closer: the first one was never closed. Start again from here.
        open = { family: 'double', mark: c, at: i };
      }
    } else if (open.family === 'guillemet') {
      if (c === '»') {
        stretches.push({ start: open.at + 1, end: i, openMark: open.at, closeMark: i, paragraph: paragraphIndex });
        open = null;
      }
    } else if ((c === '’' && open.mark === '‘') || (c === "'" && open.mark === "'")) {
      if (canCloseSingle(text, i, paragraph.end)) {
        stretches.push({ start: open.at + 1, end: i, openMark: open.at, closeMark: i, paragraph: paragraphIndex });
        open = null;
      }
    }
  }
  // Only a double quote (or guillemet) may run to the paragraph's end: that is how a multi-paragraph quote
  // is written. An unclosed single mark is far more often an apostrophe than a quote.
  if (open !== null && open.family !== 'single') {
    stretches.push({
      start: open.at + 1,
      end: trimEnd(text, open.at + 1, paragraph.end),
      openMark: open.at,
      closeMark: null,
      paragraph: paragraphIndex,
    });
  }
  // A stretch with no letter or digit ("“”", "“ ”") quotes nothing.
  return stretches.filter((s) => /[\p{L}\p{N}]/u.test(text.slice(s.start, s.end)));
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  return end;
}

/** True when the paragraph's first non-space character opens a double quote (the sign of a continued quote). */
export function opensWithQuote(text: string, paragraph: Span): boolean {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i]!)) i++;
  return i < paragraph.end && (text[i] === '“' || text[i] === '"' || text[i] === '„' || text[i] === '«');
}

export interface QuoteChainLink extends QuoteStretch {
  /** Index of the first stretch of the multi-paragraph quote this stretch belongs to (itself when it starts one). */
  chainStart: number;
}

/**
 * Every quoted stretch in the body. A stretch left open at a paragraph's end is kept only when the next
 * paragraph reopens with a mark (the convention for a quote that runs over several paragraphs); otherwise
 * the mark is unbalanced and the stretch is dropped rather than guessed.
 */
export function findQuoteStretches(text: string, paragraphs: readonly Span[]): QuoteChainLink[] {
  const marks = markOffsets(text);
  const perParagraph = paragraphs.map((p, i) => scanParagraph(text, p, i, marks));
  const result: QuoteChainLink[] = [];
  let chainOpenFrom: number | null = null; // index in result of the chain's first stretch, while a chain is open
  for (let p = 0; p < perParagraph.length; p++) {
    const stretches = perParagraph[p]!;
    for (let k = 0; k < stretches.length; k++) {
      const s = stretches[k]!;
      const continuesChain: boolean =
        chainOpenFrom !== null &&
        k === 0 &&
        opensWithQuote(text, paragraphs[p]!) &&
        s.openMark === firstNonSpace(text, paragraphs[p]!);
      const chainStart: number = continuesChain ? chainOpenFrom! : result.length;
      if (s.closeMark === null) {
        const next = paragraphs[p + 1];
        if (!next || !opensWithQuote(text, next)) {
          chainOpenFrom = null;
          continue; // unbalanced: drop
        }
        result.push(linkOf(s, chainStart));
        chainOpenFrom = chainStart;
      } else {
        result.push(linkOf(s, chainStart));
        chainOpenFrom = null;
      }
    }
    if (stretches.length === 0) chainOpenFrom = null;
  }
  return result;
}

/** Written out rather than spread: an object spread here cost more than the rest of the loop. */
function linkOf(s: QuoteStretch, chainStart: number): QuoteChainLink {
  return {
    start: s.start,
    end: s.end,
    openMark: s.openMark,
    closeMark: s.closeMark,
    paragraph: s.paragraph,
    chainStart,
  };
}

function firstNonSpace(text: string, paragraph: Span): number {
  let i = paragraph.start;
  while (i < paragraph.end && /\s/.test(text[i]!)) i++;
  return i;
}
