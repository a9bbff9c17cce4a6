/**
 * Teams that sports prose names by their town or county alone, with no results line to say so:
 * - a player's position after the name ("Avonford striker Sam Lane", "Bexley captain Ann Lee"; lexicon
 *   sports-positions), as sports reporting writes a player's club before the position;
 * - the name of a club or company followed by its country ("Avonford of Nordland", "Velmora of Italy"), as wire
 *   reports introduce a foreign side or firm; a town is written "Avonford, Nordland" when it is the town.
 * - in a story that already names a team, the other side of a match: after "against" or a result noun and its
 *   preposition ("the match against Avonford", "a victory over Bexley", "their defeat to Carlow"), or a
 *   possessive before a player ("Avonford's Sam Lane");
 * - in such a story, a town after "for" at a clause's end or after "joined" ("homered for Avonford.", "joined
 *   Avonford from Bexley"; teams-for.ts);
 * - a town listed with a team ("Avonford, Bexley and Carlow" where Carlow is one), as a list holds one kind.
 * Each such name joins the article's teams, so that it is a team wherever the article names it again.
 */
import { lexiconSet, wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import type { Run, Segment } from './segments.js';
import type { Word } from './words.js';
import { teamByVerbOrFor } from './teams-for.js';
import { isSportsStory } from './teams-as-subjects.js';

const POSITIONS = lexiconSet('sports-positions');
const OPPONENT_PREPOSITIONS = wordsOfKind('organization-name-cues', 'opponent-preposition');
const RESULT_NOUNS = wordsOfKind('organization-name-cues', 'result-noun');
const RESULT_LINKS = wordsOfKind('organization-name-cues', 'result-link');
/** Regions and home nations ("England captain"): national sides keep their place, as they keep their country. */
const REGIONS = lexiconSet('regions');

/** A one-word place or a one-word name that reads as no person: the shape of a town or club named alone. */
function townLike(
  lex: EntityLexicon,
  words: Word[],
  seg: Segment,
  personWords: ReadonlySet<string>,
  lowerCaseWords: ReadonlySet<string>,
  givenNameMayBeTown = false,
): boolean {
  if (seg.to - seg.from !== 1) return false;
  const word = words[seg.from]!;
  if (seg.kind === 'place') return !REGIONS.has(word.lower);
  if (seg.kind !== 'name') return false;
  if (word.sentenceInitial && word.pos !== 'PROPN') return false;
  if (!givenNameMayBeTown && lex.isGivenName(word.text)) return false;
  return !personWords.has(word.text) && !lowerCaseWords.has(word.lower);
}

/** Words the article writes in lower case: "Prices of U.S. bonds" opens with a common noun, not a firm. */
function lowerCaseWordsOf(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (!w.cap && !w.punct) out.add(w.lower);
  return out;
}

/** Words of the article's names of two or more words: any of them alone may be a person ("Lane" after "Avery Lane"). */
function wordsOfLongerNames(words: Word[], runs: readonly Run[]): Set<string> {
  const out = new Set<string>();
  for (const run of runs)
    for (const seg of run.segments)
      if (seg.kind === 'name' && seg.to - seg.from >= 2)
        for (let k = seg.from; k < seg.to; k++) out.add(words[k]!.text);
  return out;
}

function beforePosition(words: Word[], seg: Segment): boolean {
  const noun = words[seg.to];
  const player = words[seg.to + 1];
  return (
    noun !== undefined &&
    player !== undefined &&
    !noun.cap &&
    POSITIONS.has(noun.lower) &&
    player.cap &&
    player.sentence === words[seg.from]!.sentence
  );
}

/** "Velmora of Italy", not "the Bank of Italy" nor "Shares of Italy-based firms" (the country a modifier there). */
function beforeCountry(words: Word[], seg: Segment, countryEnds: ReadonlyMap<number, number>): boolean {
  const end = countryEnds.get(seg.to + 1);
  if (words[seg.to]?.text !== 'of' || end === undefined) return false;
  return words[seg.from - 1]?.lower !== 'the' && words[end]?.text !== '-';
}

/** "the match against Avonford", "their victory over Bexley", "a defeat to Carlow" (lexicon organization-name-cues). */
function afterOpponentWord(words: Word[], seg: Segment): boolean {
  const link = words[seg.from - 1];
  if (!link || link.cap || link.sentence !== words[seg.from]!.sentence) return false;
  if (OPPONENT_PREPOSITIONS.has(link.lower)) return true;
  const noun = words[seg.from - 2];
  return RESULT_LINKS.has(link.lower) && noun !== undefined && !noun.cap && RESULT_NOUNS.has(noun.lower);
}

const MATCH_VERBS = wordsOfKind('name-context-words', 'match-verb');

/** "who thrashed Bexley", "to beat Carlow", "drew with Avonford": the object of a result verb is the other side. */
function afterMatchVerb(words: Word[], seg: Segment): boolean {
  const verb = words[seg.from - 1];
  if (!verb || verb.cap || verb.sentence !== words[seg.from]!.sentence) return false;
  if (MATCH_VERBS.has(verb.lower)) return true;
  const before = words[seg.from - 2];
  return before !== undefined && !before.cap && MATCH_VERBS.has(`${before.lower} ${verb.lower}`);
}

/** "Avonford's Sam Lane": a possessive before a player's given name (a club's player, as a town has no players). */
function beforePlayer(lex: EntityLexicon, words: Word[], seg: Segment): boolean {
  const last = words[seg.to - 1]!;
  const player = words[seg.to];
  return (
    last.possEnd !== last.end &&
    player !== undefined &&
    player.cap &&
    player.sentence === last.sentence &&
    lex.isGivenName(player.text)
  );
}

/** Marks teams named alone in sports prose as organizations and adds their names to the article's teams. */
export function findTeamsInProse(lex: EntityLexicon, words: Word[], runs: readonly Run[], teams: Set<string>): void {
  const countryEnds = new Map<number, number>();
  for (const run of runs) for (const seg of run.segments) if (seg.kind === 'country') countryEnds.set(seg.from, seg.to);
  let personWords: Set<string> | null = null;
  let lowerCaseWords: Set<string> | null = null;
  // Only a story that names a team already (results lines, clubs) or uses the words of sport (lexicon
  // sports-terms) plays matches: "against" is common elsewhere.
  const sportsStory = teams.size > 0 || isSportsStory(words);
  for (const run of runs) {
    const seg = run.segments[0];
    if (!seg) continue;
    const position = seg.to === run.to && beforePosition(words, seg);
    const opponent =
      sportsStory &&
      run.segments.length === 1 &&
      (afterOpponentWord(words, seg) ||
        afterMatchVerb(words, seg) ||
        beforePlayer(lex, words, seg) ||
        teamByVerbOrFor(words, seg));
    if (!position && !opponent && !beforeCountry(words, seg, countryEnds)) continue;
    personWords ??= wordsOfLongerNames(words, runs);
    lowerCaseWords ??= lowerCaseWordsOf(words);
    if (!townLike(lex, words, seg, personWords, lowerCaseWords)) continue;
    teams.add(words[seg.from]!.text);
    run.segments = [{ kind: 'org', from: seg.from, to: seg.to, org: null }, ...run.segments.slice(1)];
  }
}

const LIST_JOINS = new Set([',', 'and', 'or', '&']);

/** Runs in lists, each with its neighbours: whole runs separated by a comma, "and" or "or" (", and"). */
function listsOf(words: Word[], runs: readonly Run[]): Run[][] {
  const sorted = [...runs].sort((a, b) => a.from - b.from);
  const lists: Run[][] = [];
  let list: Run[] = [];
  for (const run of sorted) {
    const last = list.at(-1);
    const gap = last ? words.slice(last.to, run.from) : [];
    const joined =
      last !== undefined &&
      gap.length >= 1 &&
      gap.length <= 2 &&
      gap.every((w) => LIST_JOINS.has(w.lower)) &&
      words[last.from]!.sentence === words[run.from]!.sentence;
    if (!joined) {
      if (list.length >= 2) lists.push(list);
      list = [];
    }
    list.push(run);
  }
  if (list.length >= 2) lists.push(list);
  return lists;
}

/** Marks town-like names listed beside one of the article's teams as teams too. */
export function spreadTeamsAlongLists(
  lex: EntityLexicon,
  words: Word[],
  runs: readonly Run[],
  teams: Set<string>,
): void {
  if (teams.size === 0) return;
  const lone = (run: Run): Segment | null => (run.segments.length === 1 ? run.segments[0]! : null);
  const isTeam = (run: Run) => {
    const seg = lone(run);
    return (
      seg !== null &&
      teams.has(
        words
          .slice(seg.from, seg.to)
          .map((w) => w.text)
          .join(' '),
      )
    );
  };
  const personWords = wordsOfLongerNames(words, runs);
  const lowerCaseWords = lowerCaseWordsOf(words);
  // In a sports story a one-word name listed with teams is a team even when some language gives it as a first
  // name ("Essex and Kent": the given-name lists hold many town and county names); a player's name alone is
  // a surname the article gives in full, which personWords holds.
  const sports = isSportsStory(words);
  for (const list of listsOf(words, runs)) {
    if (!list.some(isTeam)) continue;
    for (const run of list) {
      const seg = lone(run);
      // "the Oval, Avonford captain …": a venue after "the" is no side of the list.
      if (!seg || words[seg.from - 1]?.lower === 'the') continue;
      if (!townLike(lex, words, seg, personWords, lowerCaseWords, sports)) continue;
      teams.add(words[seg.from]!.text);
      run.segments = [{ kind: 'org', from: seg.from, to: seg.to, org: null }];
    }
  }
}
