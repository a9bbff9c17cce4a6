/** Finds event triggers in a clause: the longest lexicon phrase at each token, outside quotations. */
import type { ArticleDoc } from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';
import type { Clause } from './clauses.js';
import { coverageTest } from './clauses.js';
import { longestAt, tokenWords, triggerIndex, wordsAt, type CompiledTrigger } from './lexicon.js';
import type { Span } from '@dossier/core';
import { articleWordLayer } from '../word-layer.js';
import { TRIGGER_START } from './word-flags.js';

export interface Trigger extends Span {
  type: string;
  /** Token range of the trigger. */
  tokenStart: number;
  tokenEnd: number;
  /** Named ("the talks") or predicated ("they met"). */
  nominal: boolean;
  phrase: string;
}

const NOUN_POS = new Set(['NOUN', 'PROPN']);
/** Words after which an ambiguous trigger is a noun ("the attack"). */
const NOMINAL_LEFT = wordsOfKind('event-argument-words', 'nominal-left');

function excluded(words: readonly string[], clause: Clause, at: number, t: CompiledTrigger): boolean {
  const after = at + t.words.length;
  for (const phrase of t.notFollowedBy)
    if (wordsAt(words, after, phrase, clause.tokenStart, clause.tokenEnd)) return true;
  for (const phrase of t.notPrecededBy)
    if (wordsAt(words, at - phrase.length, phrase, clause.tokenStart, clause.tokenEnd)) return true;
  return false;
}

export function findTriggers(doc: ArticleDoc, clause: Clause, quoted: readonly Span[]): Trigger[] {
  const layer = articleWordLayer(doc.tokens);
  // Most clauses hold no trigger's first word: one pass over the layer's bits settles them.
  if (!layer.anyIn(TRIGGER_START, clause.tokenStart, clause.tokenEnd)) return [];
  const flags = layer.flags;
  const index = triggerIndex();
  const found: Trigger[] = [];
  const words = tokenWords(doc.tokens);
  const isQuoted = coverageTest(quoted);
  const accept = (t: CompiledTrigger, at: number) => !excluded(words, clause, at, t);
  let j = clause.tokenStart;
  while (j < clause.tokenEnd) {
    const token = doc.tokens[j]!;
    // Most words start no trigger: that look-up comes first, the quote test (a binary search) only after it.
    if ((flags[j]! & TRIGGER_START) === 0 || isQuoted(token.start)) {
      j++;
      continue;
    }
    const match = longestAt(index, words, j, clause.tokenStart, clause.tokenEnd, accept);
    if (!match) {
      j++;
      continue;
    }
    const last = doc.tokens[j + match.words.length - 1]!;
    // A possessive or a determiner before the phrase makes it a noun whatever the tagger says ("Okafor's call for").
    const before = j > clause.tokenStart ? words[j - 1]! : '';
    const nominal =
      match.kind === 'noun' || (match.kind === 'either' && (NOUN_POS.has(last.pos) || NOMINAL_LEFT.has(before)));
    found.push({
      type: match.type,
      start: token.start,
      end: last.end,
      tokenStart: j,
      tokenEnd: j + match.words.length,
      nominal,
      phrase: match.phrase,
    });
    j += match.words.length;
  }
  return found;
}
