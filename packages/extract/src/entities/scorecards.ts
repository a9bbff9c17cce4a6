/**
 * Cricket scorecards name players by their surnames alone, with no given name or title beside them, so their
 * evidence is the scorecard's own notation: "c Lane b Avery 13" (caught by Lane, bowled by Avery, 13 runs),
 * "st Lane b Avery", "lbw b Avery 0", and bowling figures "Avery 10-0-41-2" (overs-maidens-runs-wickets).
 * The dismissal letters are listed in lexicon name-context-words (dismissal-fielder, dismissal-bowler).
 */
import { wordsOfKind } from '@dossier/lexicons';
import type { Word } from './words.js';

const FIELDER_MARKS = wordsOfKind('name-context-words', 'dismissal-fielder');
const BOWLER_MARKS = wordsOfKind('name-context-words', 'dismissal-bowler');
/** Overs (maybe with balls of an unfinished over), maidens, runs, wickets: "10-0-41-2", "7.3-1-29-3". */
const BOWLING_FIGURES = /^\d{1,2}(?:\.\d)?-\d{1,2}-\d{1,3}-\d{1,2}$/;
const RUNS = /^\d{1,3}\*?$/;

/**
 * Whether the name on words [from, to) stands where a scorecard puts a player: between a fielder's letter and
 * the bowler's ("c Lane b"), between the bowler's letter and the runs ("b Avery 13"), or before bowling figures.
 * Each needs both sides of the notation, so a stray lower-case "c" or "b" in prose names nobody.
 */
export function scorecardPlayer(words: readonly Word[], from: number, to: number): boolean {
  const before = words[from - 1];
  const after = words[to];
  if (!after || after.sentence !== words[from]!.sentence) return false;
  if (BOWLING_FIGURES.test(after.text)) return true;
  if (!before || before.cap || before.sentence !== after.sentence) return false;
  if (FIELDER_MARKS.has(before.text)) return BOWLER_MARKS.has(after.text);
  return BOWLER_MARKS.has(before.text) && RUNS.test(after.text);
}
