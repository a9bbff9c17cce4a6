/**
 * Seasons without "the", "this" or a year: "after a summer of floods", "the bank's autumn meetings", "during
 * winter". TIMEX3 annotates a season however it is introduced, and the MEANTIME and news gold do; rules-periods.ts
 * reads the forms with a determiner or a year. A bare season word is often something else ("a spring" of water,
 * "a fall" in prices, "Winter Olympics", "a summer camp"), so it counts only where the word before makes it a
 * time: a possessive, "a summer of", or a preposition of time (lexicon temporal-context-words, sets
 * bare-season-possessors and bare-season-prepositions). "spring" and "fall", which are also a verb and a noun of
 * other kinds, count only after such a preposition.
 */
import { resolveSeason } from '@dossier/normalize';
import { candidate, scanGated, type Candidate } from './candidate.js';
import { contextWords, temporalLexicon } from './lexicon.js';
import { wordAfter, wordBefore } from './patterns.js';
import { gatedPattern, type WordIndex } from './words.js';

const BARE_SEASON = gatedPattern(
  'bare-season',
  ['spring', 'summer', 'autumn', 'fall', 'winter'],
  () => /\b(?<season>[Ss]pring|[Ss]ummer|[Aa]utumn|[Ff]all|[Ww]inter)\b(?![-'’])/dy,
);
const POSSESSORS = contextWords('bare-season-possessors');
const PREPOSITIONS = contextWords('bare-season-prepositions');
const INDEFINITE = new Set(['a', 'an', 'one']);
/** Seasons whose word is also a common verb or noun of another sense. */
const HOMOGRAPHS = new Set(['spring', 'fall']);
/** A year after the season ("summer 2024") is read by rules-periods.ts. */
const YEAR_AFTER = /^\s+(?:of\s+)?(?:19|20)\d\d\b/;

/** True when the words around the season at [start, end) make it a time rather than a name or another sense. */
function isBareSeason(body: string, start: number, end: number, season: string): boolean {
  if (YEAR_AFTER.test(body.slice(end, end + 10))) return false;
  // "Winter Olympics", "Summer Palace": a capitalized word after it makes a name.
  if (/^\s+\p{Lu}/u.test(body.slice(end, end + 3))) return false;
  const before = wordBefore(body, start);
  if (PREPOSITIONS.has(before)) return true;
  if (HOMOGRAPHS.has(season)) return false;
  // "a summer of protests" names one season; "a summer camp" is a kind of camp.
  if (INDEFINITE.has(before)) return wordAfter(body, end) === 'of';
  return POSSESSORS.has(before) || /['’]s$/.test(before);
}

/** Seasons with no determiner or year, where the context makes them a time; resolved by the clause's tense. */
export function bareSeasonCandidates(body: string, words: WordIndex): Candidate[] {
  const { seasons } = temporalLexicon();
  return scanGated(body, words, BARE_SEASON, (m) => {
    const season = m.groups!.season!.toLowerCase();
    const start = m.index;
    const end = start + m[0].length;
    if (!isBareSeason(body, start, end, season)) return null;
    const code = seasons.get(season)!;
    return candidate(start, end, 1, 'season', (ctx) => {
      const r = resolveSeason(ctx.published, code, null, null, ctx.direction(start, end));
      return { ...r, rule: `bare-${r.rule}` };
    });
  });
}
