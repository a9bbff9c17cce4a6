/**
 * Team sheets and scorers' lists name players with their shirt number or the minute of a goal, and often with
 * no given name a lexicon knows: "15 - Avery Lane, 14 - Sam Cole", "Scorers: Avery Lane (47th), Cole (88th pen)".
 * That notation is the evidence that the name is a player's.
 */
import type { Word } from './words.js';

/** The minute of a goal: "47th", "3rd", "90th". */
const MINUTE = /^\d{1,3}(?:st|nd|rd|th)$/;
/** A shirt number: 1 to 99. */
const SHIRT = /^[1-9]\d?$/;
const DASHES = new Set(['-', '–', '—']);
/** What follows a player in a team sheet: the next player, a substitute in brackets, the end of the line. */
const AFTER_PLAYER = new Set([',', '(', ';', '.']);

function sameSentence(a: Word | undefined, b: Word): a is Word {
  return a !== undefined && a.sentence === b.sentence;
}

/** "Avery Lane (47th)", "Cole (88th pen)": a name right before the bracketed minute of a goal. */
function beforeGoalMinute(words: readonly Word[], from: number, to: number): boolean {
  const bracket = words[to];
  const minute = words[to + 1];
  return (
    sameSentence(bracket, words[from]!) && bracket.text === '(' && minute !== undefined && MINUTE.test(minute.text)
  );
}

/** "14 - Sam Cole,": a name after a shirt number and a dash, followed by the next player or the line's end. */
function afterShirtNumber(words: readonly Word[], from: number, to: number): boolean {
  const first = words[from]!;
  const dash = words[from - 1];
  const number = words[from - 2];
  if (!sameSentence(dash, first) || !sameSentence(number, first)) return false;
  if (!DASHES.has(dash.text) || !SHIRT.test(number.text)) return false;
  const after = words[to];
  return !sameSentence(after, first) || AFTER_PLAYER.has(after.text);
}

/** Whether the name on words [from, to) is written as a player of a team sheet or a scorers' list. */
export function lineupPlayer(words: readonly Word[], from: number, to: number): boolean {
  return beforeGoalMinute(words, from, to) || afterShirtNumber(words, from, to);
}
