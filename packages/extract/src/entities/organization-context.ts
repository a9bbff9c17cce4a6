/**
 * Organizations named in ways that no head word marks, read from the words around the name (lexicon
 * organization-name-cues):
 *  - a national agency named by its domain and its country ("Statistics Avenland", "Health Avenland"), and the
 *    state's executive named formally ("Government of Avenland");
 *  - a name right before a noun that says what it is ("the Ledger newspaper", "Tass news agency");
 *  - an institution named by its capitalized head alone inside a sentence ("the Legislature", "House and Senate");
 *  - a hyphenated pair of acronyms in prose ("an ABC-NORD poll"), as joint pollsters and unions name themselves;
 *  - in a sports story, a capitalized plural after "the" ("the Orvets", "the Kelp Rovers"): teams go by their
 *    nickname in the plural, and a story that names teams elsewhere is one where such a plural is a team.
 */
import { wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import type { Run, Segment } from './segments.js';
import { textOf, type Word } from './words.js';

const AGENCY_DOMAINS = wordsOfKind('organization-name-cues', 'agency-domain');
const GOVERNMENT_OF = wordsOfKind('organization-name-cues', 'government-of');
const NOUNS_AFTER_NAME = wordsOfKind('organization-name-cues', 'noun-after-name');
const NEWS_NOUNS = wordsOfKind('organization-name-cues', 'news-noun');
const INSTITUTIONS = wordsOfKind('organization-name-cues', 'institution');
/** "Orvets", not "Boss" nor "Its": a capitalized word in ordinary case ending in a plural -s. */
const PLURAL = /^\p{Lu}\p{Ll}+[^s'’]s$/u;
const ORDINARY_CASE = /^\p{Lu}[\p{Ll}'’.-]*$/u;
const HYPHENATED_ACRONYMS = /^\p{Lu}{2,6}(?:-\p{Lu}{2,6})+$/u;

export interface ContextCandidate {
  run: Run;
  index: number;
  seg: Segment;
}

function isCountryName(lex: EntityLexicon, text: string): boolean {
  return lex.countries.byName.has(text);
}

/**
 * "Statistics Avenland", "Health Avenland": a domain word then a country, read as one name or as a name and a
 * country in the same run, becomes one organization segment.
 */
export function findAgenciesOfCountries(lex: EntityLexicon, words: Word[], runs: readonly Run[]): void {
  for (const run of runs) {
    for (let i = 0; i < run.segments.length; i++) {
      const seg = run.segments[i]!;
      if (seg.kind !== 'name' || !AGENCY_DOMAINS.has(words[seg.from]!.lower)) continue;
      const next = run.segments[i + 1];
      if (seg.to - seg.from === 2 && isCountryName(lex, words[seg.from + 1]!.text))
        run.segments[i] = { kind: 'org', from: seg.from, to: seg.to, org: null };
      else if (seg.to - seg.from === 1 && next?.kind === 'country' && next.to - next.from === 1)
        run.segments.splice(i, 2, { kind: 'org', from: seg.from, to: next.to, org: null });
    }
  }
  governmentsOfCountries(lex, words, runs);
}

/** "Government of Avenland": the run of "Government", "of", then a run that opens with a country. */
function governmentsOfCountries(lex: EntityLexicon, words: Word[], runs: readonly Run[]): void {
  for (let r = 0; r + 1 < runs.length; r++) {
    const run = runs[r]!;
    const last = run.segments[run.segments.length - 1];
    const next = runs[r + 1]!;
    const country = next.segments[0];
    if (last?.kind !== 'name' || last.to !== run.to || last.to - last.from !== 1) continue;
    if (!GOVERNMENT_OF.has(words[last.from]!.lower) || words[run.to]?.lower !== 'of' || next.from !== run.to + 1)
      continue;
    if (country?.kind !== 'country' || !isCountryName(lex, textOf(words, country.from, country.to))) continue;
    if (words[last.from]!.sentence !== words[country.from]!.sentence) continue;
    run.segments[run.segments.length - 1] = { kind: 'org', from: last.from, to: country.to, org: null };
    run.to = country.to;
    // The country's words now belong to the government's name: they are no mention of their own.
    next.segments[0] = { kind: 'skip', from: country.from, to: country.to };
  }
}

/**
 * "the Ledger newspaper", "Tass news agency": a whole run of a name, then a lower-case noun of its kind (or
 * "news" and such a noun). Not a surname the article gives a person ("the Lane organization" is Lane's).
 */
export function nounAfterName(words: Word[], c: ContextCandidate, surnames: ReadonlySet<string>): boolean {
  if (c.seg.to !== c.run.to || c.seg.to - c.seg.from > 3) return false;
  const last = words[c.seg.to - 1]!;
  if (last.possEnd !== last.end || surnames.has(last.text)) return false;
  const noun = words[c.seg.to];
  if (!noun || noun.cap || noun.sentence !== last.sentence) return false;
  if (NOUNS_AFTER_NAME.has(noun.lower)) return true;
  const second = words[c.seg.to + 1];
  return noun.lower === 'news' && second !== undefined && !second.cap && NEWS_NOUNS.has(second.lower);
}

/** "an ABC-NORD poll": two or more acronyms joined by hyphens, none of them a country ("US-EU" is a relation). */
export function hyphenatedAcronyms(lex: EntityLexicon, words: Word[], c: ContextCandidate): boolean {
  if (c.seg.to - c.seg.from !== 1) return false;
  const w = words[c.seg.from]!;
  if (!HYPHENATED_ACRONYMS.test(w.text)) return false;
  const parts = w.text.split('-');
  if (parts.some((p) => isCountryName(lex, p) || lex.countries.byDemonym.has(p) || lex.nonNames.has(p))) return false;
  // In a line of capitals every word looks like an acronym; prose around it says this one is.
  const prev = words[c.seg.from - 1];
  const next = words[c.seg.to];
  return (
    (prev !== undefined && prev.sentence === w.sentence && !prev.cap && !prev.punct) ||
    (next !== undefined && next.sentence === w.sentence && !next.cap && !next.punct)
  );
}

/**
 * "the Orvets", "the Kelp Rovers" in a story that names teams: up to three words in ordinary case after a
 * lower-case "the" (or a sentence-opening "The"), the last a plural. Not the plural of a surname the article
 * gives a person ("the Lanes"), nor an event ("the Games").
 */
export function pluralTeamAfterThe(
  lex: EntityLexicon,
  words: Word[],
  c: ContextCandidate,
  surnames: ReadonlySet<string>,
  sportsStory: boolean,
): boolean {
  if (!sportsStory || c.seg.to - c.seg.from > 3) return false;
  const last = words[c.seg.to - 1]!;
  if (!PLURAL.test(last.text) || lex.nonPersonHeads.has(last.text) || lex.nonNames.has(last.text)) return false;
  if (surnames.has(last.text.slice(0, -1)) || surnames.has(last.text.slice(0, -2))) return false;
  for (let k = c.seg.from; k < c.seg.to; k++) if (!ORDINARY_CASE.test(words[k]!.text)) return false;
  const before = words[c.seg.from - 1];
  if (before?.lower !== 'the' || before.sentence !== last.sentence) return false;
  // "the Orvets" in prose, or "The Orvets" opening a sentence, where "The" is the run's own first word.
  return !before.cap || (c.index === 1 && before.index === c.run.from);
}

/** Words the article writes in lower case somewhere ("first", "national"): such a word alone is no company's name. */
export function lowerCaseWords(words: Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (!w.cap && !w.punct) out.add(w.lower);
  return out;
}

/**
 * "Mercer" for "Mercer Bancorp Inc": a company named with a legal form and at least two words before it goes by
 * its first word alone, as business news writes a company after its first mention. Not a word that is also a
 * given name, a surname the article gives a person, a place, a country, an organization head or a word the
 * article writes in lower case ("First Union Corp" is not "First").
 */
export function companyShortForm(
  lex: EntityLexicon,
  words: Word[],
  seg: Segment,
  surnames: ReadonlySet<string>,
  lowerCase: () => ReadonlySet<string>,
): string | null {
  let to = seg.to;
  const bare = (w: Word) => (w.text.endsWith('.') ? w.text.slice(0, -1) : w.text);
  while (to > seg.from + 1 && lex.orgLegalForms.has(bare(words[to - 1]!))) to--;
  if (to === seg.to || to - seg.from < 2) return null;
  const first = words[seg.from]!;
  const text = first.text;
  if (text.length < 3 || !ORDINARY_CASE.test(text) || lex.nonNames.has(text) || lex.isGivenName(text)) return null;
  if (surnames.has(text) || lex.places.has(text) || isCountryName(lex, text) || lex.countries.byDemonym.has(text))
    return null;
  if (lex.orgHeads.has(text) || lex.orgLegalForms.has(text) || lowerCase().has(first.lower)) return null;
  return text;
}

/**
 * "Vantra Nordland's senior economist", "postings on Vantra": a company's national arm is named by the company
 * and a country, and the company's name alone names the company (the parent of that arm). Only a one-word name that passes the
 * tests of a company's short form above (no given name, surname, place, head word, or word the article writes
 * in lower case: "Air Nordland" never makes "Air" a name).
 */
export function nationalArmShortForm(
  lex: EntityLexicon,
  words: Word[],
  from: number,
  to: number,
  surnames: ReadonlySet<string>,
  lowerCase: () => ReadonlySet<string>,
): string | null {
  if (to - from !== 2 || !isCountryName(lex, words[to - 1]!.text)) return null;
  const first = words[from]!;
  const text = first.text;
  if (first.possEnd !== first.end || text.length < 3 || !ORDINARY_CASE.test(text)) return null;
  if (lex.nonNames.has(text) || lex.isGivenName(text) || surnames.has(text) || lex.places.has(text)) return null;
  if (isCountryName(lex, text) || lex.countries.byDemonym.has(text) || lex.orgHeads.has(text)) return null;
  return lex.orgLegalForms.has(text) || lowerCase().has(first.lower) ? null : text;
}

/**
 * "the Avonford Ledger said", "The Vantra Courier reported": a name of two or more words after "the", as the
 * subject of a verb that takes a person (lexicon person-cue-verbs) or of "reported", is an organization: people
 * are not named with "the" (a one-word name there may be a title or a demonym: "the Governor said").
 */
export function theNameSaid(lex: EntityLexicon, words: Word[], c: ContextCandidate): boolean {
  if (c.seg.to !== c.run.to || c.seg.to - c.seg.from < 2) return false;
  if (c.seg.from !== c.run.from && !(c.index === 1 && c.run.from === c.seg.from - 1)) return false;
  const the = words[c.seg.from - 1];
  const last = words[c.seg.to - 1]!;
  const verb = words[c.seg.to];
  if (the?.lower !== 'the' || the.sentence !== last.sentence || last.possEnd !== last.end) return false;
  if (!verb || verb.cap || verb.sentence !== last.sentence) return false;
  return lex.cueVerbs.has(verb.lower) || verb.lower === 'reported' || verb.lower === 'reports';
}

/**
 * "the Legislature adjourned", "House and Senate votes", "Cabinet appointments": a legislature or executive named
 * by its head word alone, capitalized inside a sentence, is that institution (lexicon organization-name-cues,
 * institution). A sentence's first word says nothing, unless "The" opens the run.
 */
export function institutionAlone(words: Word[], c: ContextCandidate): boolean {
  if (c.seg.to - c.seg.from !== 1 || c.seg.to !== c.run.to) return false;
  const w = words[c.seg.from]!;
  if (!ORDINARY_CASE.test(w.text) || !INSTITUTIONS.has(w.lower)) return false;
  if (c.seg.from === c.run.from) return !w.sentenceInitial;
  return c.index === 1 && words[c.run.from]!.lower === 'the';
}

/** Lower-case words that may stand inside a name an acronym spells out ("Organisation for Security and …"). */
const INSIDE_DEFINED_NAME = new Set(['of', 'for', 'and', 'the', 'in', 'on', '&']);
const DEFINED_ACRONYM = /^\p{Lu}{3,8}$/u;
/** No defined name runs longer than this many words. */
const MAX_DEFINED_WORDS = 14;

/**
 * Where the name that an acronym in brackets spells out starts: walking back from the word before "(", the
 * first capitalized word at which the initials of the capitalized words up to "(" equal the acronym; -1 if none.
 */
function definedNameStart(words: Word[], open: number, acronym: string): number {
  let initials = '';
  for (let j = open - 1; j >= 0 && j >= open - MAX_DEFINED_WORDS; j--) {
    const w = words[j]!;
    if (w.sentence !== words[open]!.sentence || w.punct) return -1;
    if (!w.cap) {
      if (!INSIDE_DEFINED_NAME.has(w.lower)) return -1;
      continue;
    }
    initials = w.text[0]! + initials;
    if (initials.length < acronym.length) continue;
    // "… Return of Refugees and Democracy in Rwanda (RDR)": a name that goes on before "of" is not spelled whole.
    const link = words[j - 1];
    const continues = link !== undefined && !link.cap && INSIDE_DEFINED_NAME.has(link.lower) && words[j - 2]?.cap;
    return initials === acronym && !continues ? j : -1;
  }
  return -1;
}

/**
 * "the Organisation for Trade and Cooperation in Nordland (OTCN)": the acronym in brackets says where a long
 * name starts and ends, across the connectors ("in", "and") that split it into runs. The first run becomes the
 * whole organization, and the runs inside it are no mentions of their own; the acronym then names it too.
 */
export function findNamesSpelledByAcronyms(lex: EntityLexicon, words: Word[], runs: readonly Run[]): void {
  for (const inner of runs) {
    const open = inner.from - 1;
    if (inner.to - inner.from !== 1 || words[open]?.text !== '(' || words[inner.to]?.text !== ')') continue;
    const acronym = words[inner.from]!.text;
    if (!DEFINED_ACRONYM.test(acronym) || !words[open - 1]?.cap) continue;
    const start = definedNameStart(words, open, acronym);
    // The run may open with "The" before the name.
    const first = runs.find((r) => r.from <= start && start < r.to);
    // "Ann Lee Vell (ALV)" spells a person; a run that already is one organization needs nothing.
    if (start < 0 || !first || lex.isGivenName(words[start]!.text)) continue;
    const last = first.segments[first.segments.length - 1];
    if (first.to === open && last?.kind === 'org' && last.from === start) continue;
    for (const other of runs)
      if (other !== first && other.from > start && other.to <= open)
        other.segments = [{ kind: 'skip', from: other.from, to: other.to }];
    first.to = open;
    first.segments = [
      ...first.segments.filter((seg) => seg.to <= start),
      { kind: 'org', from: start, to: open, org: null },
    ];
  }
}
