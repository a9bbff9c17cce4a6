/**
 * The events lexicons' per-token tests as word-layer bits (../word-layer.ts), read off the article's token
 * layer instead of hashing each token's word into each set. Each bit is a function of `token.lower` alone (the
 * word straightened as tokenWord does), so the layer answers exactly what the sets would.
 */
import { wordsOfKind } from '@dossier/lexicons';
import { tokenFlag } from '../word-layer.js';
import { cueIndex, triggerIndex } from './lexicon.js';

/** tokenWord() of a token whose lower case is `lower`. */
function straightened(lower: string): string {
  return lower.includes('’') ? lower.replace(/’/g, "'") : lower;
}

/** The first word of some event trigger (lexicon event-triggers). */
export const TRIGGER_START = tokenFlag('events:trigger-start', (lower) =>
  triggerIndex().byFirstWord.has(straightened(lower)),
);
/** The first word of some status cue (lexicon event-status-cues). */
export const CUE_START = tokenFlag('events:cue-start', (lower) => cueIndex().byFirstWord.has(straightened(lower)));

const CLAUSE_OPENERS = wordsOfKind('event-argument-words', 'clause-opener');
/** Punctuation after which splitClauses may cut or close a relative clause. */
const CLAUSE_MARKS = new Set([',', ';', ':', '-', '—', '–']);

/** A word that may follow a cut (clauses.ts: a conjunction that opens a clause). */
export const CLAUSE_OPENER = tokenFlag('events:clause-opener', (lower) => CLAUSE_OPENERS.has(straightened(lower)));
/** A mark that may precede a cut (clauses.ts: , ; : and dashes). */
export const CLAUSE_MARK = tokenFlag('events:clause-mark', (lower) => CLAUSE_MARKS.has(straightened(lower)));
