/**
 * A one-word place or country can be the surname of a person the story names in full ("Dana Jordan … Jordan
 * said", "Lee Holland … Holland was moved"). find.ts retypes such a word as a name when the full name has person
 * evidence of its own; this file adds the second way to know it: the lone word is used like a person somewhere
 * in the story, which places and countries are not.
 */
import type { EntityLexicon } from './lexicon.js';
import type { Run } from './segments.js';
import type { Word } from './words.js';

/** "Holland, who climbed back": a place is followed by ", which" or ", where", a person by ", who". */
const PERSON_RELATIVES = new Set(['who', 'whose', 'whom']);

/**
 * Whether the one-word place or country at word `at` reads like a person: followed by ", who", or the inverted
 * subject of "said" closing a sentence (`…," said Holland.`). "Jordan said" and "Jordan's film" are not enough:
 * governments say things and countries own things.
 */
function usedLikePerson(words: readonly Word[], at: number): boolean {
  const w = words[at]!;
  const next = words[at + 1];
  const next2 = words[at + 2];
  if (next?.text === ',' && next2 && next2.sentence === w.sentence && PERSON_RELATIVES.has(next2.lower)) return true;
  // "…," said Holland." : a country is never the inverted subject after a quote.
  const prev = words[at - 1];
  return prev?.lower === 'said' && prev.sentence === w.sentence && (next === undefined || next.punct);
}

/**
 * Surnames of two- and three-word names the story writes whose last word is, elsewhere in the story, a lone
 * place or country used like a person. `runs` are read as segmented; nothing is changed here.
 */
export function surnamesUsedLikePersons(lex: EntityLexicon, words: readonly Word[], runs: readonly Run[]): Set<string> {
  const lone = new Set<string>();
  for (const run of runs) {
    if (run.segments.length !== 1) continue;
    const seg = run.segments[0]!;
    if ((seg.kind === 'place' || seg.kind === 'country') && seg.to - seg.from === 1 && usedLikePerson(words, seg.from))
      lone.add(words[seg.from]!.text);
  }
  const out = new Set<string>();
  if (lone.size === 0) return out;
  for (const run of runs) {
    for (const seg of run.segments) {
      const n = seg.to - seg.from;
      if (seg.kind !== 'name' || n < 2 || n > 3) continue;
      const last = words[seg.to - 1]!.text;
      if (lone.has(last) && !lex.nonNames.has(last)) out.add(last);
    }
  }
  return out;
}
