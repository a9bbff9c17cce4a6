/**
 * "Avery Lane (South Africa) 68 70", "Avery Lane (Trinidad) 20.37": results and lists give a player's country
 * or home in brackets right after the name. Kept apart from find.ts so that the rule reads on its own.
 */
import type { EntityLexicon } from './lexicon.js';
import type { Word } from './words.js';

/** No country or place a lexicon holds is longer than this many words inside the brackets ("Bosnia and Herzegovina"). */
const MAX_BRACKET_WORDS = 3;

/** Whether words from `at` are "(", a country, demonym or known place, and ")" — all in one sentence. */
export function countryInBrackets(lex: EntityLexicon, words: readonly Word[], at: number): boolean {
  const open = words[at];
  if (open?.text !== '(') return false;
  let inside = '';
  for (let k = at + 1; k <= at + MAX_BRACKET_WORDS; k++) {
    const w = words[k];
    if (!w || w.sentence !== open.sentence || w.punct) return false;
    inside = inside ? `${inside} ${w.text}` : w.text;
    if (words[k + 1]?.text !== ')') continue;
    return lex.countries.byName.has(inside) || lex.countries.byDemonym.has(inside) || lex.places.has(inside);
  }
  return false;
}
