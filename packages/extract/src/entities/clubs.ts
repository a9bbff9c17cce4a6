/**
 * Names that start with a town or country. Clubs named after their town: "the Avonford Mariners", "Bexley United", "Carlow Rovers". A place followed, in
 * the same run of capitals, by a plural nickname or a club word (lexicon name-context-words, club-word) names a
 * team, so the whole name is an organization, not a place with a stray name after it. "City" after a place
 * that is no one-word city is part of the place's name ("New York City", "Quebec City"). An event or venue named
 * after its place ("the Avonford Open", "the Nordland Grand Prix"; lexicon non-person-heads) names no place: the
 * place's words are part of the event's name, which is no entity of ours.
 */
import { wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import { retypeAsTeam } from './results.js';
import type { Run, Segment } from './segments.js';
import type { Word } from './words.js';

const CLUB_WORDS = wordsOfKind('name-context-words', 'club-word');
/** "Mariners", "Dodgers": a capitalized plural, not a word ending in "ss" ("Congress"). */
const PLURAL_NICKNAME = /^\p{Lu}\p{Ll}+[^s]s$/u;

function isNickname(lex: EntityLexicon, w: Word): boolean {
  if (lex.placeHeads.has(w.text) || lex.nonPersonHeads.has(w.text)) return false; // "Atlanta Games"
  return CLUB_WORDS.has(w.lower) || PLURAL_NICKNAME.test(w.text);
}

/** Where the town's name ends inside a name segment that opens with it ("Avonford Rovers" read as a name), or -1. */
function placeInside(lex: EntityLexicon, words: Word[], seg: Segment): number {
  for (let end = seg.from + 1; end < seg.to && end - seg.from <= 3; end++) {
    const text = words
      .slice(seg.from, end)
      .map((w) => w.text)
      .join(' ');
    if (lex.places.has(text)) return end;
  }
  return -1;
}

/** The club a run's segment starts, as one organization segment ("X City" that is a place: one place), or null. */
function clubAt(lex: EntityLexicon, words: Word[], run: Run, index: number): Segment | null {
  const seg = run.segments[index]!;
  const next = run.segments[index + 1];
  // "Avonford | Mariners": a place, then a one- or two-word name that ends the run.
  if (seg.kind === 'place' && next?.kind === 'name' && next.from === seg.to && next.to === run.to) {
    const last = words[next.to - 1]!;
    // "City" and "Town" also end the names of places ("New York City", "Quebec City"): a club only after a
    // one-word city of the gazetteer ("Avonford City").
    const settlementWord = lex.placeNouns.has(last.lower);
    // Otherwise the words are one place's name, not a place and a person called City.
    if (settlementWord && (seg.to - seg.from !== 1 || !lex.cities.has(words[seg.from]!.text)))
      return next.to - next.from === 1 ? { kind: 'place', from: seg.from, to: next.to } : null;
    if (next.to - next.from <= 2 && isNickname(lex, last))
      return { kind: 'org', from: seg.from, to: next.to, org: null };
    return null;
  }
  // "Avonford Rovers" read as one name because the town is also a given name; only with a club word or after
  // "the" ("the Denver Ravens"), since a plural there may be a surname ("Avery Jones" when a town is Avery).
  if (seg.kind === 'name' && seg.to === run.to && seg.to - seg.from >= 2) {
    const end = placeInside(lex, words, seg);
    const last = words[seg.to - 1]!;
    const afterThe = words[seg.from - 1]?.lower === 'the';
    if (end > 0 && seg.to - end <= 2 && (CLUB_WORDS.has(last.lower) || (afterThe && isNickname(lex, last))))
      return { kind: 'org', from: seg.from, to: seg.to, org: null };
  }
  return null;
}

/** Marks clubs named after their town as organizations and adds their names to the article's teams. */
export function findClubsNamedAfterTowns(
  lex: EntityLexicon,
  words: Word[],
  runs: readonly Run[],
  teams: Set<string>,
): void {
  for (const run of runs) {
    for (let index = 0; index < run.segments.length; index++) {
      const club = clubAt(lex, words, run, index);
      if (!club) continue;
      if (club.kind === 'place') {
        run.segments = [...run.segments.slice(0, index), club];
        break;
      }
      teams.add(
        words
          .slice(club.from, club.to)
          .map((w) => w.text)
          .join(' '),
      );
      run.segments = [...run.segments.slice(0, index), club];
      break;
    }
  }
}

/**
 * "the Avonford Open", "U.S. Open Tennis Championships", "the Acme Cup": a place, country or organization followed,
 * in its run, by a name that ends in an event or venue word is the event's name, so the place is no mention.
 */
export function skipEventsNamedAfterPlaces(lex: EntityLexicon, words: Word[], runs: readonly Run[]): void {
  for (const run of runs) {
    const [first, second] = run.segments;
    if (!first || !second || run.segments.length !== 2) continue;
    // An organization names events too ("the Acme Cup"): the event's name is no mention of the organization.
    if (first.kind !== 'place' && first.kind !== 'country' && first.kind !== 'org') continue;
    if (second.kind !== 'name' || second.from !== first.to || second.to !== run.to) continue;
    if (!lex.nonPersonHeads.has(words[second.to - 1]!.text)) continue;
    run.segments = [{ kind: 'skip', from: first.from, to: second.to }];
  }
}

/**
 * "French first division side Avonford", "the club Bexley": a town right after a noun for a kind of organization
 * (lexicon organization-nouns) is that organization, a team wherever the article names it again.
 */
export function findClubsAfterNouns(lex: EntityLexicon, words: Word[], runs: readonly Run[], teams: Set<string>): void {
  for (const run of runs) {
    const seg = run.segments[0];
    if (!seg || run.segments.length !== 1 || seg.kind !== 'place') continue;
    const noun = words[seg.from - 1];
    if (!noun || noun.cap || noun.sentence !== words[seg.from]!.sentence || !lex.orgNouns.has(noun.lower)) continue;
    retypeAsTeam(run, seg, words, teams);
  }
}

const CLUB_PREFIXES = wordsOfKind('name-context-words', 'club-prefix');

/**
 * "Real Avonford", "Dynamo Bexley": a run that opens with a club prefix (lexicon name-context-words, club-prefix)
 * before a place or a name is a club; the prefix alone ("Real" after "Real Avonford") is the same club.
 */
export function findClubsByPrefix(words: Word[], runs: readonly Run[], teams: Set<string>): void {
  const clubs = new Map<string, string>(); // prefix → the club's full name
  for (const run of runs) {
    const first = words[run.from]!;
    if (run.to - run.from < 2 || !CLUB_PREFIXES.has(first.lower)) continue;
    // A headline in capitals says nothing of where the club's name ends ("REAL SCRAPE HOME").
    if (words.slice(run.from, run.to).every((w) => w.text === w.text.toUpperCase())) continue;
    if (!run.segments.every((seg) => seg.kind === 'name' || seg.kind === 'place' || seg.kind === 'of')) continue;
    const name = words
      .slice(run.from, run.to)
      .map((w) => w.text)
      .join(' ');
    teams.add(name);
    clubs.set(first.text, clubs.has(first.text) && clubs.get(first.text) !== name ? '' : name);
    run.segments = [{ kind: 'org', from: run.from, to: run.to, org: null }];
  }
  for (const run of runs) {
    const seg = run.segments[0];
    if (run.segments.length !== 1 || seg?.kind !== 'name' || seg.to - seg.from !== 1) continue;
    if (clubs.get(words[seg.from]!.text)) run.segments = [{ kind: 'org', from: seg.from, to: seg.to, org: null }];
  }
}
