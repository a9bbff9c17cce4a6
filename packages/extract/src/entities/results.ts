/**
 * Sports results and standings lines ("Avonford 2 Bexley 1", "AVONFORD 65 71 .478 16", "Avonford 238 and 303,
 * Bexley 471") name teams, and teams are organizations even when they carry a town's name: in such a line a
 * capitalized name followed by a score is a team, unless it reads as a person (a given name or initials first:
 * golf and tennis results list players the same way) or is a country (national sides keep their country).
 */
import { wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import { titleCased, type Run, type Segment } from './segments.js';
import type { Word } from './words.js';
import { wordFlag } from '../word-layer.js';

/** A score or a table figure: "2", "4-70", ".478", "108". Not a year or a date. */
const SCORE = /^(?:\d{1,3}(?:[-–/]\d{1,3})?|\.\d{3})$/;
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;

function isResultLine(lex: EntityLexicon, words: Word[], from: number, to: number): boolean {
  let scores = 0;
  let names = 0;
  let depth = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    // A bracket holds a side's country or the halftime score ("(halftime 1-0)", "(in 12)"), not the line's words.
    if (w.text === '(') depth++;
    else if (w.text === ')') depth = Math.max(0, depth - 1);
    if (depth > 0 || w.text === ')') continue;
    if (SCORE.test(w.text)) scores++;
    else if (w.cap) names++;
    else if (!w.punct && !lex.resultWords.has(w.lower)) return false;
  }
  return scores >= 1 && names >= 1;
}

const INTEGER = /^\d{1,3}$/;
/** A standings row has at least this many figures after the team: played, won, drawn, lost, for, against, points. */
const STANDINGS_FIGURES = 6;
/** Games played open a standings row; golf rows open with a round's score of 60 or more, and have only five. */
const MOST_GAMES_PLAYED = 59;

/**
 * "Avonford Athletic 4 1 1 2 3 3 4": a name followed by a standings table's figures is a team, whatever its
 * first word (a town may be a given name), since no results listing gives a person that many small figures.
 */
function standingsRow(words: Word[], at: number): boolean {
  const sentence = words[at - 1]!.sentence;
  let count = 0;
  for (let k = at; k < words.length && words[k]!.sentence === sentence && INTEGER.test(words[k]!.text); k++) count++;
  return count >= STANDINGS_FIGURES && Number(words[at]!.text) <= MOST_GAMES_PLAYED;
}

/**
 * "Avonford (Nordland) 92 Bexley (Sudmark) 81": a side with its country in brackets, then one plain score. Set
 * scores ("6-4"), times ("20.37") and a golfer's rounds ("71 75 70 69") are left out: tennis, athletics and golf
 * list players that way.
 */
function scoreAfterCountry(lex: EntityLexicon, words: Word[], at: number): boolean {
  if (words[at]?.text !== '(') return false;
  const close = words.findIndex((w, k) => k > at && k <= at + 4 && w.text === ')');
  if (close < 0) return false;
  const inside = words
    .slice(at + 1, close)
    .map((w) => w.text)
    .join(' ');
  const score = words[close + 1];
  return (
    lex.countries.byName.has(inside) &&
    score !== undefined &&
    INTEGER.test(score.text) &&
    !INTEGER.test(words[close + 2]?.text ?? '')
  );
}

/** Whether the words from `from` to the end of its sentence are a results line ("Avonford 259, Bexley 114"). */
export function resultsFollow(lex: EntityLexicon, words: Word[], from: number): boolean {
  const sentence = words[from]?.sentence;
  let to = from;
  while (to < words.length && words[to]!.sentence === sentence) to++;
  return to > from && isResultLine(lex, words, from, to);
}

function readsAsPerson(lex: EntityLexicon, words: Word[], run: Run, matchLine = false): boolean {
  const first = words[run.from]!;
  if (INITIAL.test(first.text)) return true;
  // A town in capitals ("KANSAS CITY 61 74 .452") is a standings table's team: capitals say nothing of a given name.
  const text = words
    .slice(run.from, run.to)
    .map((w) => w.text)
    .join(' ');
  if (text === text.toUpperCase() && lex.places.has(titleCased(text))) return false;
  // "Avonford 2 Bexley Rovers 1": two sides with one score each is a match, never two people's scores.
  if (matchLine) return false;
  // "Crystal Vale 1", "Leyton Orient 2", "Kansas City 4": a club word, a place's head or a known place ends a team.
  const last = words[run.to - 1]!;
  if (CLUB_WORDS.has(last.lower) || lex.placeHeads.has(last.text) || lex.places.has(text)) return false;
  return run.to - run.from >= 2 && lex.isGivenName(first.text);
}

const CLUB_WORDS = wordsOfKind('name-context-words', 'club-word');

/**
 * "Hull 0 Barnet 0", "London Welsh 27 Avonford 28": a line of exactly two sides, each followed by one plain
 * score, reports a match between teams when either side reads as no person (two names that each open with a
 * given name, "Avery Lane 5 Sam Cole 3", stay two players).
 */
function twoSidedMatchLine(lex: EntityLexicon, words: Word[], from: number, to: number): boolean {
  let sides = 0;
  let scores = 0;
  let sideFrom = -1;
  let teamLike = false;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (INTEGER.test(w.text)) {
      if (sideFrom < 0) return false;
      scores++;
      if (i - sideFrom < 2 || !lex.isGivenName(words[sideFrom]!.text)) teamLike = true;
      sideFrom = -1;
    } else if (w.cap) {
      if (sideFrom < 0) {
        sides++;
        sideFrom = i;
      }
    } else if (!(i === to - 1 && w.punct)) return false;
  }
  return sides === 2 && scores === 2 && sideFrom < 0 && teamLike;
}

/**
 * Segment kinds a team's name in a results line may be read as: a name, place or organization, "of", a demonym
 * after another word ("London Welsh"), and a sentence's first word that the tagger read as an ordinary one
 * ("Bury 4", "Hull 0": in a line of names and scores every capitalized word is a name), unless a lexicon of
 * calendar and function words knows it.
 */
function teamSegment(lex: EntityLexicon, words: Word[], seg: Segment, pieceFrom: number): boolean {
  if (seg.kind === 'name' || seg.kind === 'place' || seg.kind === 'org' || seg.kind === 'of') return true;
  if (seg.kind === 'demonym') return seg.from > pieceFrom;
  if (seg.kind !== 'skip' || seg.to - seg.from !== 1) return false;
  const word = words[seg.from]!;
  return word.sentenceInitial && !lex.nonNames.has(word.text) && !lex.nonNames.has(titleCased(word.text));
}

/**
 * Marks the teams of results lines as organizations in their runs, and returns the teams' names: a team named
 * in a results line is that team wherever the article names it (organizations.ts), even where a gazetteer
 * would read a town ("Kent made up for lost time").
 */
export function findTeamsInResults(lex: EntityLexicon, words: Word[], runs: readonly Run[]): Set<string> {
  const teams = new Set<string>();
  const lineOf = new Map<number, boolean>();
  const matchLineOf = new Map<number, boolean>();
  const sentenceBounds = new Map<number, { from: number; to: number }>();
  for (const w of words) {
    const b = sentenceBounds.get(w.sentence);
    if (b) b.to = w.index + 1;
    else sentenceBounds.set(w.sentence, { from: w.index, to: w.index + 1 });
  }
  for (const run of runs) {
    const s = words[run.from]!.sentence;
    let result = lineOf.get(s);
    if (result === undefined) {
      const b = sentenceBounds.get(s)!;
      result = isResultLine(lex, words, b.from, b.to);
      lineOf.set(s, result);
    }
    if (!result || !run.segments.every((seg) => teamSegment(lex, words, seg, run.from))) continue;
    let matchLine = matchLineOf.get(s);
    if (matchLine === undefined) {
      const b = sentenceBounds.get(s)!;
      matchLine = twoSidedMatchLine(lex, words, b.from, b.to);
      matchLineOf.set(s, matchLine);
    }
    // A run may hold a score between two names ("Bexley 2 Avonford"): each name before a score is a team.
    const segments: Segment[] = [];
    let from = run.from;
    for (let i = run.from; i <= run.to; i++) {
      const score = i < run.to && SCORE.test(words[i]!.text);
      if (i < run.to && !score) continue;
      if (i > from) {
        const piece: Run = { from, to: i, segments: [] };
        const scored = SCORE.test(words[i]?.text ?? '') || (i === run.to && scoreAfterCountry(lex, words, i));
        const team = standingsRow(words, i) || (scored && !readsAsPerson(lex, words, piece, matchLine));
        if (team)
          teams.add(
            words
              .slice(from, i)
              .map((w) => w.text)
              .join(' '),
          );
        segments.push(
          ...(team
            ? [{ kind: 'org' as const, from, to: i, org: null }]
            : run.segments.filter((seg) => seg.from >= from && seg.to <= i)),
        );
      }
      if (score) segments.push({ kind: 'skip', from: i, to: i + 1 });
      from = i + 1;
    }
    run.segments = segments;
  }
  teamsInMatchSentences(lex, words, runs, teams);
  teamsAroundVersus(lex, words, runs, teams);
  return teams;
}

const VERSUS = wordsOfKind('name-context-words', 'versus');

/**
 * "Avonford v Bexley", "May 18 v Bexley": the sides of a lower-case "v" or "vs" are teams (fixtures and results
 * lists), unless a side reads as a person (a given name or initials first: "A. Lane v S. Cole") or is a country,
 * which keeps its country.
 */
function teamsAroundVersus(lex: EntityLexicon, words: Word[], runs: readonly Run[], teams: Set<string>): void {
  const runEndingAt = new Map<number, Run>();
  const runStartingAt = new Map<number, Run>();
  for (const run of runs) {
    runEndingAt.set(run.to - 1, run);
    runStartingAt.set(run.from, run);
  }
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if (w.cap || !VERSUS.has(w.lower)) continue;
    for (const run of [runEndingAt.get(i - 1), runStartingAt.get(i + 1)]) {
      if (!run || words[run.from]!.sentence !== w.sentence) continue;
      const side = teamSide(lex, words, run);
      if (!side) continue;
      teams.add(
        words
          .slice(side.from, side.to)
          .map((x) => x.text)
          .join(' '),
      );
      run.segments = [...run.segments.filter((x) => x.to <= side.from), side];
    }
  }
}

/**
 * A side of "v": the run's names, places and organizations as one team ("Avonford City", "East Avonford"),
 * after any skipped opening word; null when the run holds a country, title or person.
 */
function teamSide(lex: EntityLexicon, words: Word[], run: Run): Segment | null {
  let from = run.from;
  for (const seg of run.segments) {
    if (seg.kind === 'skip' && seg.from === from) from = seg.to;
    else if (seg.kind !== 'name' && seg.kind !== 'place' && seg.kind !== 'org' && seg.kind !== 'of') return null;
  }
  if (from >= run.to || words[from]!.lower === 'the') return null;
  if (readsAsPerson(lex, words, { from, to: run.to, segments: [] })) return null;
  return { kind: 'org', from, to: run.to, org: null };
}

const MATCH_VERBS = wordsOfKind('name-context-words', 'match-verb');
/** Their first words: most articles have none of them, and then no result sentence is looked for at all. */
const MATCH_VERB_STARTS = new Set([...MATCH_VERBS].map((verb) => verb.split(' ')[0]!));
/** The same test as a word-layer bit (../word-layer.ts), read off each word's flags. */
const MATCH_VERB_START = wordFlag('entities:match-verb-start', (text) => MATCH_VERB_STARTS.has(text.toLowerCase()));

/**
 * "Avonford beat Bexley by an innings": two sides of a result verb (lexicon name-context-words, match-verb) are
 * teams when each is a place or a one-word name that reads as no person (no given name, no word of a longer
 * name the article gives). Countries keep their country ("Nordland beat Sudmark"), and
 * players keep their names ("Avery Lane beat Sam Cole", or "Lane beat Cole" after their full names).
 */
function teamsInMatchSentences(lex: EntityLexicon, words: Word[], runs: readonly Run[], teams: Set<string>): void {
  if (!words.some((w, i) => i > 0 && i < words.length - 1 && (w.flags & MATCH_VERB_START) !== 0)) return;
  const nameWords = new Set<string>();
  const runEndingAt = new Map<number, Run>();
  const runStartingAt = new Map<number, Run>();
  for (const run of runs) {
    runEndingAt.set(run.to - 1, run);
    runStartingAt.set(run.from, run);
    // Every word of a longer name may be a person's name alone ("Wang" after "Wang Dong", "Lane" after "Avery Lane").
    for (const seg of run.segments)
      if (seg.kind === 'name' && seg.to - seg.from >= 2)
        for (let k = seg.from; k < seg.to; k++) nameWords.add(words[k]!.text);
  }
  const side = (run: Run | undefined, index: number): Segment | null => {
    const seg = run?.segments.at(index);
    if (!seg || run!.segments.length !== 1) return null;
    if (seg.kind === 'place') return seg;
    if (seg.kind !== 'name' || seg.to - seg.from !== 1) return null;
    const word = words[seg.from]!;
    // A sentence's first word must be tagged a proper noun: "Police beat …" is no team.
    if (word.sentenceInitial && word.pos !== 'PROPN') return null;
    return lex.isGivenName(word.text) || nameWords.has(word.text) ? null : seg;
  };
  for (let i = 1; i < words.length - 1; i++) {
    const w = words[i]!;
    if ((w.flags & MATCH_VERB_START) === 0) continue;
    const two = `${w.lower} ${words[i + 1]!.lower}`;
    const verbLength = MATCH_VERBS.has(two) ? 2 : MATCH_VERBS.has(w.lower) ? 1 : 0;
    if (verbLength === 0) continue;
    const before = runEndingAt.get(i - 1);
    const after = runStartingAt.get(i + verbLength);
    const a = side(before, -1);
    const b = side(after, 0);
    if (!a || !b || words[a.from]!.sentence !== words[b.from]!.sentence) continue;
    retypeAsTeam(before!, a, words, teams);
    retypeAsTeam(after!, b, words, teams);
  }
}

/** A run read as one team: the segment becomes an organization, and its name types the team's other mentions. */
export function retypeAsTeam(run: Run, seg: Segment, words: Word[], teams: Set<string>): void {
  teams.add(
    words
      .slice(seg.from, seg.to)
      .map((w) => w.text)
      .join(' '),
  );
  run.segments = [{ kind: 'org', from: seg.from, to: seg.to, org: null }];
}
