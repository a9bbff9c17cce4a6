/**
 * Teams named by their town or county alone in sports prose that has no results line to say so: "Avonshire
 * reached 372", "Bexley has won 10 of its last 15", "Carlow lost for the ninth time". In a sports story (three or
 * more different words of lexicon sports-terms: innings, homered, halftime, goalkeeper…) a town or county that is
 * the subject of a verb plays: a place does not reach 372 or lose. Elsewhere "Ashby said" or "Ashby has
 * announced" stays the town (its government, as wire style writes it), so the rule reads only sports stories.
 * Each such name joins the article's teams, so that it is a team wherever the article names it again
 * (organizations.ts), except after "at" or "in", where it is where a game is played.
 */
import { lexiconSet, wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import type { Run, Segment } from './segments.js';
import type { Word } from './words.js';
import { wordFlag } from '../word-layer.js';

const SPORTS_TERMS = lexiconSet('sports-terms');
/** The same test as a word-layer bit (../word-layer.ts): most articles have no such word, and then nothing runs. */
const SPORTS_TERM = wordFlag('entities:sports-term', (text) => SPORTS_TERMS.has(text.toLowerCase()));
/** Different sports words an article must use to be a sports story: one may be a metaphor ("a sticky wicket"). */
const SPORTS_STORY_TERMS = 3;
/** Regions and home nations ("England reached 300"): national sides keep their place, as they keep their country. */
const REGIONS = lexiconSet('regions');
/** No town or county that names a team is longer than this ("Los Angeles", "West Bromwich"). */
const MOST_TOWN_WORDS = 3;
const SUBORDINATORS = wordsOfKind('function-words', 'subordinator');
/** A capital, then lower-case letters (a hyphen may join two parts): the shape of a town's name written alone. */
const TOWN_WORD = /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u;

/** Whether the article uses enough different sports words to be a sports story. */
export function isSportsStory(words: readonly Word[]): boolean {
  let seen: Set<string> | null = null;
  for (const w of words) {
    if ((w.flags & SPORTS_TERM) === 0) continue;
    seen ??= new Set();
    seen.add(w.lower);
    if (seen.size >= SPORTS_STORY_TERMS) return true;
  }
  return false;
}

/**
 * The verb right after a name, read as its own: a lower-case verb or auxiliary in the same sentence, not a verb
 * of saying ("Ashby said" speaks for a town's people or is a person's surname, never a team's result).
 */
function subjectOfVerb(lex: EntityLexicon, words: readonly Word[], seg: Segment): boolean {
  const last = words[seg.to - 1]!;
  const next = words[seg.to];
  if (!next || next.cap || next.sentence !== last.sentence || last.possEnd !== last.end) return false;
  if (next.pos !== 'VERB' && next.pos !== 'AUX') return false;
  if (lex.cueVerbs.has(next.lower)) return false;
  // "in Bexley has …" is a place's clause: after a preposition or "the", no subject; a subordinator the tagger
  // reads as a preposition opens a clause ("as Avonshire reached 372").
  const before = words[seg.from - 1];
  if (!before || before.sentence !== last.sentence || SUBORDINATORS.has(before.lower)) return true;
  return before.pos !== 'ADP' && before.lower !== 'the';
}

/**
 * A town or county as a team would name it: a place of at most three words that is no region, or a one-word
 * name that no longer name of the article holds and the article never writes in lower case (so not a player's
 * surname, "Lane" after "Avery Lane", nor an ordinary word opening a sentence).
 */
function townOrCounty(
  lex: EntityLexicon,
  words: readonly Word[],
  seg: Segment,
  personWords: ReadonlySet<string>,
  lowerCaseWords: ReadonlySet<string>,
): boolean {
  const first = words[seg.from]!;
  if (seg.kind === 'place') return seg.to - seg.from <= MOST_TOWN_WORDS && !REGIONS.has(first.lower);
  if (seg.kind !== 'name' || seg.to - seg.from !== 1) return false;
  if (first.sentenceInitial && first.pos !== 'PROPN') return false;
  // "I'm going", "his 121 RBI broke": a contraction or an abbreviation in capitals names no town.
  if (!TOWN_WORD.test(first.text)) return false;
  return !lex.nonNames.has(first.text) && !personWords.has(first.text) && !lowerCaseWords.has(first.lower);
}

function namesOfPeopleAndLowerCase(words: readonly Word[], runs: readonly Run[]): [Set<string>, Set<string>] {
  const personWords = new Set<string>();
  for (const run of runs)
    for (const seg of run.segments)
      if (seg.kind === 'name' && seg.to - seg.from >= 2)
        for (let k = seg.from; k < seg.to; k++) personWords.add(words[k]!.text);
  const lowerCaseWords = new Set<string>();
  for (const w of words) if (!w.cap && !w.punct) lowerCaseWords.add(w.lower);
  return [personWords, lowerCaseWords];
}

/** Marks towns and counties that are subjects of verbs in a sports story as teams, and adds them to `teams`. */
export function findTeamsAsSubjects(lex: EntityLexicon, words: Word[], runs: readonly Run[], teams: Set<string>): void {
  if (!isSportsStory(words)) return;
  const [personWords, lowerCaseWords] = namesOfPeopleAndLowerCase(words, runs);
  for (const run of runs) {
    if (run.segments.length !== 1) continue;
    const seg = run.segments[0]!;
    if (seg.from !== run.from || seg.to !== run.to) continue;
    if (!subjectOfVerb(lex, words, seg) || !townOrCounty(lex, words, seg, personWords, lowerCaseWords)) continue;
    const name: string[] = [];
    for (let k = seg.from; k < seg.to; k++) name.push(words[k]!.text);
    teams.add(name.join(' '));
    run.segments = [{ kind: 'org', from: seg.from, to: seg.to, org: null }];
  }
}
