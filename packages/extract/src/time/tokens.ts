/** Look-ups from character offsets to tokens and sentences of an ArticleDoc (both sorted by offset). */
import type { ArticleDoc, Sentence, Token } from '@dossier/core';

/** Index of the first token whose end is after `offset` (the token at or right after the offset). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The sentence that contains `offset`, or null between sentences. */
export function sentenceAt(doc: ArticleDoc, offset: number): Sentence | null {
  const sentences = doc.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  const s = sentences[lo];
  return s && s.start <= offset ? s : null;
}
