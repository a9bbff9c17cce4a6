/** Look-ups from character offsets to tokens and sentences of an ArticleDoc; binary searches from @dossier/core. */
import { firstEndingAfter, indexContaining, type ArticleDoc, type Sentence, type Token } from '@dossier/core';

/** Index of the first token whose end is after `offset` (the token at or right after the offset). */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  return firstEndingAfter(tokens, offset);
}

/** The sentence that contains `offset`, or null between sentences. */
export function sentenceAt(doc: ArticleDoc, offset: number): Sentence | null {
  const i = indexContaining(doc.sentences, offset);
  return i < 0 ? null : doc.sentences[i]!;
}
