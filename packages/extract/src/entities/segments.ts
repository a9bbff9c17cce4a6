/**
 * Runs of capitalized words and what each part of a run is. "US Secretary of State Avery Lane" is one run:
 * [country US][title Secretary of State][name Avery Lane]. A run never crosses punctuation, a possessive or a
 * lower-case word, except for name particles inside names ("bin", "van") and "of"/"for"/"and"/"the" inside
 * organization names and titles ("Ministry of Foreign Affairs", "King Avery of Nordland").
 */
import { NAME_SUFFIX, normalizeTitle, type Country } from '@dossier/normalize';
import { wordsOfKind } from '@dossier/lexicons';
import { entityLexicon, type EntityLexicon, type OrgInfo } from './lexicon.js';
import { bare, bareText, titleKeyOf, type Word } from './words.js';
import { wordFlag } from '../word-layer.js';

export type Segment =
  | { kind: 'skip'; from: number; to: number }
  | { kind: 'org'; from: number; to: number; org: OrgInfo | null }
  | { kind: 'country'; from: number; to: number; country: Country }
  | { kind: 'demonym'; from: number; to: number; country: Country }
  | { kind: 'place'; from: number; to: number }
  | { kind: 'title'; from: number; to: number; title: string; former: boolean }
  | { kind: 'rank'; from: number; to: number; title: string }
  | { kind: 'honorific'; from: number; to: number }
  | { kind: 'name'; from: number; to: number }
  | { kind: 'of'; from: number; to: number };

export interface Run {
  /** Word indices [from, to). */
  from: number;
  to: number;
  segments: Segment[];
}

const CONNECTORS = wordsOfKind('name-context-words', 'name-connector');
const DIGITS = /^\d+$/;
const RANK_NUMBER = /^(?:No\.?|Number)$/;
const PLURAL_BODY = /^\p{Lu}\p{Ll}+[^s]s$/u;
/** One-word result verbs ("beat", "defeated"): in a headline in capitals they stand between two sides. */
const ONE_WORD_MATCH_VERBS = new Set(
  [...wordsOfKind('name-context-words', 'match-verb')].filter((verb) => !verb.includes(' ')),
);
const ALL_CAPITALS = /^\p{Lu}[\p{Lu}'’-]+$/u;
/** shoutedMatchVerb's test of the word itself, as a word-layer bit (../word-layer.ts). */
const SHOUTED_MATCH_VERB = wordFlag(
  'entities:shouted-match-verb',
  (text) => ONE_WORD_MATCH_VERBS.has(text.toLowerCase()) && ALL_CAPITALS.test(text),
);

/**
 * "AVONFORD BEAT BEXLEY 42-36": a result verb in capitals between words in capitals is the headline's verb, not
 * a word of one long name, so it ends the run before it and starts none.
 */
function shoutedMatchVerb(words: readonly Word[], i: number): boolean {
  const w = words[i]!;
  if ((w.flags & SHOUTED_MATCH_VERB) === 0) return false;
  const prev = words[i - 1];
  const next = words[i + 1];
  return (
    prev !== undefined &&
    next !== undefined &&
    prev.sentence === w.sentence &&
    next.sentence === w.sentence &&
    ALL_CAPITALS.test(prev.text) &&
    ALL_CAPITALS.test(next.text)
  );
}

/** The word in lower case without periods, as lexicon.multiwordPrefixes holds words. */
function foldedWord(word: Word): string {
  return word.lower.includes('.') ? word.lower.replace(/\./g, '') : word.lower;
}

function text(words: Word[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += (i > from ? ' ' : '') + (i === to - 1 ? bare(words[i]!) : words[i]!.text);
  return s;
}

/**
 * The per-word look-ups of this file as word-layer bits (../word-layer.ts): each is a pure function of the
 * word's text, answered once per form and thread instead of once per token.
 */
const TITLE_WORD = wordFlag('entities:title-word', (text) => titleWordKey(titleKeyOfText(text)));
const ORG_HEAD = wordFlag('entities:org-head', (text) => entityLexicon().orgHeads.has(text));
const ORG_HEAD_BARE = wordFlag('entities:org-head-bare', (text) => entityLexicon().orgHeads.has(bareText(text)));
const GIVEN_NAME = wordFlag('entities:given-name', (text) => entityLexicon().isGivenName(text));
const NON_NAME = wordFlag('entities:non-name', (text) => entityLexicon().nonNames.has(text));
/** The test segmentRun opens with: the word, or its abbreviation's body, is never a name. */
const NON_NAME_OR_BARE = wordFlag('entities:non-name-or-bare', (text) => {
  const nonNames = entityLexicon().nonNames;
  return nonNames.has(text) || (text.length > 3 && nonNames.has(bareText(text)));
});
const COUNTRY_NAME = wordFlag('entities:country-name', (text) => entityLexicon().countries.byName.has(text));
/** lookup() finds something for the word alone (the probe's flags are all set, so that it runs in full). */
const KNOWN_ALONE = wordFlag(
  'entities:known-alone',
  (text) => lookup(entityLexicon(), [{ text, lower: text.toLowerCase(), flags: -1 } as Word], 0, 1) !== null,
);

/** titleAt's first test: a title word, or the first word of a title phrase. */
const TITLE_START = wordFlag('entities:title-start', (text) => {
  const k = titleKeyOfText(text);
  return titleWordKey(k) || entityLexicon().titlePrefixes.has(k);
});

/** titleKeyOf() of a word's text. */
function titleKeyOfText(text: string): string {
  const lower = text.toLowerCase();
  return lower.endsWith('.') ? lower.slice(0, -1) : lower;
}

function titleWordKey(k: string): boolean {
  const lex = entityLexicon();
  return lex.titles.heads.has(k) || lex.titles.modifiers.has(k) || lex.titles.qualifiers.has(k) || k === 'former';
}
/** The same words in capitals ("AUGUST"), which segmentRun skips unless a look-up names them. */
const SHOUTED_NON_NAME = wordFlag(
  'entities:shouted-non-name',
  (text) => ALL_CAPS_WORD.test(text) && entityLexicon().nonNames.has(titleCased(bareText(text))),
);

function isTitleWord(_lex: EntityLexicon, w: Word): boolean {
  return (w.flags & TITLE_WORD) !== 0;
}

/** What the run so far holds, kept as the run grows so that each word is looked at once. */
interface RunState {
  from: number;
  hasHead: boolean;
  hasTitle: boolean;
  hasOfOrFor: boolean;
}

function addToRunState(lex: EntityLexicon, state: RunState, x: Word): void {
  if ((x.flags & ORG_HEAD) !== 0) state.hasHead = true;
  else if (x.cap && isTitleWord(lex, x)) state.hasTitle = true;
  if (x.lower === 'of' || x.lower === 'for') state.hasOfOrFor = true;
}

/** True when a word may continue a run whose words so far `state` sums up. */
function continuesRun(lex: EntityLexicon, words: Word[], state: RunState, i: number): boolean {
  const w = words[i]!;
  const prev = words[i - 1]!;
  const next = words[i + 1];
  // "Avery & Lane": an ampersand between capitalized words joins a firm's name.
  if (w.text === '&') return prev.cap && next?.cap === true && next.sentence === w.sentence;
  if (w.punct || shoutedMatchVerb(words, i)) return false;
  if (w.cap) return true;
  if (!next || next.sentence !== w.sentence || next.punct) return false;
  // Particles inside names, also in chains: "bin", "von der", "de la".
  if (lex.particles.has(w.lower) && (next.cap || (lex.particles.has(next.lower) && words[i + 2]?.cap === true)))
    return true;
  // "Channel 4 News"; but "world No 38 Avery Lane" is a ranking before a name, not one name.
  if (DIGITS.test(w.text) && next.cap && prev.cap) return !RANK_NUMBER.test(prev.text);
  if (!CONNECTORS.has(w.lower)) return false;
  // Connectors only inside organization names and titles: the run so far must hold a head word or a title.
  const { hasHead, hasTitle } = state;
  if (w.lower === 'and') return hasHead && next.cap && state.hasOfOrFor;
  if (w.lower === 'the') return prev.lower === 'of' && next.cap;
  if (w.lower === 'of' || w.lower === 'for') {
    if ((hasHead || hasTitle) && (next.cap || next.lower === 'the')) return true;
    // "Chartered Professional Accountants of Nordland": a plural noun ending a name of two or more words is a
    // body of people, and "of" its place (not a person's name: "Ann Harris of Ohio" starts with a given name).
    if (
      i - state.from >= 2 &&
      next.cap &&
      PLURAL_BODY.test(prev.text) &&
      prev.possEnd === prev.end &&
      (words[state.from]!.flags & GIVEN_NAME) === 0 &&
      (prev.flags & GIVEN_NAME) === 0
    )
      return true;
    // "Joint Chiefs of Staff": the head comes after the connector (not "Shares of General Motors").
    const first = words[state.from]!;
    if (first.sentenceInitial && i - state.from < 2) return false;
    for (let j = i + 1; j < Math.min(words.length, i + 4) && words[j]!.cap && words[j]!.sentence === w.sentence; j++) {
      if ((words[j]!.flags & ORG_HEAD) !== 0) return true;
    }
    return false;
  }
  return false;
}

const LOWER_AFTER_FIRST = /^\p{Lu}\p{Ll}/u;
const LOWER_AFTER_FIRST_FLAG = wordFlag('entities:lower-after-first', (text) => LOWER_AFTER_FIRST.test(text));

/**
 * Words the article writes capitalized inside a sentence (not all in capitals): case evidence that the same
 * word opening a sentence is a name too ("Democratic pollster Ann Lee said" when "the Democratic nominee" is
 * written elsewhere), even where the tagger reads it as an adjective.
 */
function capitalizedInside(words: readonly Word[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) if (w.cap && !w.sentenceInitial && (w.flags & LOWER_AFTER_FIRST_FLAG) !== 0) out.add(w.text);
  return out;
}

export function findRuns(lex: EntityLexicon, words: Word[]): Run[] {
  const runs: Run[] = [];
  const namesInside = capitalizedInside(words);
  let i = 0;
  while (i < words.length) {
    const w = words[i]!;
    if (!w.cap || w.punct || shoutedMatchVerb(words, i)) {
      i++;
      continue;
    }
    let j = i + 1;
    const state: RunState = { from: i, hasHead: false, hasTitle: false, hasOfOrFor: false };
    addToRunState(lex, state, w);
    while (j < words.length && words[j]!.sentence === w.sentence) {
      const last = words[j - 1]!;
      if (last.possEnd !== last.end || last.suffixFollows) break;
      if (!continuesRun(lex, words, state, j)) break;
      addToRunState(lex, state, words[j]!);
      j++;
    }
    // A run never ends on a connector.
    while (j > i + 1 && !words[j - 1]!.cap && !DIGITS.test(words[j - 1]!.text)) j--;
    runs.push({ from: i, to: j, segments: segmentRun(lex, words, i, j, namesInside) });
    i = j;
  }
  return runs;
}

function titleAt(
  lex: EntityLexicon,
  words: Word[],
  p: number,
  to: number,
): { end: number; title: string; former: boolean } | null {
  // Longest title phrase of capitalized title words starting at p ("Prime Minister", "Secretary of State").
  if ((words[p]!.flags & TITLE_START) === 0) return null;
  let best: { end: number; title: string; former: boolean } | null = null;
  const max = Math.min(to, p + lex.titles.maxPhraseWords + 2);
  let partial = '';
  for (let e = p + 1; e <= max; e++) {
    const w = words[e - 1]!;
    if (!w.cap && !(w.lower === 'of' || w.lower === 'the')) break;
    partial = partial ? `${partial} ${titleKeyOf(w)}` : titleKeyOf(w);
    // Words like "State" in "Secretary of State" are only title words inside a phrase.
    if (!isTitleWord(lex, w) && !lex.titlePrefixes.has(partial)) break;
    if (!w.cap) continue;
    const n = normalizeTitle(words.slice(p, e).map((x) => x.text));
    if (n) best = { end: e, title: n.title, former: n.former };
  }
  return best;
}

/**
 * No organization or place name is longer than this many words. Scans from a word stop here, so that a run of
 * thousands of capitalized words ("Mr. Mr. Mr. …") costs a bounded amount per word, not per word pair.
 */
const MAX_NAME_WORDS = 12;

function orgHeadSpan(lex: EntityLexicon, words: Word[], p: number, runTo: number): number {
  const to = Math.min(runTo, p + MAX_NAME_WORDS);
  // "Governor Ann Lee and Bank of Nordland": a title before a name opens no organization.
  if (titleBeforeName(lex, words, p, runTo)) return -1;
  // The last org head word of the run, with everything before it from p, makes an organization.
  let head = -1;
  let titleCut = -1;
  for (let q = p; q < to; q++) {
    const w = words[q]!;
    if (head >= 0 && q > head + 1 && titleBeforeName(lex, words, q, runTo)) {
      titleCut = q;
      break;
    }
    // "Ann Lee and Bank of Nordland", "Ann Lee of First Avonford": a given name and a surname, then "and" or "of",
    // are a person beside or of a body (not "Ann and Tom Lee Foundation", one word before "and").
    if (head < 0 && q - p >= 2 && (w.lower === 'and' || w.lower === 'of') && (words[p]!.flags & GIVEN_NAME) !== 0)
      return -1;
    if ((w.flags & ORG_HEAD_BARE) !== 0) head = q;
    else if (q > p && w.cap && isTitleWord(lex, w) && head < 0 && !lex.titles.modifiers.has(titleKeyOf(w))) return -1;
    if (!w.cap && !CONNECTORS.has(w.lower) && w.text !== '&' && !lex.particles.has(w.lower) && !DIGITS.test(w.text))
      break;
  }
  if (head < 0) return -1;
  // A legal form ends a company's name: "Avero Motor Corp of Nordland" is the company, then where it is from.
  const legalForm = lex.orgLegalForms.has(bare(words[head]!));
  const hasTail = head + 1 < to && CONNECTORS.has(words[head + 1]!.lower) && !legalForm;
  if (head === p && !hasTail) return -1;
  if (hasTail) return titleCut >= 0 ? titleCut : runTo <= to ? to : -1;
  // Trailing capitalized words that are not names ("Sky News Arabic").
  let end = head + 1;
  while (
    end < to &&
    words[end]!.cap &&
    (words[end]!.flags & GIVEN_NAME) === 0 &&
    !isTitleWord(lex, words[end]!) &&
    !opensTitlePhrase(lex, words, end, to)
  )
    end++;
  return end;
}

/**
 * "Bank of Nordland Governor Ann Lee": a title word right before a capitalized word that is no title ends the
 * organization's tail of "of" and names before it, as the title and its holder follow (not "Board of Governors
 * Chairman Ann Lee", where the next word is a title too, nor a title word ending the run: "Council of Advisers").
 */
function titleBeforeName(lex: EntityLexicon, words: Word[], q: number, runTo: number): boolean {
  const w = words[q]!;
  const next = words[q + 1];
  if (q + 1 >= runTo || !w.cap || !next?.cap || !isTitleWord(lex, w) || !lex.titles.heads.has(w.lower)) return false;
  return !isTitleWord(lex, next) && (next.flags & ORG_HEAD_BARE) === 0;
}

/** "Inspector General": word q and the next open a title phrase, so the organization ends before q. */
function opensTitlePhrase(lex: EntityLexicon, words: Word[], q: number, to: number): boolean {
  return q + 1 < to && lex.titlePrefixes.has(`${titleKeyOf(words[q]!)} ${titleKeyOf(words[q + 1]!)}`);
}

function placeHeadSpan(lex: EntityLexicon, words: Word[], p: number, runTo: number): number {
  if ((words[p]!.flags & NON_NAME) !== 0) return -1;
  if (lex.placePrefixes.has(words[p]!.text) && p + 1 < runTo) return runTo - p <= MAX_NAME_WORDS ? runTo : -1;
  const to = Math.min(runTo, p + MAX_NAME_WORDS);
  for (let q = to - 1; q > p; q--) if (lex.placeHeads.has(words[q]!.text)) return q + 1;
  return -1;
}

const UPPER_FIRST = /^[\p{Lu}]/u;
const ALL_CAPS_WORD = /^\p{Lu}{2,}\.?$/u;
const ALL_UPPER_WORDS = /^\p{Lu}[\p{Lu}.'’-]*(?: \p{Lu}[\p{Lu}.'’-]*)*$/u;

/** "NEW YORK" → "New York"; "ST LOUIS" → "St Louis". */
export function titleCased(t: string): string {
  return t.toLowerCase().replace(/(^|[\s-])(\p{Ll})/gu, (_, sep: string, c: string) => sep + c.toUpperCase());
}
const NON_WORD = /\W/g;

/** A lower-cased organization form of 4+ word characters ("Unrwa" for "UNRWA"); `lower` is t lower-cased. */
function foldedOrg(lex: EntityLexicon, t: string, lower: string): OrgInfo | undefined {
  // Looked up first: almost no text is a folded form, and the length test allocates.
  const org = lex.orgsFolded.get(lower);
  return org && t.replace(NON_WORD, '').length >= 4 ? org : undefined;
}

function lookup(lex: EntityLexicon, words: Word[], p: number, to: number): Segment | null {
  // Only lengths whose words begin some multiword lexicon entry can match beyond one word.
  let maxL = 1;
  if (to - p >= 2) {
    let node = lex.multiwordPrefixes.get(foldedWord(words[p]!));
    for (let L = 2; L <= to - p && node !== undefined; L++) {
      node = node.get(foldedWord(words[p + L - 1]!));
      if (node === undefined) break;
      maxL = L;
    }
  }
  for (let L = maxL; L >= 1; L--) {
    // Most words alone are nothing the lexicons know: the word layer has that answer already.
    if (L === 1 && (words[p]!.flags & KNOWN_ALONE) === 0) return null;
    const end = p + L;
    const t = text(words, p, end);
    // A one-word text is usually the word itself, whose lower case the word already holds.
    const org =
      lex.orgs.get(t) ?? foldedOrg(lex, t, L === 1 && t === words[p]!.text ? words[p]!.lower : t.toLowerCase());
    if (org && (L > 1 || words[p]!.text === t || UPPER_FIRST.test(t))) return { kind: 'org', from: p, to: end, org };
    const country = lex.countries.byName.get(t);
    if (country) return { kind: 'country', from: p, to: end, country };
    const demonym = lex.countries.byDemonym.get(t);
    if (demonym) return { kind: 'demonym', from: p, to: end, country: demonym };
    const rank = lex.ranks.get(t.includes('.') ? t.replace(/\./g, '') : t);
    if (rank && L <= lex.maxRankWords) return { kind: 'rank', from: p, to: end, title: rank };
    if (L === 1 && lex.honorifics.has(bare(words[p]!))) return { kind: 'honorific', from: p, to: end };
    if (lex.places.has(t)) return { kind: 'place', from: p, to: end };
    // Datelines and headlines write places and countries in capitals ("KYIV", "NEW YORK", "SRI LANKA").
    if ((L > 1 || t.length >= 4) && ALL_UPPER_WORDS.test(t) && !lex.orgs.has(t)) {
      const titled = titleCased(t);
      const titledCountry = lex.countries.byName.get(titled);
      if (titledCountry) return { kind: 'country', from: p, to: end, country: titledCountry };
      if (lex.places.has(titled)) return { kind: 'place', from: p, to: end };
    }
  }
  return null;
}

/** The longer of two candidate segments; the one found first on a tie. */
function longer(best: Segment | null, c: Segment): Segment {
  return !best || c.to > best.to ? c : best;
}

const NAME_BREAKS = wordsOfKind('name-context-words', 'name-break');
const CONTINENT_PARTS = /^(?:North|South|Central|Latin)$/;
const KNOWN_INSIDE_NAME = new Set(['country', 'demonym', 'org', 'rank', 'honorific']);

/** True when word q starts a country, organization, rank or title that more of the run follows. */
function startsKnownPart(lex: EntityLexicon, words: Word[], q: number, to: number): boolean {
  // What follows must be more than a generational suffix ("Martin Luther King Jr.").
  let last = to;
  while (last > q + 1 && NAME_SUFFIX.test(words[last - 1]!.text)) last--;
  to = last;
  if (q + 1 >= to) return false;
  const found = lookup(lex, words, q, to);
  if (found && KNOWN_INSIDE_NAME.has(found.kind) && found.to < to) return true;
  const title = titleAt(lex, words, q, to);
  return title !== null && title.end < to;
}

const CAPITALS = /^[\p{Lu}\d'’.-]+$/u;

function allCapitals(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (!CAPITALS.test(words[k]!.text)) return false;
  return true;
}

function hasAmpersand(words: Word[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (words[k]!.text === '&') return true;
  return false;
}

const CARDINAL_WORDS = wordsOfKind('number-words', 'cardinal');
const WEEKDAYS = wordsOfKind('temporal-calendar', 'weekday');
const CALENDAR_NAMES = new Set([
  ...wordsOfKind('temporal-calendar', 'month'),
  ...wordsOfKind('temporal-calendar', 'weekday'),
]);

/**
 * "beat Jan Kroslak", "4 - Christian Lemaire": a word that is never a name alone (a month's abbreviation, a
 * religion) but is a given name starts one inside a sentence when an unknown capitalized word follows it in the
 * run. Whether that name is a person is left to the usual evidence. Full month and weekday names never do
 * ("in May Lane resigned").
 */
function givenNameOfNonName(lex: EntityLexicon, words: Word[], p: number, to: number): boolean {
  const w = words[p]!;
  const next = words[p + 1];
  return (
    p + 1 < to &&
    !w.sentenceInitial &&
    next !== undefined &&
    LOWER_AFTER_FIRST.test(w.text) &&
    LOWER_AFTER_FIRST.test(next.text) &&
    lex.isGivenName(w.text) &&
    !CALENDAR_NAMES.has(w.lower) &&
    !lex.nonNames.has(next.text) &&
    lookup(lex, words, p + 1, to) === null
  );
}

/**
 * The words in capitals from k as a country ("EL SALVADOR"), or as a place the article also writes in ordinary
 * case inside a sentence ("ENGLAND" beside "England"; not "LEAD", which a gazetteer knows as a town); else null.
 */
function shoutedPlace(
  lex: EntityLexicon,
  words: Word[],
  k: number,
  end: number,
  namesInside: ReadonlySet<string>,
): Segment | null {
  const found = lookup(lex, words, k, end);
  if (found?.kind === 'country') return found;
  if (found?.kind !== 'place') return null;
  return namesInside.has(titleCased(textOfWords(words, found.from, found.to))) ? found : null;
}

function textOfWords(words: Word[], from: number, to: number): string {
  let s = '';
  for (let i = from; i < to; i++) s += (i > from ? ' ' : '') + words[i]!.text;
  return s;
}

/** Splits a run into its parts, left to right, longest match first. */
export function segmentRun(
  lex: EntityLexicon,
  words: Word[],
  from: number,
  to: number,
  namesInside: ReadonlySet<string> = new Set(),
): Segment[] {
  const segments: Segment[] = [];
  let p = from;
  while (p < to) {
    const w = words[p]!;
    if (w.lower === 'of' || w.lower === 'for' || w.lower === 'the' || w.lower === 'and' || w.text === '&') {
      segments.push({ kind: 'of', from: p, to: p + 1 });
      p++;
      continue;
    }
    // "US" and "UK" before an organization are its country, not part of its name ("US National Security Council").
    const abbreviated = (w.flags & COUNTRY_NAME) !== 0 ? lex.countries.byName.get(w.text) : undefined;
    if (abbreviated && /^[\p{Lu}.]+$/u.test(w.text)) {
      segments.push({ kind: 'country', from: p, to: p + 1, country: abbreviated });
      p++;
      continue;
    }
    // "Former" at the start of a sentence qualifies the title after it; titleInRun reads it from here.
    if (w.lower === 'former' || w.lower === 'ex') {
      segments.push({ kind: 'skip', from: p, to: p + 1 });
      p++;
      continue;
    }
    // Longest wins; on a tie the earlier candidate (non-names, look-ups, head spans, then titles) does.
    let best: Segment | null = null;
    // Calendar words and sentence openers are never names, whatever else they could be alone.
    // Abbreviations with their period count ("Oct."), initials do not ("A. Lane").
    if ((w.flags & NON_NAME_OR_BARE) !== 0 && !givenNameOfNonName(lex, words, p, to))
      best = longer(best, { kind: 'skip', from: p, to: p + 1 });
    const found = lookup(lex, words, p, to);
    if (found) best = longer(best, found);
    // The same words in capitals ("AUGUST 30 SCHEDULE", "TAKES LEAD IN"), unless they name something ("WHO").
    else if ((w.flags & SHOUTED_NON_NAME) !== 0) best = longer(best, { kind: 'skip', from: p, to: p + 1 });
    const orgEnd = orgHeadSpan(lex, words, p, to);
    if (orgEnd > p) best = longer(best, { kind: 'org', from: p, to: orgEnd, org: null });
    const placeEnd = placeHeadSpan(lex, words, p, to);
    if (placeEnd > p) best = longer(best, { kind: 'place', from: p, to: placeEnd });
    const title = titleAt(lex, words, p, to);
    if (title && !(found && found.to > title.end))
      best = longer(best, { kind: 'title', from: p, to: title.end, title: title.title, former: title.former });
    // A place, country or title word that is also a given name and is followed by an unknown capitalized word
    // starts a name instead ("Jordan Avery"), unless a title or another known part follows. Not in capitals:
    // "NORDLAND BEAT SUDMARK" carries no case evidence that a name starts there.
    if (
      best &&
      !ALL_CAPS_WORD.test(w.text) &&
      (best.kind === 'place' || best.kind === 'country') &&
      best.to === p + 1 &&
      best.to < to &&
      (w.flags & GIVEN_NAME) !== 0 &&
      (words[best.to]!.flags & NON_NAME) === 0
    ) {
      const rest = lookup(lex, words, best.to, to);
      const restTitle = titleAt(lex, words, best.to, to);
      // A title word that is also a place and a given name ("Bishop") still titles the name after it.
      if (!rest && !restTitle && orgHeadSpan(lex, words, best.to, to) < 0)
        best =
          title?.end === best.to
            ? { kind: 'title', from: p, to: title.end, title: title.title, former: title.former }
            : null;
    }
    // "North American", "Latin American": a continent's adjective, not the demonym of one country (the
    // country demonyms that start so, "South African", "North Korean", are matched whole before this).
    const prevWord = segments[segments.length - 1];
    if (
      best?.kind === 'demonym' &&
      prevWord?.to === p &&
      prevWord.from === p - 1 &&
      CONTINENT_PARTS.test(words[p - 1]!.text)
    ) {
      segments[segments.length - 1] = { kind: 'skip', from: p - 1, to: p };
      best = { kind: 'skip', from: p, to: best.to };
    }
    // Right after a title or honorific, a lone place name is a surname ("President Lincoln", "Mr Austin").
    const prevSeg = segments[segments.length - 1];
    if (
      best?.kind === 'place' &&
      best.to === to &&
      prevSeg &&
      (prevSeg.kind === 'title' || prevSeg.kind === 'honorific' || prevSeg.kind === 'rank')
    )
      best = null;
    // A sentence's first word that nothing knows is an ordinary word when wink does not tag it as a proper
    // noun and the article never capitalizes it inside a sentence, or when a given name follows it in the
    // run ("Historian Louis Avery said").
    // "Seven Iraqis were charged": a number word opening a sentence counts, it starts no name.
    if (!best && w.sentenceInitial && CARDINAL_WORDS.has(w.lower)) best = { kind: 'skip', from: p, to: p + 1 };
    if (!best && w.sentenceInitial && (w.flags & GIVEN_NAME) === 0) {
      const next = words[p + 1];
      if (
        (w.pos !== 'PROPN' && !namesInside.has(w.text)) ||
        (p + 2 < to && next !== undefined && (next.flags & GIVEN_NAME) !== 0)
      )
        best = { kind: 'skip', from: p, to: p + 1 };
    }
    if (best) {
      segments.push(best);
      p = best.to;
      continue;
    }
    // The rest is a name, up to an "of" that leads to an affiliation ("King Avery of Nordland"), or up to a
    // country, organization or title that something after it follows ("Former | U.S. | Treasury Secretary | Avery Lane").
    let end = p + 1;
    // A weekday ends a name: "will meet Foreign Minister Ivo Brack Monday".
    while (
      end < to &&
      !NAME_BREAKS.has(words[end]!.lower) &&
      !WEEKDAYS.has(words[end]!.lower) &&
      !startsKnownPart(lex, words, end, to)
    )
      end++;
    // Words in capitals carry no case evidence of where a name starts or ends ("ORSOLYA WINS IN"): each is
    // its own candidate, matched later against the names the article writes in ordinary case.
    // A country or place among them is still known by its name ("SHEARER NAMED AS ENGLAND CAPTAIN").
    if (end - p > 1 && allCapitals(words, p, end))
      for (let k = p; k < end; ) {
        const place = shoutedPlace(lex, words, k, end, namesInside);
        segments.push(place ?? { kind: 'name', from: k, to: k + 1 });
        k = place ? place.to : k + 1;
      }
    // Names joined by an ampersand are a firm ("Avery & Lane"), never a person; before a number they name an
    // index after the firm ("Avery & Lane's 500"), which is no organization.
    else if (hasAmpersand(words, p, end))
      segments.push(
        DIGITS.test(words[end]?.text ?? '')
          ? { kind: 'skip', from: p, to: end }
          : { kind: 'org', from: p, to: end, org: null },
      );
    else segments.push({ kind: 'name', from: p, to: end });
    p = end;
  }
  return segments;
}
