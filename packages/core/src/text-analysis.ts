/**
 * Tokens, parts of speech and sentences for an article body, from wink-nlp's English lite model
 * (chosen for its accuracy on news sentences and its speed, 1.2–1.7 MB/s here; see ../README.md).
 * All offsets are UTF-16 indices into the text that was analysed.
 */
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import type { Span } from './spans.js';

export interface Token extends Span {
  /** Universal POS tag from wink (PROPN, NOUN, VERB, AUX, PUNCT, …). */
  pos: string;
  /** The token text lower-cased, for lexicon look-ups. */
  lower: string;
}

export interface Sentence extends Span {
  /** 0-based paragraph index. */
  paragraph: number;
  /** Index of the first token of the sentence in the tokens array, and one past the last. */
  tokenStart: number;
  tokenEnd: number;
}

export interface TextAnalysis {
  tokens: Token[];
  sentences: Sentence[];
}

let nlp: ReturnType<typeof winkNLP> | undefined;
function getNlp() {
  // Only sentence boundaries and part-of-speech tags are read; wink's default pipe also runs negation,
  // sentiment and named-entity automata, which cost a third of its time and change neither tokens nor tags.
  nlp ??= winkNLP(model, ['sbd', 'pos']);
  return nlp;
}

const WHITESPACE_ONLY = /^\s*$/u;

/**
 * Tokenizes `text` and splits it into sentences that never cross a paragraph boundary.
 * `paragraphs` are the paragraph spans (UTF-16) in order; every sentence lies inside one of them.
 */
export function analyzeText(text: string, paragraphs: readonly Span[]): TextAnalysis {
  const nlp = getNlp();
  const its = nlp.its;
  const doc = nlp.readDoc(text);
  const values = doc.tokens().out() as string[];
  const spaces = doc.tokens().out(its.precedingSpaces) as string[];
  const tags = doc.tokens().out(its.pos) as string[];

  // wink is lossless on ordinary text; where it is not (odd control characters), we re-find each token.
  const winkToOurs = new Int32Array(values.length).fill(-1);
  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    offset += spaces[i]!.length;
    if (!text.startsWith(value, offset)) {
      const found = text.indexOf(value, offset);
      if (found < 0) continue;
      offset = found;
    }
    if (!WHITESPACE_ONLY.test(value)) {
      winkToOurs[i] = tokens.length;
      tokens.push({ start: offset, end: offset + value.length, pos: tags[i]!, lower: value.toLowerCase() });
    }
    offset += value.length;
  }

  const winkSentences: Array<[number, number]> = [];
  doc.sentences().each((sentence: { out: (f: typeof its.span) => unknown }) => {
    winkSentences.push(sentence.out(its.span) as unknown as [number, number]);
  });

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
    if (runStart < 0) continue;
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
  return { tokens, sentences };
}
