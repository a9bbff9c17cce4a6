/**
 * Tokens, parts of speech and sentences for an article body, from wink-nlp's English lite model
 * (chosen for its accuracy on news sentences and its speed; see ../README.md).
 * All offsets are UTF-16 indices into the text that was analysed.
 */
import type { Span, Token, Sentence, TextAnalysis } from '@dossier/core';
import { isSpace, splitOverlongRuns } from './overlong-runs.js';
import { withWink, type Wink } from './wink-instance.js';

/** True when `value` is empty or white space only (as `/^\s*$/u` tests, without a regex per token). */
function isBlank(value: string): boolean {
  for (let i = 0; i < value.length; i++) if (!isSpace(value.charCodeAt(i))) return false;
  return true;
}

/**
 * Tokenizes `text` and splits it into sentences that never cross a paragraph boundary.
 * `paragraphs` are the paragraph spans (UTF-16) in order; every sentence lies inside one of them.
 */
export function analyzeText(text: string, paragraphs: readonly Span[]): TextAnalysis {
  return withWink((nlp) => analyzeWith(nlp, text, paragraphs));
}

function analyzeWith(nlp: Wink, text: string, paragraphs: readonly Span[]): TextAnalysis {
  const its = nlp.its;
  // wink's tokenizer takes time quadratic in a word's length; it reads a copy whose overlong runs are cut by
  // spaces (same length, so every offset holds), and each such run becomes one token again below.
  const { text: winkInput, runs } = splitOverlongRuns(text);
  const doc = nlp.readDoc(winkInput);
  const winkTokens = doc.tokens();
  const values = winkTokens.out() as string[];
  const spaces = winkTokens.out(its.precedingSpaces) as string[];
  const tags = winkTokens.out(its.pos) as string[];
  // wink hands every occurrence of a word form the same string (its lexicon's entry), and so does toLowerCase
  // when the form is in lower case already: tokens keep those strings, so that a look-up of a token's `text` or
  // `lower` in a Map or Set finds the hash computed and the key by identity (a fresh slice per occurrence paid
  // a hash computation in V8's runtime and a character comparison). Where runs were cut, wink's strings differ
  // from the text's inside them, and the text is sliced instead.
  const valuesAreText = runs.length === 0;

  // wink is lossless on ordinary text; where it is not (odd control characters), we re-find each token.
  const winkToRaw = new Int32Array(values.length);
  const rawTokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    winkToRaw[i] = -1;
    offset += spaces[i]!.length;
    if (!winkInput.startsWith(value, offset)) {
      const found = winkInput.indexOf(value, offset);
      if (found < 0) continue;
      offset = found;
    }
    if (!isBlank(value)) {
      winkToRaw[i] = rawTokens.length;
      const end = offset + value.length;
      const tokenText = valuesAreText ? value : text.slice(offset, end);
      rawTokens.push({ start: offset, end, pos: tags[i]!, lower: tokenText.toLowerCase(), text: tokenText });
    }
    offset += value.length;
  }
  // Without runs every raw token is final, so wink's indices map to ours as they are.
  let tokens = rawTokens;
  let winkToOurs = winkToRaw;
  if (!valuesAreText) {
    const merged = mergeRunTokens(text, rawTokens, runs);
    tokens = merged.tokens;
    winkToOurs = winkToRaw.map((raw) => (raw < 0 ? -1 : merged.indexOf[raw]!));
  }

  const winkSentences: Array<[number, number]> = [];
  doc.sentences().each((sentence: { out: (f: typeof its.span) => unknown }) => {
    winkSentences.push(sentence.out(its.span) as unknown as [number, number]);
  });
  return { tokens, sentences: sentencesOf(text, tokens, winkToOurs, winkSentences, paragraphs) };
}

/**
 * Turns the tokens wink found inside each cut run back into one token covering the whole run (tagged X,
 * "other", as wink tags strings it cannot read). `indexOf` maps each raw token's index to its final one.
 */
function mergeRunTokens(text: string, rawTokens: Token[], runs: readonly Span[]) {
  const tokens: Token[] = [];
  const indexOf: number[] = [];
  let run = 0;
  for (const token of rawTokens) {
    while (run < runs.length && runs[run]!.end <= token.start) run++;
    const inside = runs[run] !== undefined && token.start >= runs[run]!.start;
    if (!inside) {
      indexOf.push(tokens.length);
      tokens.push(token);
      continue;
    }
    const { start, end } = runs[run]!;
    const last = tokens[tokens.length - 1];
    if (last?.start !== start) {
      const runText = text.slice(start, end);
      tokens.push({ start, end, pos: 'X', lower: runText.toLowerCase(), text: runText });
    }
    indexOf.push(tokens.length - 1);
  }
  return { tokens, indexOf };
}

function sentencesOf(
  text: string,
  tokens: readonly Token[],
  winkToOurs: Int32Array,
  winkSentences: ReadonlyArray<[number, number]>,
  paragraphs: readonly Span[],
): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let tokenIndex = 0;
  for (const [first, last] of winkSentences) {
    // Collect our tokens for this wink sentence, then cut the run wherever a paragraph ends.
    let runStart = -1;
    let runEnd = -1;
    for (let w = first; w <= last; w++) {
      const ours = winkToOurs[w]!;
      if (ours < 0) continue;
      if (runStart < 0) runStart = ours;
      runEnd = ours + 1;
    }
    // A merged run token that wink split between two sentences belongs to the first of them.
    if (runStart < tokenIndex) runStart = tokenIndex;
    if (runStart < 0 || runStart >= runEnd) continue;
    tokenIndex = runStart;
    while (tokenIndex < runEnd) {
      while (paragraph < paragraphs.length - 1 && tokens[tokenIndex]!.start >= paragraphs[paragraph]!.end) paragraph++;
      const paragraphEnd = paragraphs[paragraph]?.end ?? text.length;
      let stop = tokenIndex;
      while (stop < runEnd && tokens[stop]!.start < paragraphEnd) stop++;
      if (stop === tokenIndex) stop = tokenIndex + 1;
      sentences.push({
        start: tokens[tokenIndex]!.start,
        end: tokens[stop - 1]!.end,
        paragraph,
        tokenStart: tokenIndex,
        tokenEnd: stop,
      });
      tokenIndex = stop;
    }
  }
  return sentences;
}
