/**
 * More evidence that a capitalized name of two or more words is a person, from the words around it (issue 17:
 * unfamiliar names on unseen wire text). Each cue is a function of its own; find.ts asks them after its own.
 */
import type { EntityLexicon } from './lexicon.js';
import type { Word } from './words.js';

/** A monarch's or pope's regnal number after the name: "Henry VIII", "Leo XIII" (I to XXX). */
export const REGNAL_NUMBER = /^(?:X{0,2}(?:IX|IV|V?I{0,3})|XXX)$/;

/** "Henry VIII": a given name and a regnal number; the number, in capitals, is no shouting. */
export function regnalName(lex: EntityLexicon, words: readonly Word[], from: number, to: number): boolean {
  const last = words[to - 1]!.text;
  return to - from === 2 && last !== '' && REGNAL_NUMBER.test(last) && lex.isGivenName(words[from]!.text);
}

/**
 * `…," said Avery Lane.`: the inverted subject of "said", ending the sentence or followed by a comma
 * (", a 30-year-old woman"): what says something there is a person, an organization being one word or
 * led by "the".
 */
export function invertedSaidSubject(words: readonly Word[], from: number, to: number): boolean {
  const prev = words[from - 1];
  const first = words[from]!;
  const next = words[to];
  if (prev?.lower !== 'said' || prev.sentence !== first.sentence) return false;
  return next === undefined || next.sentence !== first.sentence || next.text === '.' || next.text === ',';
}

/**
 * "Avery Lane, former editor of the daily", "Avery Lane, president of the breakaway republic": an apposition
 * that opens with a title noun (after "former" or "a former" at most) followed by "of" or ending the clause.
 */
export function titleApposition(lex: EntityLexicon, words: readonly Word[], to: number): boolean {
  const comma = words[to];
  if (comma?.text !== ',') return false;
  let k = to + 1;
  if (words[k]?.lower === 'a' || words[k]?.lower === 'the') k++;
  if (words[k]?.lower === 'former') k++;
  const head = words[k];
  if (!head || head.cap || head.sentence !== comma.sentence || !lex.titles.heads.has(head.lower)) return false;
  if (lex.titles.heads.get(head.lower)!.weak) return false;
  const after = words[k + 1];
  return after?.lower === 'of' || after?.text === ',';
}

/** Only the top of a story holds its byline: the headline and at most a kicker or two come before it. */
const BYLINE_MAX_SENTENCE = 3;
const NAME_WORD = /^\p{Lu}\p{Ll}/u;

/**
 * A byline on its own line near the top of a wire story ("Ilse Varga" between the headline and the dateline):
 * a sentence that is nothing but two or three capitalized words, no stop after them.
 */
export function bylineLine(words: readonly Word[], from: number, to: number): boolean {
  const first = words[from]!;
  const n = to - from;
  if (n < 2 || n > 3 || first.sentence > BYLINE_MAX_SENTENCE) return false;
  const before = words[from - 1];
  const after = words[to];
  if (before?.sentence === first.sentence || after?.sentence === first.sentence) return false;
  for (let k = from; k < to; k++) if (!NAME_WORD.test(words[k]!.text)) return false;
  return true;
}
