/**
 * The event lexicons (packages/lexicons/data/event-triggers.json and event-status-cues.json), compiled once
 * into token sequences indexed by their first word, so that matching a sentence is one pass over its tokens.
 */
import { loadLexicon } from '@dossier/lexicons';
import type { Token } from '@dossier/core';

export type TriggerKind = 'noun' | 'verb' | 'either';

interface TriggerEntry {
  phrase: string;
  type: string;
  kind: TriggerKind;
  notFollowedBy?: string[];
  notPrecededBy?: string[];
}

export interface CompiledTrigger {
  phrase: string;
  words: string[];
  type: string;
  kind: TriggerKind;
  notFollowedBy: string[][];
  notPrecededBy: string[][];
}

export type CueClass =
  | 'negation'
  | 'conditional'
  | 'possibility'
  | 'future'
  | 'proposal'
  | 'hedge'
  | 'would'
  | 'denial';
const CUE_CLASSES: readonly CueClass[] = [
  'negation',
  'conditional',
  'possibility',
  'future',
  'proposal',
  'hedge',
  'would',
  'denial',
];

interface CueEntry {
  class: CueClass;
  cue: string;
}

export interface CompiledCue {
  cue: string;
  words: string[];
  cueClass: CueClass;
}

/** Splits a lexicon phrase the way wink tokenizes text: on spaces, with hyphens as tokens of their own. */
export function phraseWords(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/-/g, ' - ')
    .split(/\s+/)
    .filter((w) => w !== '');
}

/** A token's text for lexicon look-ups: lower case, curly apostrophes straightened. */
export function tokenWord(token: Token): string {
  // Called for nearly every token of every clause: most words have no curly apostrophe, so skip the replace.
  const lower = token.lower;
  return lower.includes('’') ? lower.replace(CURLY_APOSTROPHE, "'") : lower;
}

const CURLY_APOSTROPHE = /’/g;

export interface PhraseIndex<T extends { words: string[] }> {
  byFirstWord: Map<string, T[]>;
}

function indexPhrases<T extends { words: string[] }>(items: T[]): PhraseIndex<T> {
  const byFirstWord = new Map<string, T[]>();
  for (const item of items) {
    const list = byFirstWord.get(item.words[0]!) ?? [];
    list.push(item);
    byFirstWord.set(item.words[0]!, list);
  }
  // Longest phrase first, so that "declined to comment" wins over "declined".
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord };
}

let triggers: PhraseIndex<CompiledTrigger> | undefined;
let cues: PhraseIndex<CompiledCue> | undefined;

export function triggerIndex(): PhraseIndex<CompiledTrigger> {
  if (!triggers) {
    const lexicon = loadLexicon<TriggerEntry>('event-triggers');
    triggers = indexPhrases(
      lexicon.entries.map((e, i) => {
        if (!e.phrase || !e.type || !['noun', 'verb', 'either'].includes(e.kind)) {
          throw new Error(
            `lexicon event-triggers entry ${i}: expected {phrase, type, kind: noun|verb|either}, found ${JSON.stringify(e)}`,
          );
        }
        return {
          phrase: e.phrase,
          words: phraseWords(e.phrase),
          type: e.type,
          kind: e.kind,
          notFollowedBy: (e.notFollowedBy ?? []).map(phraseWords),
          notPrecededBy: (e.notPrecededBy ?? []).map(phraseWords),
        };
      }),
    );
  }
  return triggers;
}

export function cueIndex(): PhraseIndex<CompiledCue> {
  if (!cues) {
    const lexicon = loadLexicon<CueEntry>('event-status-cues');
    cues = indexPhrases(
      lexicon.entries.map((e, i) => {
        if (!e.cue || !CUE_CLASSES.includes(e.class)) {
          throw new Error(
            `lexicon event-status-cues entry ${i}: expected {class: ${CUE_CLASSES.join('|')}, cue}, found ${JSON.stringify(e)}`,
          );
        }
        return { cue: e.cue, words: phraseWords(e.cue), cueClass: e.class };
      }),
    );
  }
  return cues;
}

const wordsOfTokens = new WeakMap<readonly Token[], string[]>();

/**
 * tokenWord of every token of an article, computed once: clauses, triggers and status cues read the same
 * words over and over. The token array must not change afterwards.
 */
export function tokenWords(tokens: readonly Token[]): readonly string[] {
  let words = wordsOfTokens.get(tokens);
  if (!words) {
    // Pushed onto a literal rather than built by map(): map's result has holey or packed elements depending on
    // whether V8 runs it optimized or not, and every loop that reads the words deoptimized on the other kind.
    words = [];
    for (const token of tokens) words.push(tokenWord(token));
    wordsOfTokens.set(tokens, words);
  }
  return words;
}

/** Does `phrase` occur at words[at…] (within [from, to))? `words` as tokenWords returns them. */
export function wordsAt(
  words: readonly string[],
  at: number,
  phrase: readonly string[],
  from: number,
  to: number,
): boolean {
  if (at < from || at + phrase.length > to) return false;
  for (let k = 0; k < phrase.length; k++) if (words[at + k] !== phrase[k]) return false;
  return true;
}

/**
 * The longest phrase of `index` that starts at word `at` and that `accept` (if given) accepts, or null. `accept`
 * is told `at`, so that a caller scanning many positions can pass one function rather than one per position.
 */
export function longestAt<T extends { words: string[] }>(
  index: PhraseIndex<T>,
  words: readonly string[],
  at: number,
  from: number,
  to: number,
  accept?: (item: T, at: number) => boolean,
): T | null {
  const candidates = index.byFirstWord.get(words[at]!);
  if (!candidates) return null;
  for (const c of candidates)
    if (wordsAt(words, at, c.words, from, to) && (accept === undefined || accept(c, at))) return c;
  return null;
}
