/**
 * "A spokesman for Ann Lee said", "a lawyer for the Harbor Council told": read backwards from the verb, the
 * subject phrase stops at the name after the preposition, but the one who speaks is the described source that
 * the name completes. Such a source stays unnamed (speaker rule unnamed-source), never the person or
 * organization it works for, as the guidelines keep "a spokesman" apart from whom he speaks for.
 */
import type { Span, Token } from '@dossier/core';
import { firstTokenAtOrAfter } from './tokens.js';
import type { QuoteVocabulary } from './vocabulary.js';

/** The prepositions that join a source noun to whom it speaks for ("for", "of", "at", "with", "in", "from"). */
const JOINING = /^(?:for|of|at|with|in|from)$/;
/** How many modifiers may stand between the determiner and the source noun ("a senior campaign spokesman"). */
const MAX_MODIFIERS = 3;

/**
 * Where the indefinite described source that owns `phrase` begins ("a spokesman for " before "Ann Lee"), or
 * null when the phrase is not the object of such a source's preposition. Looks no further back than `floor`.
 */
export function describedSourceFor(
  tokens: readonly Token[],
  phrase: Span,
  floor: number,
  vocabulary: QuoteVocabulary,
): number | null {
  const first = firstTokenAtOrAfter(tokens, phrase.start);
  const preposition = tokens[first - 1];
  if (!preposition || preposition.start < floor || !JOINING.test(preposition.lower)) return null;
  const head = tokens[first - 2];
  if (!head || head.start < floor || head.pos !== 'NOUN' || !vocabulary.unnamedHeads.has(head.lower)) return null;
  // "Officials in Ruritania said": a bare plural needs no determiner; it opens the phrase itself.
  const barePlural = /s$/.test(head.lower);
  let opening = head.start;
  for (let k = first - 3, steps = 0; k >= 0 && tokens[k]!.start >= floor && steps <= MAX_MODIFIERS; k--, steps++) {
    const t = tokens[k]!;
    if (vocabulary.indefinites.has(t.lower) || t.pos === 'NUM') return t.start;
    if (!['ADJ', 'NOUN', 'PROPN'].includes(t.pos)) return barePlural && opensPhrase(t) ? opening : null;
    opening = t.start;
  }
  return barePlural && (first - 3 < 0 || tokens[first - 3]!.start < floor) ? opening : null;
}

/** What may stand before a bare plural subject: a comma, a conjunction, a quote mark or an adverb. */
function opensPhrase(t: Token): boolean {
  return ['PUNCT', 'CCONJ', 'SCONJ', 'ADV'].includes(t.pos);
}
