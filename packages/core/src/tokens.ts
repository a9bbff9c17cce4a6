/**
 * The shapes of tokens and sentences that ingest's text analysis produces and every later stage reads.
 * Only the types live here, so that core (and validate, export, release, which load core) never loads an NLP model.
 * All offsets are UTF-16 indices into the text that was analysed.
 */
import type { Span } from './spans.js';

export interface Token extends Span {
  /** Universal POS tag from wink (PROPN, NOUN, VERB, AUX, PUNCT, …). */
  pos: string;
  /** The token text lower-cased, for lexicon look-ups. */
  lower: string;
  /**
   * The token text, `body.slice(start, end)`. Ingest hands every occurrence of a word form the same string,
   * so a look-up of it in a Map or Set finds its hash already computed and its key by identity, where a fresh
   * slice per occurrence paid for both (see packages/ingest/README.md).
   */
  text: string;
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
