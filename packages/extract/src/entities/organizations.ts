/**
 * Organizations that no lexicon knows, found from the article's own evidence. A name segment (a capitalized
 * run nothing else claimed) becomes an organization when:
 *  - its one word ends like an organization name ("Nordbank", "Finstat": invented examples; lexicon organization-word-endings);
 *  - a noun for a kind of organization stands right before it ("the packaging company Avero");
 *  - an apposition after it ends in such a noun ("Avero, the Dutch lender,");
 *  - it follows "at" after a title ("chief economist at Avero", "head of research at Avero");
 *  - it follows "of"/"for" right after a title ("vice president of Avero", "a spokesman for Avero");
 *  - it stands right before a title and a name ("Avero President Sam Lane", "Avero general manager Sam Lane");
 *  - it opens an apposition of title words after a name ("Sam Lane, Avero managing director, said");
 *  - the text defines it as an acronym of an organization ("Avero Savings Bank (ASB)");
 *  - it speaks of itself as "it", or is an acronym in prose (organization-cues.ts);
 *  - a noun after it says what it is, it is a national agency or a hyphenated pair of acronyms, or, in a sports
 *    story, a plural nickname after "the" (organization-context.ts).
 * Then every other name segment with the same text, or with the text of an organization found anywhere in the
 * article without its legal form ("Avero" after "Avero International Inc"), or with the first word alone of a
 * company named with a legal form ("Avero" after "Avero Bancorp Inc"), is that organization too: a name's
 * first confident reading types its later mentions.
 */
import { wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon, OrgInfo } from './lexicon.js';
import {
  companyShortForm,
  nationalArmShortForm,
  theNameSaid,
  type ContextCandidate as Candidate,
  findAgenciesOfCountries,
  findNamesSpelledByAcronyms,
  lowerCaseWords,
  hyphenatedAcronyms,
  institutionAlone,
  nounAfterName,
  pluralTeamAfterThe,
} from './organization-context.js';
import { acronymInProse, speaksAsIt } from './organization-cues.js';
import { titleCased, type Run, type Segment } from './segments.js';
import { platformByContext } from './platform-cues.js';
import { textOf, type Word } from './words.js';

const SHOUTED = /^[\p{Lu}\d .&'’-]+$/u;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
/** What ends an apposition after an organization name: punctuation, or a word of lexicon name-context-words. */
const APPOSITION_PUNCTUATION = [',', '.', ';', ':', ')', '—', '–'];
const APPOSITION_ENDS = new Set([...APPOSITION_PUNCTUATION, ...wordsOfKind('name-context-words', 'apposition-end')]);
/** Nouns that make "the <surname> <noun>" an organization of that person ("the Lane campaign"). */
const PERSON_ORGANIZATIONS = wordsOfKind('name-context-words', 'person-organization');

function sameSentence(words: Word[], a: number, b: number): boolean {
  return words[a] !== undefined && words[b] !== undefined && words[a]!.sentence === words[b]!.sentence;
}

function endsLikeOrganization(lex: EntityLexicon, w: Word): boolean {
  if (lex.isGivenName(w.text) || lex.nonNames.has(w.text)) return false;
  for (const e of lex.orgWordEndings) if (w.text.length >= e.length + 3 && w.text.endsWith(e)) return true;
  return false;
}

/** "the packaging company Avero", "press distribution chain Lumo". */
function nounBefore(lex: EntityLexicon, words: Word[], c: Candidate): boolean {
  const prev = words[c.seg.from - 1];
  return (
    c.seg.from === c.run.from &&
    prev !== undefined &&
    sameSentence(words, c.seg.from - 1, c.seg.from) &&
    !prev.cap &&
    prev.possEnd === prev.end &&
    lex.orgNouns.has(prev.lower)
  );
}

/** "Avero, the Dutch lender," — up to four lower-case words after the article, the last an organization noun. */
function nounInApposition(lex: EntityLexicon, words: Word[], c: Candidate): boolean {
  if (c.seg.to !== c.run.to || words[c.seg.to]?.text !== ',') return false;
  const det = words[c.seg.to + 1];
  if (!det || !['the', 'a', 'an'].includes(det.lower)) return false;
  for (let j = c.seg.to + 2; j < c.seg.to + 7 && sameSentence(words, c.seg.from, j); j++) {
    const w = words[j]!;
    if (w.punct || w.possEnd !== w.end) return false;
    if (lex.orgNouns.has(w.lower) && !w.cap) {
      const after = words[j + 1];
      return after === undefined || !sameSentence(words, j, j + 1) || APPOSITION_ENDS.has(after.lower);
    }
    if (w.cap && !lex.countries.byDemonym.has(w.text)) return false;
  }
  return false;
}

/** "chief economist at Avero", "head of research at Avero": a title head among the five words before "at". */
function titleBeforeAt(lex: EntityLexicon, words: Word[], c: Candidate): boolean {
  const at = c.seg.from - 1;
  if (c.seg.from !== c.run.from || words[at]?.lower !== 'at' || !sameSentence(words, at, c.seg.from)) return false;
  for (let j = at - 1; j >= Math.max(0, at - 5) && sameSentence(words, j, at); j--) {
    const w = words[j]!;
    if (w.punct || w.cap) return false;
    const k = w.lower.endsWith('.') ? w.lower.slice(0, -1) : w.lower;
    if (lex.titles.heads.has(k)) return true;
  }
  return false;
}

/**
 * "vice president of Avero", "a spokesman for Avero": a lower-case title head right before "of"/"for" (and
 * "the") and a whole run that is no person's name (no given name first, not a surname the article uses).
 */
function titleBeforeLink(lex: EntityLexicon, words: Word[], c: Candidate, surnames: ReadonlySet<string>): boolean {
  if (c.seg.from !== c.run.from || c.seg.to !== c.run.to || surnames.has(words[c.seg.to - 1]!.text)) return false;
  if (lex.isGivenName(words[c.seg.from]!.text)) return false;
  let link = c.seg.from - 1;
  if (words[link]?.lower === 'the') link--;
  if (!['of', 'for'].includes(words[link]?.lower ?? '') || !sameSentence(words, link, c.seg.from)) return false;
  const head = words[link - 1];
  const last = words[c.seg.to - 1]!;
  return (
    head !== undefined &&
    !head.cap &&
    sameSentence(words, link - 1, link) &&
    lex.titles.heads.has(head.lower) &&
    !lex.titles.heads.get(head.lower)!.weak &&
    last.possEnd === last.end
  );
}

/** "Avero President Sam Lane" (one run) or "Avero general manager Sam Lane". */
function beforeTitleAndName(lex: EntityLexicon, words: Word[], c: Candidate, surnames: ReadonlySet<string>): boolean {
  if (c.seg.to - c.seg.from > 2 || surnames.has(words[c.seg.to - 1]!.text)) return false;
  if (c.seg.to - c.seg.from === 2 && lex.isGivenName(words[c.seg.from]!.text)) return false;
  const segs = c.run.segments;
  const next = segs[c.index + 1];
  if (next)
    return (next.kind === 'title' || next.kind === 'rank') && segs[c.index + 2]?.kind === 'name' && c.index === 0;
  if (c.seg.to !== c.run.to || c.seg.from !== c.run.from) return false;
  return titleThenGivenName(lex, words, c.seg.to);
}

/**
 * Lower-case title words from word j (heads, modifiers, words that open a title phrase such as "managing",
 * "and" between two titles): the index after them, or -1 when a word is none of these or no head was read.
 */
function titleWordsEnd(lex: EntityLexicon, words: Word[], j: number): number {
  const from = j;
  let head = false;
  while (words[j] && sameSentence(words, from, j) && !words[j]!.cap && !words[j]!.punct) {
    const k = words[j]!.lower;
    const next = words[j + 1];
    // "head of macro strategy": after a head, "of"/"for" and up to four lower-case words name its domain.
    if (head && (k === 'of' || k === 'for')) {
      let q = j + 1;
      while (q < j + 5 && words[q] && sameSentence(words, from, q) && !words[q]!.cap && !words[q]!.punct) q++;
      return q > j + 1 ? q : -1;
    }
    if (lex.titles.heads.has(k)) head = true;
    else if (
      !lex.titles.modifiers.has(k) &&
      !lex.titles.qualifiers.has(k) &&
      !(k === 'and' && head) &&
      !(next !== undefined && lex.titlePrefixes.has(`${k} ${next.lower}`))
    )
      return -1;
    j++;
  }
  return head ? j : -1;
}

/** Lower-case title words from word j, then a given name. */
function titleThenGivenName(lex: EntityLexicon, words: Word[], j: number): boolean {
  const from = j;
  j = titleWordsEnd(lex, words, j);
  if (j < 0) return false;
  // "… chief economist, Avery Lane": a comma may set the name off.
  if (words[j]?.text === ',') j++;
  const name = words[j];
  return name !== undefined && name.cap && sameSentence(words, from, j) && lex.isGivenName(name.text);
}

/**
 * "Avery Lane, Nordwise Economics managing director and head of research, said": a name set off by a comma
 * after another name, before title words that close the apposition, is the employer those titles belong to.
 */
function employerInApposition(lex: EntityLexicon, words: Word[], c: Candidate, surnames: ReadonlySet<string>): boolean {
  if (c.seg.from !== c.run.from || c.seg.to !== c.run.to || c.seg.to - c.seg.from > 3) return false;
  const last = words[c.seg.to - 1]!;
  // "Ann Lee, Lane's chief economist": a possessor is a person, not the employer.
  if (last.possEnd !== last.end || surnames.has(last.text)) return false;
  const comma = words[c.seg.from - 1];
  const before = words[c.seg.from - 2];
  if (comma?.text !== ',' || !before?.cap || !sameSentence(words, c.seg.from - 2, c.seg.from)) return false;
  const end = titleWordsEnd(lex, words, c.seg.to);
  const after = words[end];
  return (
    end > 0 && (after === undefined || !sameSentence(words, c.seg.from, end) || [',', '.', ';'].includes(after.text))
  );
}

/**
 * "Indeed Nordland's senior economist Avery Lane": a possessive run that holds a name nobody knows, before a
 * title and a person, is the organization the title belongs to (the whole run, its country included).
 */
function possessiveEmployer(lex: EntityLexicon, words: Word[], run: Run, surnames: ReadonlySet<string>): boolean {
  const last = words[run.to - 1]!;
  if (last.possEnd === last.end || !run.segments.some((s) => s.kind === 'name')) return false;
  if (
    !run.segments.every(
      (s) => s.kind === 'name' || s.kind === 'country' || s.kind === 'place' || s.kind === 'org' || s.kind === 'of',
    )
  )
    return false;
  const first = words[run.from]!;
  if (surnames.has(last.text) || (run.to - run.from > 1 && lex.isGivenName(first.text)) || lex.nonNames.has(first.text))
    return false;
  return titleThenGivenName(lex, words, run.to);
}

/**
 * "the Lane campaign", "the Lane campaign's director": after "the", a one-word name that the article uses as a
 * person's surname, then a noun of lexicon name-context-words (person-organization), is an organization named by
 * both words. The run grows over the noun, so the mention and the name hold it.
 */
function personOrganizations(words: Word[], runs: readonly Run[], surnames: ReadonlySet<string>): void {
  for (const run of runs) {
    const seg = run.segments[run.segments.length - 1];
    const noun = words[run.to];
    if (seg?.kind !== 'name' || seg.to !== run.to || seg.to - seg.from !== 1 || !noun) continue;
    // "The Lane campaign" opening a sentence: the run holds "The", which must be all that comes before.
    if (run.segments.length > 2 || (run.segments.length === 2 && words[run.from]!.lower !== 'the')) continue;
    const holder = words[seg.from]!;
    if (!surnames.has(holder.text) || holder.possEnd !== holder.end || !sameSentence(words, seg.from, run.to)) continue;
    if (words[seg.from - 1]?.lower !== 'the' || noun.cap || !PERSON_ORGANIZATIONS.has(noun.lower)) continue;
    run.to++;
    run.segments[run.segments.length - 1] = {
      kind: 'org',
      from: seg.from,
      to: run.to,
      org: { name: `${holder.text} ${noun.text}`, acronym: null },
    };
  }
}

/** The segment closes "<title> of/for <name>" in its run ("MP for Avonford"): a constituency, not a team. */
function afterTitleOf(run: Run, index: number): boolean {
  return index >= 2 && run.segments[index - 1]!.kind === 'of' && run.segments[index - 2]!.kind === 'title';
}

/** Acronyms in brackets right after an organization: "Avero Savings Bank (ASB)". */
function definedAcronyms(words: Word[], runs: readonly Run[]): Map<string, OrgInfo> {
  const out = new Map<string, OrgInfo>();
  const runAt = new Map(runs.map((r) => [r.from, r]));
  for (const run of runs) {
    const last = run.segments[run.segments.length - 1];
    if (last?.kind !== 'org' || words[run.to]?.text !== '(') continue;
    const inner = runAt.get(run.to + 1);
    if (!inner || inner.to - inner.from !== 1 || words[inner.to]?.text !== ')') continue;
    const acronym = words[inner.from]!.text;
    if (/^\p{Lu}[\p{Lu}\d&.-]{1,9}$/u.test(acronym))
      out.set(acronym, { name: textOf(words, last.from, last.to), acronym });
  }
  acronymsBeforeExpansion(words, runs, out);
  return out;
}

/**
 * The other order, "the ASB (Avero Savings Bank)": an acronym alone in its run, then in brackets a run that ends
 * in an organization: the acronym names that organization.
 */
function acronymsBeforeExpansion(words: Word[], runs: readonly Run[], out: Map<string, OrgInfo>): void {
  const runAt = new Map(runs.map((r) => [r.from, r]));
  for (const run of runs) {
    const seg = run.segments[run.segments.length - 1];
    if (words[run.to]?.text !== '(' || seg?.kind !== 'name' || seg.to - seg.from !== 1) continue;
    const acronym = words[seg.from]!.text;
    const inner = runAt.get(run.to + 1);
    const last = inner?.segments[inner.segments.length - 1];
    if (!/^\p{Lu}{2,6}$/u.test(acronym) || last?.kind !== 'org' || words[inner!.to]?.text !== ')') continue;
    if (!out.has(acronym)) out.set(acronym, { name: textOf(words, last.from, last.to), acronym });
  }
}

/** The name without its trailing legal forms: "Avero International Inc" → "Avero"; null when nothing is cut. */
function withoutLegalForm(lex: EntityLexicon, words: Word[], seg: Segment): string | null {
  let to = seg.to;
  const bare = (w: Word) => (w.text.endsWith('.') ? w.text.slice(0, -1) : w.text);
  while (to > seg.from + 1 && lex.orgLegalForms.has(bare(words[to - 1]!))) to--;
  if (to === seg.to || lex.orgHeads.has(bare(words[to - 1]!))) return null;
  const core = textOf(words, seg.from, to);
  return lex.places.has(core) || lex.countries.byName.has(core) || lex.isGivenName(core) ? null : core;
}

export function findUnlistedOrganizations(
  lex: EntityLexicon,
  words: Word[],
  runs: readonly Run[],
  teams: ReadonlySet<string> = new Set(),
): void {
  findAgenciesOfCountries(lex, words, runs);
  findNamesSpelledByAcronyms(lex, words, runs);
  const candidates: Candidate[] = [];
  const surnames = new Set<string>();
  for (const run of runs) {
    run.segments.forEach((seg, index) => {
      if (seg.kind !== 'name') return;
      candidates.push({ run, index, seg });
      if (seg.to - seg.from >= 2 && lex.isGivenName(words[seg.from]!.text)) surnames.add(words[seg.to - 1]!.text);
    });
  }
  personOrganizations(words, runs, surnames);
  const known = definedAcronyms(words, runs);
  let lowerWords: Set<string> | undefined;
  const lowerCase = () => (lowerWords ??= lowerCaseWords(words));
  for (const run of runs) {
    for (const seg of run.segments) {
      if (seg.kind !== 'org') continue;
      const core = withoutLegalForm(lex, words, seg);
      const full = textOf(words, seg.from, seg.to);
      if (core && !known.has(core)) known.set(core, seg.org ?? { name: full, acronym: null });
      if (!known.has(full)) known.set(full, seg.org ?? { name: full, acronym: null });
      const short = core ? companyShortForm(lex, words, seg, surnames, lowerCase) : null;
      if (short && !known.has(short)) known.set(short, seg.org ?? { name: full, acronym: null });
      const arm = nationalArmShortForm(lex, words, seg.from, seg.to, surnames, lowerCase);
      // The company itself, not its national arm: two organizations, as a parent and its subsidiary are.
      if (arm && !known.has(arm)) known.set(arm, { name: arm, acronym: null });
    }
  }
  const employers = new Set<Run>();
  for (const run of runs) {
    if (!possessiveEmployer(lex, words, run, surnames)) continue;
    employers.add(run);
    const text = textOf(words, run.from, run.to).replace(/['’]s?$/u, '');
    run.segments = [{ kind: 'org', from: run.from, to: run.to, org: null }];
    if (!known.has(text)) known.set(text, { name: text, acronym: null });
    const arm = nationalArmShortForm(lex, words, run.from, run.to, surnames, lowerCase);
    if (arm && !known.has(arm)) known.set(arm, { name: arm, acronym: null });
  }
  const promoted = new Set<Candidate>();
  for (const c of candidates) {
    if (employers.has(c.run)) continue;
    const oneWord = c.seg.to - c.seg.from === 1;
    const first = words[c.seg.from]!;
    const saidAfterThe = theNameSaid(lex, words, c);
    if (lex.nonNames.has(first.text) || (c.seg.to - c.seg.from > 1 && lex.isGivenName(first.text) && !saidAfterThe))
      continue;
    const evidence =
      saidAfterThe ||
      (oneWord && endsLikeOrganization(lex, first)) ||
      nounBefore(lex, words, c) ||
      nounInApposition(lex, words, c) ||
      titleBeforeAt(lex, words, c) ||
      beforeTitleAndName(lex, words, c, surnames) ||
      titleBeforeLink(lex, words, c, surnames) ||
      employerInApposition(lex, words, c, surnames) ||
      speaksAsIt(lex, words, c) ||
      acronymInProse(lex, words, c, lowerCase) ||
      nounAfterName(words, c, surnames) ||
      hyphenatedAcronyms(lex, words, c) ||
      institutionAlone(words, c) ||
      pluralTeamAfterThe(lex, words, c, surnames, teams.size > 0) ||
      platformByContext(lex, words, c, surnames);
    if (!evidence) continue;
    promoted.add(c);
    const text = textOf(words, c.seg.from, c.seg.to);
    if (!known.has(text)) known.set(text, { name: text, acronym: null });
  }
  teamsNamedAsPlaces(words, runs, teams);
  for (const c of candidates) {
    if (employers.has(c.run)) continue;
    const text = textOf(words, c.seg.from, c.seg.to);
    const info = known.get(text) ?? (SHOUTED.test(text) ? known.get(titleCased(text)) : undefined);
    if (!info && !promoted.has(c)) continue;
    // "the MP for Avonford": a title's place is its constituency, whatever team shares the town's name.
    if (teams.has(text) && afterTitleOf(c.run, c.index)) continue;
    // "In Carlow, …" in a story where Carlow plays: after "at" or "in" a team's name is its town.
    if (teams.has(text) && !promoted.has(c) && wherePlayed(words, c.seg)) {
      c.run.segments[c.index] = { kind: 'place', from: c.seg.from, to: c.seg.to };
      continue;
    }
    c.run.segments[c.index] = { kind: 'org', from: c.seg.from, to: c.seg.to, org: info ?? null };
  }
}

/**
 * A place whose name the article's results lines give a team is that team ("Kent made up for lost time"),
 * except after "at" or "in", where it is where a game is played ("Avonford at Bexley", "in Bexley"), after a
 * title and "of"/"for" ("the MP for Bexley"), and in a dateline.
 */
/** "at Bexley", "in Bexley": where a game is played, never the side playing it. */
function wherePlayed(words: Word[], seg: Segment): boolean {
  const before = words[seg.from - 1]?.lower;
  return before === 'at' || before === 'in';
}

/** "AVONFORD 1996-08-30", "AVONFORD, Nordland 1996-08-30": a date within a dateline's few words after the place. */
function datelineDateFollows(words: Word[], at: number): boolean {
  const sentence = words[at - 1]!.sentence;
  for (let k = at; k < Math.min(words.length, at + 5) && words[k]!.sentence === sentence; k++)
    if (ISO_DATE.test(words[k]!.text)) return true;
  return false;
}

function teamsNamedAsPlaces(words: Word[], runs: readonly Run[], teams: ReadonlySet<string>): void {
  if (teams.size === 0) return;
  for (const run of runs) {
    run.segments.forEach((seg, index) => {
      if (seg.kind !== 'place') return;
      if (wherePlayed(words, seg) || afterTitleOf(run, index)) return;
      // "AVONFORD, Nordland 1996-08-30": a dateline names where the story was filed, not the team.
      if (words[seg.from]!.sentenceInitial && datelineDateFollows(words, seg.to)) return;
      const text = textOf(words, seg.from, seg.to);
      if (teams.has(text) || teams.has(text.toUpperCase()) || teams.has(titleCased(text)))
        run.segments[index] = { kind: 'org', from: seg.from, to: seg.to, org: null };
    });
  }
}
