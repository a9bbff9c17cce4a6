/**
 * "A leader of the state’s largest teachers union said lawmakers “missed the mark” …" then, opening the next
 * paragraph, "“…,” said Ann Lee, director of the Teachers Association.": news introduces a source by a
 * description and names them in the next paragraph. The description is that person when the naming
 * attribution shares one of its nouns ("teachers"); a described source with nothing in common stays unnamed.
 */
import type { Span, Token } from '@dossier/core';
import { tokenRange } from './tokens.js';

/** Shorter nouns ("man", "aide") are too common to tie two phrases together. */
const MIN_SHARED_LENGTH = 4;

/** Is the phrase one person described (an "a"/"an" phrase), not a group ("two officials")? */
export function describesOnePerson(tokens: readonly Token[], phrase: Span): boolean {
  const [from] = tokenRange(tokens, phrase.start, phrase.end);
  const first = tokens[from]?.lower;
  return first === 'a' || first === 'an';
}

/** Do the description and the naming attribution (quotes left out) share a noun? */
export function sharesNoun(
  tokens: readonly Token[],
  description: Span,
  naming: Span,
  quotes: readonly Span[],
): boolean {
  const nouns = (span: Span, skip: readonly Span[]) => {
    const [from, to] = tokenRange(tokens, span.start, span.end);
    return tokens
      .slice(from, to)
      .filter((t) => (t.pos === 'NOUN' || t.pos === 'PROPN') && t.lower.length >= MIN_SHARED_LENGTH)
      .filter((t) => !skip.some((q) => t.start >= q.start && t.end <= q.end))
      .map((t) => t.lower);
  };
  const described = new Set(nouns(description, []));
  return nouns(naming, quotes).some((w) => described.has(w));
}
