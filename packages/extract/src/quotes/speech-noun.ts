/**
 * A quoted phrase in the complement of a noun of saying is the words of whoever owns that noun: its possessor
 * ("Ann Lee’s recent claim that the plan was “a disaster”", "in Ann Lee’s words, “…”") or the name after its
 * "of" or "by" ("the contention of Ann Lee that …", "a report by the Ledger that she “…”"). Nouns from lexicon
 * quote-attribution-words, kinds speech-noun and document.
 */
import type { Span } from '@dossier/core';
import type { Attribution } from './attribution.js';
import type { PhraseReader, TokenRange } from './noun-phrase.js';
import { tokenRange } from './tokens.js';
import type { QuoteVocabulary } from './vocabulary.js';

const POSSESSIVE = /^['’]s?$/;
const QUOTE_MARKS = new Set(['“', '”', '"']);
const OWNER_PREPOSITIONS = new Set(['of', 'by']);
/** How many tokens of the noun's complement may stand between the noun and the quote. */
const MAX_COMPLEMENT_TOKENS = 14;
/** How many modifiers may stand between the possessor and the noun ("Ann Lee's recent evidence-free claim"). */
const MAX_MODIFIERS = 5;
/** How long an owner after "of" may be ("the contention of former secretary of state Ann Lee that …"). */
const MAX_OWNER_TOKENS = 8;

/** The owner of the nearest noun of saying whose complement holds the quote; null when there is none. */
export function speechNounOwner(
  text: string,
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
  vocabulary: QuoteVocabulary,
): Attribution | null {
  const tokens = reader.tokens;
  const [from, to] = tokenRange(tokens, unit.start, quoteWithMarks.start);
  const farthest = to - 1 - MAX_COMPLEMENT_TOKENS - MAX_OWNER_TOKENS;
  for (let noun = to - 1; noun >= Math.max(from + 1, farthest); noun--) {
    const t = tokens[noun]!;
    // The complement ends the search: a clause boundary or another quote lies between the noun and the quote.
    if (t.lower === ';' || QUOTE_MARKS.has(t.lower)) return null;
    if (t.pos !== 'NOUN' || !(vocabulary.speechNouns.has(t.lower) || vocabulary.documents.has(t.lower))) continue;
    const owner = possessorOf(reader, noun, from) ?? complementOwner(reader, noun, to);
    if (!owner) return null;
    // The complement is what follows the noun, or its owner after "of"/"by": the owner's words do not count.
    const complementStart = owner[0] > noun ? owner[1] : noun + 1;
    if (to - complementStart > MAX_COMPLEMENT_TOKENS) return null;
    const clause = { start: unit.start, end: quoteWithMarks.start };
    return {
      cue: text.slice(t.start, t.end),
      cueSpan: { start: t.start, end: t.end },
      phrase: reader.span(owner),
      clause,
    };
  }
  return null;
}

/** "Ann Lee’s recent claim": the name before the possessive mark, past the noun's modifiers. */
function possessorOf(reader: PhraseReader, noun: number, floor: number): TokenRange | null {
  const tokens = reader.tokens;
  let k = noun - 1;
  for (let steps = 0; k > floor && steps < MAX_MODIFIERS; steps++, k--) {
    const t = tokens[k]!;
    if (POSSESSIVE.test(t.lower) && t.pos !== 'PUNCT') break;
    if (!['ADJ', 'NOUN', 'ADV'].includes(t.pos) && !reader.isWordHyphen(k)) return null;
  }
  if (k <= floor || !POSSESSIVE.test(tokens[k]!.lower) || tokens[k]!.pos === 'PUNCT') return null;
  const owner = reader.before(k, floor);
  return owner && reader.isCapitalised(owner[1] - 1) ? owner : null;
}

/** "the contention of Ann Lee that …", "a report by the Ledger that …": the phrase after "of" or "by". */
function complementOwner(reader: PhraseReader, noun: number, ceiling: number): TokenRange | null {
  const tokens = reader.tokens;
  if (!OWNER_PREPOSITIONS.has(tokens[noun + 1]?.lower ?? '')) return null;
  let end = noun + 2;
  while (end < ceiling && tokens[end]!.lower !== 'that' && tokens[end]!.pos !== 'PUNCT') end++;
  return end > noun + 2 && reader.isCapitalised(end - 1) ? [noun + 2, end] : null;
}
