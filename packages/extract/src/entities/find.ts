/**
 * The entity finder: capitalized runs → organizations, countries, places and people; people's later
 * references (surname, given name, "Mr X", possessives) → the fullest name (persons.ts); titles → roles.
 * Each pass is a function of its own: V8 recompiles a function whole when part of it deoptimizes, and one
 * function for all passes cost more to recompile than to run.
 */
import type { ArticleDoc, RoleAnnotation } from '@dossier/core';
import { surnameForms } from '@dossier/normalize';
import { entityLexicon, type EntityLexicon } from './lexicon.js';
import { linkPersons, type NameOccurrence } from './persons.js';
import { findDatelinePlaces } from './dateline-places.js';
import { findUnlistedOrganizations } from './organizations.js';
import { findTeamsInResults } from './results.js';
import {
  findClubsAfterNouns,
  findClubsByPrefix,
  findClubsNamedAfterTowns,
  skipEventsNamedAfterPlaces,
} from './clubs.js';
import { EntityRegistry } from './registry.js';
import { findRuns, type Run, type Segment } from './segments.js';
import { buildWords, type Word } from './words.js';
import { findRoles } from './roles.js';
import { lineupPlayer } from './lineups.js';
import { scorecardPlayer } from './scorecards.js';
import { findTeamsInProse, spreadTeamsAlongLists } from './teams-in-prose.js';
import { findTeamsAsSubjects } from './teams-as-subjects.js';
import { findVenues } from './venues.js';
import { surnamesUsedLikePersons } from './surname-places.js';
import { countryInBrackets } from './bracketed-country.js';
import { bylineLine, invertedSaidSubject, regnalName, titleApposition } from './person-cues.js';
import type { EntityFindings } from './types.js';

const AGE = /^\d{1,3}$/;
const HAS_DIGIT = /\d/;
const ACRONYM = /^[\p{Lu}.&]+$/u;
const ALL_CAPS_PLACE = /^\p{Lu}{4,}$/u;
/** A word in capitals, three letters or more: shouted, not a name's case ("JD" may be initials). */
const SHOUTED = /^\p{Lu}{3,}(?:['’-]\p{Lu}+)*$/u;
const INITIALS = /^(?:\p{Lu}\.){1,3}$/u;

interface PersonEvidence {
  strong: boolean;
  evidence: boolean;
  honorificFrom: number | null;
}

/**
 * Evidence around a name segment that it names a person, computed once per segment: a later call for the same
 * segment gets the first answer even after run.segments changed. The cache lives for one article (a plain Map
 * is cheaper than a WeakMap, whose entries the collector has to trace).
 */
function personEvidence(
  cache: Map<Segment, PersonEvidence>,
  lex: EntityLexicon,
  words: Word[],
  run: Run,
  index: number,
): PersonEvidence {
  const seg = run.segments[index]!;
  let ev = cache.get(seg);
  if (!ev) {
    ev = computePersonEvidence(lex, words, run, index);
    cache.set(seg, ev);
  }
  return ev;
}

/** `index` is the segment's place in its run, passed in: looking it up would cost a scan per segment. */
function computePersonEvidence(lex: EntityLexicon, words: Word[], run: Run, index: number): PersonEvidence {
  const seg = run.segments[index]!;
  const before = run.segments[index - 1];
  let honorificFrom: number | null = null;
  let strong = false;
  if (before && (before.kind === 'title' || before.kind === 'rank' || before.kind === 'honorific')) {
    strong = true;
    if (before.kind === 'honorific') honorificFrom = before.from;
  }
  const first = words[seg.from]!;
  const nWords = seg.to - seg.from;
  const prev = words[run.from - 1];
  const prev2 = words[run.from - 2];
  const sameSentence = (w: Word | undefined) => w !== undefined && w.sentence === first.sentence;
  if (seg.from === run.from && sameSentence(prev)) {
    // A title noun or a relation right before: "spokesman Avery Lane", "her husband, Avery", "his son Sam".
    const noun = prev!.text === ',' && sameSentence(prev2) ? prev2! : prev!;
    const k = noun.lower;
    if (!noun.cap && (lex.titles.heads.has(k) || lex.kinship.has(k) || (noun === prev && lex.titles.phrases.has(k))))
      strong = true;
  }
  const next = words[seg.to];
  const next2 = words[seg.to + 1];
  if (seg.to === run.to && next && next.sentence === first.sentence) {
    // An age in apposition: "Sam Avery, 38, said".
    if (next.text === ',' && next2 && AGE.test(next2.text) && words[seg.to + 2]?.text !== '%') strong = true;
  }
  // "c Lane b Avery 13", "Avery 10-0-41-2": a player in a cricket scorecard's notation.
  if (seg.from === run.from && seg.to === run.to && scorecardPlayer(words, seg.from, seg.to)) strong = true;
  // "14 - Sam Cole,", "Avery Lane (47th)": a player in a team sheet or a scorers' list.
  if (seg.from === run.from && seg.to === run.to && lineupPlayer(words, seg.from, seg.to)) strong = true;
  // Capitals carry no case evidence: "BLESSED ARE" in a headline, "GREAT Day" in a kicker, "Navy SEALS". Such a
  // name is a person only where the article names that person in ordinary case (persons.ts matches it).
  for (let k = seg.from; k < seg.to; k++)
    if (SHOUTED.test(words[k]!.text) && !(k === seg.to - 1 && regnalName(lex, words, seg.from, seg.to)))
      return { strong: false, evidence: false, honorificFrom };
  // "general K-12 funding", "Boeing 787": no person's name holds a digit.
  for (let k = seg.from; k < seg.to; k++)
    if (HAS_DIGIT.test(words[k]!.text)) return { strong: false, evidence: false, honorificFrom };
  // "Nordland Open", "Avery Stadium": events and venues, whatever their first word.
  if (nWords >= 2 && lex.nonPersonHeads.has(words[seg.to - 1]!.text))
    return { strong: false, evidence: false, honorificFrom };
  let evidence = strong;
  // Initials before a surname: "C.Q. Avery", "S. Lane"; never the pronoun before a function word ("she and I. My
  // house …", where the sentence splitter missed the stop).
  const afterInitials = words[seg.from + 1];
  if (nWords >= 2 && INITIALS.test(first.text) && afterInitials!.cap && !lex.nonNames.has(afterInitials!.text))
    evidence = true;
  // "the Avery al-Lane neighbourhood": a name used as a modifier after "the" is a place or thing, not a person.
  const modifierUse = seg.from === run.from && prev?.lower === 'the' && sameSentence(prev);
  if (nWords >= 2 && !modifierUse && lex.isGivenName(first.text) && !lex.nonNames.has(first.text)) evidence = true;
  if (nWords >= 2 && seg.to === run.to && next && lex.cueVerbs.has(next.lower)) evidence = true;
  // "named Avery Lane as acting foreign minister".
  const next3 = words[seg.to + 2];
  if (
    nWords >= 2 &&
    next?.lower === 'as' &&
    next2 &&
    (lex.titles.heads.has(next2.lower) ||
      lex.titles.qualifiers.has(next2.lower) ||
      lex.titles.modifiers.has(next2.lower)) &&
    next3 !== undefined
  )
    evidence = true;
  // "Avery Lane (Nordland) 68 70", "Avery Lane (South Africa)": a name with its country (or home town) in
  // brackets, as results and lists give players.
  if (nWords >= 2 && seg.to === run.to && countryInBrackets(lex, words, seg.to)) evidence = true;
  const appositionMark = next?.text === ',' || next?.text === '-' || next?.text === '–' || next?.text === '—';
  if (nWords >= 2 && appositionMark && (next2?.lower === 'who' || next2?.lower === 'a' || next2?.lower === 'an'))
    evidence = true;
  // "Avery Lane, whose son was held": a relative possessor of a relative (lexicon kinship-nouns) is a person.
  if (nWords >= 2 && appositionMark && next2?.lower === 'whose' && lex.kinship.has(words[seg.to + 2]?.lower ?? ''))
    evidence = true;
  if (nWords >= 2 && seg.from === run.from && seg.to === run.to && invertedSaidSubject(words, seg.from, seg.to))
    evidence = true;
  if (nWords >= 2 && seg.to === run.to && titleApposition(lex, words, seg.to)) evidence = true;
  if (seg.from === run.from && seg.to === run.to && bylineLine(words, seg.from, seg.to)) evidence = true;
  // ", the Nordic minister of …": a title noun within a few words of ", the".
  if (nWords >= 2 && appositionMark && next2?.lower === 'the') {
    for (let j = seg.to + 2; j < Math.min(words.length, seg.to + 6); j++) {
      const w = words[j]!;
      if (w.punct || w.sentence !== first.sentence) break;
      if (!w.cap && lex.titles.heads.has(w.lower) && !lex.titles.heads.get(w.lower)!.weak) evidence = true;
    }
  }
  return { strong, evidence, honorificFrom };
}

/** The state the passes over one article share. */
interface Pass {
  doc: ArticleDoc;
  lex: EntityLexicon;
  words: Word[];
  runs: Run[];
  reg: EntityRegistry;
  evidence: Map<Segment, PersonEvidence>;
}

interface Demonym {
  seg: Segment;
  code: string;
  name: string;
}

/** Offsets of words [from, to): start, end, and end with a possessive marker. */
function spanOf(words: Word[], from: number, to: number): { start: number; end: number; possEnd: number } {
  return { start: words[from]!.start, end: words[to - 1]!.end, possEnd: words[to - 1]!.possEnd };
}

function surfaceOf(pass: Pass, from: number, to: number): string {
  return pass.doc.body.slice(pass.words[from]!.start, pass.words[to - 1]!.end);
}

export function findEntitiesIn(doc: ArticleDoc): EntityFindings {
  const lex = entityLexicon();
  const words = buildWords(doc);
  const runs = findRuns(lex, words);
  const reg = new EntityRegistry(doc.body);
  const pass: Pass = { doc, lex, words, runs, reg, evidence: new Map() };

  findDatelinePlaces(doc, words, runs);
  const teams = findTeamsInResults(lex, words, runs);
  findClubsNamedAfterTowns(lex, words, runs, teams);
  findClubsAfterNouns(lex, words, runs, teams);
  findClubsByPrefix(words, runs, teams);
  findTeamsAsSubjects(lex, words, runs, teams);
  findTeamsInProse(lex, words, runs, teams);
  spreadTeamsAlongLists(lex, words, runs, teams);
  findVenues(lex, words, runs);
  skipEventsNamedAfterPlaces(lex, words, runs);
  findUnlistedOrganizations(lex, words, runs, teams);
  nameSurnamePlaces(pass);
  const { occurrences, orgAt, countryAt, placeAt, demonyms } = registerSegments(pass);
  linkPersons({ lex, words, reg, occurrences, placeAt });

  const demonymBySeg = new Map(demonyms.map((d) => [d.seg, d]));
  const countriesInSentence = new Map<number, Set<string>>();
  const noteCountry = (wordIndex: number, key: string) => {
    const s = words[wordIndex]!.sentence;
    const set = countriesInSentence.get(s);
    if (set) set.add(key);
    else countriesInSentence.set(s, new Set([key]));
  };
  for (const [at, key] of countryAt) noteCountry(at, key);
  for (const d of demonyms) noteCountry(d.seg.from, reg.entity('country', d.name, d.code));
  const roles: RoleAnnotation[] = findRoles({
    doc,
    lex,
    words,
    runs,
    occurrences,
    reg,
    orgAt,
    countryAt,
    placeAt,
    countriesInSentence,
    demonymKey: (seg) => {
      const d = demonymBySeg.get(seg);
      if (!d) return null;
      return reg.entity('country', d.name, d.code);
    },
  });
  mentionDemonyms(pass, demonyms, countryAt, roles);

  const { entities, mentions } = reg.result();
  const keys = new Set(entities.map((e) => e.key));
  const keptRoles = roles.filter(
    (r) =>
      keys.has(r.personKey) &&
      (r.organizationKey === null || keys.has(r.organizationKey)) &&
      (r.countryKey === null || keys.has(r.countryKey)),
  );
  return { entities, mentions, roles: keptRoles };
}

/**
 * A one-word place, country or organization that is the surname of someone named in full is that person
 * ("Lane" when "Avery Lane" is in the story and a town or a company called Lane is in the lexicons; "Jordan"
 * after "director Dana Jordan")…
 */
function nameSurnamePlaces(pass: Pass): void {
  const { lex, words, runs } = pass;
  const fullNameSurnames = new Set<string>();
  for (const run of runs) {
    for (let index = 0; index < run.segments.length; index++) {
      const seg = run.segments[index]!;
      if (seg.kind !== 'name' || seg.to - seg.from < 2) continue;
      if (personEvidence(pass.evidence, lex, words, run, index).evidence)
        for (const f of surnameForms(surfaceOf(pass, seg.from, seg.to))) fullNameSurnames.add(f);
    }
  }
  for (const s of surnamesUsedLikePersons(lex, words, runs)) fullNameSurnames.add(s);
  // …unless the article also names a longer organization or place that starts with that word ("Ford Motor
  // Company" and "William Clay Ford Jr.": then "Ford" stays the company).
  const longerNames = new Set<string>();
  for (const run of runs) {
    for (const seg of run.segments)
      if ((seg.kind === 'org' || seg.kind === 'place') && seg.to - seg.from > 1) longerNames.add(words[seg.from]!.text);
  }
  for (const run of runs) {
    run.segments = run.segments.map((seg) =>
      ((seg.kind === 'place' || seg.kind === 'org' || seg.kind === 'country') &&
        seg.to - seg.from === 1 &&
        fullNameSurnames.has(words[seg.from]!.text) &&
        !longerNames.has(words[seg.from]!.text)) ||
      loneTitleSurname(run, seg, words, fullNameSurnames)
        ? { kind: 'name', from: seg.from, to: seg.to }
        : seg,
    );
  }
}

/**
 * …and so is a one-word title standing alone with no name after it ("King said" when "Avery King" is in the
 * story): a title with nobody to hold it is the surname of the person who has it.
 */
function loneTitleSurname(run: Run, seg: Segment, words: Word[], fullNameSurnames: ReadonlySet<string>): boolean {
  return (
    seg.kind === 'title' &&
    run.segments.length === 1 &&
    seg.to - seg.from === 1 &&
    fullNameSurnames.has(words[seg.from]!.text)
  );
}

/** Organizations, countries and places become entities and mentions; name segments are kept for the person pass. */
function registerSegments(pass: Pass): {
  occurrences: NameOccurrence[];
  orgAt: Map<number, string>;
  countryAt: Map<number, string>;
  placeAt: Map<number, string>;
  demonyms: Demonym[];
} {
  const { lex, words, runs, reg } = pass;
  const occurrences: NameOccurrence[] = [];
  const orgAt = new Map<number, string>(); // first word index → org key, for "its" and apposition look-ups
  const countryAt = new Map<number, string>();
  const placeAt = new Map<number, string>();
  const demonyms: Demonym[] = [];
  const placeByStem = new Map<string, string>();
  const orgForms = new Map<string, string>(); // surface form → key, for acronyms defined in brackets
  const ownedBody = new Map<string, string | null>(); // "Air Force" → "Ukraine’s Air Force" (null: two countries')
  const partyOf = partyNames(pass);
  const ordinaryForms = ordinaryOrganizationForms(pass);
  for (const run of runs) {
    for (let index = 0; index < run.segments.length; index++) {
      const seg = run.segments[index]!;
      const { start, possEnd } = spanOf(words, seg.from, seg.to);
      const form = surfaceOf(pass, seg.from, seg.to);
      if (seg.kind === 'org') {
        const owner = index === 0 && !seg.org ? countryOwner(pass, run, countryAt) : null;
        if (owner !== null) {
          // "Russia’s Defense Ministry" and "Ukraine’s Defense Ministry" are two ministries: a government body
          // no lexicon knows, after a country's possessive, is named with its country (the mention stays on the
          // body's own words, so that it never overlaps the country's).
          const key = reg.entity('organization', pass.doc.body.slice(owner, words[seg.to - 1]!.end));
          ownedBody.set(form, ownedBody.has(form) && ownedBody.get(form) !== key ? null : key);
          reg.mention(key, start, possEnd, 'alias');
          orgAt.set(seg.from, key);
          continue;
        }
        // "LEEDS" in a headline in capitals and "Leeds" in the story: the organization is named as the story writes it.
        const ordinary = SHOUTED_NAME.test(form) ? ordinaryForms.get(form.toLowerCase()) : undefined;
        const name = ordinary ?? form;
        // A bracketed acronym right after an organization is that organization ("Avery Defense Forces (ADF)").
        const prevWord = words[seg.from - 1];
        const beforeBracket = prevWord?.text === '(' ? orgForms.get(`@${seg.from - 2}`) : undefined;
        const party = partyOf.get(form) ?? (seg.org ? partyOf.get(seg.org.name) : undefined);
        const known =
          beforeBracket ??
          (ordinary ? orgForms.get(ordinary) : undefined) ??
          // "the Air Force" after "Ukraine’s Air Force", when only one country's body has that name.
          ownedBody.get(form) ??
          orgForms.get(form) ??
          (party ? orgForms.get(`#${party}`) : undefined) ??
          (seg.org
            ? (orgForms.get(seg.org.name) ??
              (seg.org.acronym ? orgForms.get(seg.org.acronym) : undefined) ??
              // Two short forms of one lexicon entry ("Democrats", "Democratic") are one organization.
              orgForms.get(`#${seg.org.name}`))
            : undefined);
        const key = known ?? reg.entity('organization', name);
        orgForms.set(form, key);
        if (ordinary) orgForms.set(ordinary, key);
        if (seg.org) orgForms.set(`#${seg.org.name}`, key);
        if (party) orgForms.set(`#${party}`, key);
        orgForms.set(`@${seg.to - 1}`, key);
        reg.alias(key, form);
        reg.mention(
          key,
          start,
          possEnd,
          ACRONYM.test(form) && form.length <= 6 ? 'acronym' : form === reg.get(key)!.name ? 'name' : 'alias',
        );
        orgAt.set(seg.from, key);
      } else if (seg.kind === 'country') {
        const key = reg.entity('country', seg.country.name, seg.country.code);
        reg.alias(key, form);
        reg.mention(key, start, possEnd, form === seg.country.name ? 'name' : 'alias');
        countryAt.set(seg.from, key);
      } else if (seg.kind === 'demonym') {
        demonyms.push({ seg, code: seg.country.code, name: seg.country.name });
      } else if (seg.kind === 'place') {
        // A lower-case place noun after a place is part of its name ("Sinai peninsula", "Kursk region").
        const after = words[seg.to];
        if (
          seg.to === run.to &&
          after &&
          !after.cap &&
          after.sentence === words[seg.from]!.sentence &&
          lex.placeHeads.has(after.text[0]!.toUpperCase() + after.text.slice(1))
        ) {
          const extended = { kind: 'place' as const, from: seg.from, to: seg.to + 1 };
          const f2 = surfaceOf(pass, extended.from, extended.to);
          const stem2 = form;
          const canonical2 = f2;
          const key2 = placeByStem.get(stem2) ?? reg.entity('place', canonical2);
          placeByStem.set(stem2, key2);
          reg.alias(key2, f2);
          reg.alias(key2, form);
          reg.mention(key2, start, words[seg.to]!.possEnd, f2 === reg.get(key2)!.name ? 'name' : 'alias');
          placeAt.set(seg.from, key2);
          continue;
        }
        const stemWords = form.split(' ');
        const stem = lex.placeHeads.has(stemWords[stemWords.length - 1]!) ? stemWords.slice(0, -1).join(' ') : form;
        const canonical = ALL_CAPS_PLACE.test(form) ? form[0] + form.slice(1).toLowerCase() : form;
        const key = placeByStem.get(stem) ?? placeByStem.get(canonical) ?? reg.entity('place', canonical);
        placeByStem.set(canonical, key);
        placeByStem.set(stem, key);
        reg.alias(key, form);
        reg.mention(key, start, possEnd, form === reg.get(key)!.name ? 'name' : 'alias');
        placeAt.set(seg.from, key);
      } else if (seg.kind === 'name') {
        const ev = personEvidence(pass.evidence, lex, words, run, index);
        // Pushed one by one: arrays from slice().map() come in more than one element kind, and each new kind
        // deoptimized this function (whose recompilation is costly) wherever it read o.words.
        const nameWords: string[] = [];
        for (let k = seg.from; k < seg.to; k++) nameWords.push(words[k]!.text);
        occurrences.push({
          run,
          from: seg.from,
          to: seg.to,
          mentionFrom: ev.honorificFrom ?? seg.from,
          text: nameWords.join(' '),
          words: nameWords,
          strong: ev.strong,
          evidence: ev.evidence,
          personKey: null,
        });
      }
    }
  }

  return { occurrences, orgAt, countryAt, placeAt, demonyms };
}

/** A name written in capitals, two letters or more a word ("LEEDS", "BANK OF NORDLAND"); acronyms are such too. */
const SHOUTED_NAME = /^\p{Lu}[\p{Lu}.'’&-]+(?: \p{Lu}[\p{Lu}.'’&-]*| of| the| and)*$/u;

/**
 * The article's organizations written in ordinary case, by their lower case: the name a form in capitals
 * ("LEEDS", "BUNDESBANK") stands for when the story writes it in ordinary case too ("Leeds").
 */
function ordinaryOrganizationForms(pass: Pass): Map<string, string> {
  const out = new Map<string, string>();
  for (const run of pass.runs) {
    for (const seg of run.segments) {
      if (seg.kind !== 'org') continue;
      const form = surfaceOf(pass, seg.from, seg.to);
      if (!SHOUTED_NAME.test(form) && !out.has(form.toLowerCase())) out.set(form.toLowerCase(), form);
    }
  }
  return out;
}

/** The head word of a political party's name ("Avery Party"), by which its short form is known ("Avery"). */
const PARTY_HEAD = 'Party';

/**
 * A party's forms in the article → the party's full name: "Labour" and "Labour Party", "Democratic" (as in
 * "Democratic pollster") and "Democrats" (a lexicon form of "Democratic Party") are one organization, in
 * whichever order the article writes them.
 */
function partyNames(pass: Pass): Map<string, string> {
  const { words, runs } = pass;
  const out = new Map<string, string>();
  for (const run of runs) {
    for (const seg of run.segments) {
      if (seg.kind !== 'org') continue;
      const full = seg.org?.name ?? surfaceOf(pass, seg.from, seg.to);
      if (!full.endsWith(` ${PARTY_HEAD}`) || words[seg.from]!.possEnd > words[seg.from]!.end) continue;
      out.set(full, full);
      out.set(full.slice(0, -PARTY_HEAD.length - 1), full);
    }
  }
  return out;
}

/**
 * Where the country whose possessive stands right before a run starts ("Russia’s" in "Russia’s Defense
 * Ministry"), or null. Only for a body named by its head and at most two words before it (lexicon
 * organization-heads: "Defense Ministry", "Air Force"), which every government has one of.
 */
function countryOwner(pass: Pass, run: Run, countryAt: ReadonlyMap<number, string>): number | null {
  const { words, lex } = pass;
  const seg = run.segments[0]!;
  const last = words[seg.to - 1]!;
  if (seg.to - seg.from > 3 || !lex.orgHeads.has(last.text)) return null;
  const prev = words[run.from - 1];
  if (!prev || prev.sentence !== last.sentence || prev.possEnd === prev.end) return null;
  for (let k = prev.index; k >= Math.max(0, prev.index - 3); k--) if (countryAt.has(k)) return words[k]!.start;
  return null;
}

/** Demonyms are mentions of countries the article names or that a role needs. */
function mentionDemonyms(
  pass: Pass,
  demonyms: readonly Demonym[],
  countryAt: ReadonlyMap<number, string>,
  roles: readonly RoleAnnotation[],
): void {
  const namedCountries = new Set([...countryAt.values(), ...roles.map((r) => r.countryKey)]);
  for (const d of demonyms) {
    const k = pass.reg.entity('country', d.name, d.code);
    const named = namedCountries.has(k);
    if (named) {
      const { start, possEnd } = spanOf(pass.words, d.seg.from, d.seg.to);
      pass.reg.mention(k, start, possEnd, 'demonym');
    }
  }
}
