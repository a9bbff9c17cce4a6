/**
 * The entity finder: capitalized runs → organizations, countries, places and people; people's later
 * references (surname, given name, "Mr X", possessives) → the fullest name; titles → roles.
 */
import type { ArticleDoc, MentionKind, RoleAnnotation } from '@dossier/core';
import { surnameForms } from '@dossier/normalize';
import { entityLexicon, type EntityLexicon } from './lexicon.js';
import { EntityRegistry } from './registry.js';
import { findRuns, type Run, type Segment } from './segments.js';
import { buildWords, type Word } from './words.js';
import { findRoles, type NameSite } from './roles.js';
import type { EntityFindings } from './index.js';

/** One place where a run holds a name segment. */
interface NameOccurrence extends NameSite {
  text: string;
  words: string[];
  /** Evidence that this is a person even if nothing else names them. */
  strong: boolean;
  /** Evidence enough for a multi-word name. */
  evidence: boolean;
}

const AGE = /^\d{1,3}$/;
const DETERMINER_BEFORE = new Set(['a', 'an', 'the', 'this', 'that', 'its', 'their', 'his', 'her', 'our', 'new']);
const PLACE_NOUNS = new Set(['town', 'city', 'village', 'neighbourhood', 'neighborhood', 'district', 'region', 'province', 'suburb', 'camp', 'oblast', 'governorate', 'municipality', 'county']);

function segmentOf(run: Run, wordIndex: number): Segment | undefined {
  return run.segments.find((s) => s.from <= wordIndex && wordIndex < s.to);
}

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
function personEvidence(cache: Map<Segment, PersonEvidence>, lex: EntityLexicon, words: Word[], run: Run, seg: Segment): PersonEvidence {
  let ev = cache.get(seg);
  if (!ev) {
    ev = computePersonEvidence(lex, words, run, seg);
    cache.set(seg, ev);
  }
  return ev;
}

function computePersonEvidence(lex: EntityLexicon, words: Word[], run: Run, seg: Segment): PersonEvidence {
  const i = run.segments.indexOf(seg);
  const before = run.segments[i - 1];
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
    if (!noun.cap && (lex.titles.heads.has(k) || lex.kinship.has(k) || (noun === prev && lex.titles.phrases.has(k)))) strong = true;
  }
  const next = words[seg.to];
  const next2 = words[seg.to + 1];
  if (seg.to === run.to && next && next.sentence === first.sentence) {
    // An age in apposition: "Sam Avery, 38, said".
    if (next.text === ',' && next2 && AGE.test(next2.text) && words[seg.to + 2]?.text !== '%') strong = true;
  }
  let evidence = strong;
  // "the Avery al-Lane neighbourhood": a name used as a modifier after "the" is a place or thing, not a person.
  const modifierUse = seg.from === run.from && prev?.lower === 'the' && sameSentence(prev);
  if (nWords >= 2 && !modifierUse && lex.isGivenName(first.text) && !lex.nonNames.has(first.text)) evidence = true;
  if (nWords >= 2 && seg.to === run.to && next && lex.cueVerbs.has(next.lower)) evidence = true;
  // "named Avery Lane as acting foreign minister".
  const next3 = words[seg.to + 2];
  if (nWords >= 2 && next?.lower === 'as' && next2 && (lex.titles.heads.has(next2.lower) || lex.titles.qualifiers.has(next2.lower) || lex.titles.modifiers.has(next2.lower)) && next3 !== undefined) evidence = true;
  const appositionMark = next?.text === ',' || next?.text === '-' || next?.text === '–' || next?.text === '—';
  if (nWords >= 2 && appositionMark && (next2?.lower === 'who' || next2?.lower === 'a' || next2?.lower === 'an')) evidence = true;
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

export function findEntitiesIn(doc: ArticleDoc): EntityFindings {
  const lex = entityLexicon();
  const words = buildWords(doc);
  const runs = findRuns(lex, words);
  const reg = new EntityRegistry(doc.body);
  const evidenceCache = new Map<Segment, PersonEvidence>();

  // Organizations, countries and places; name segments kept for the person passes.
  const occurrences: NameOccurrence[] = [];
  const orgAt = new Map<number, string>(); // first word index → org key, for "its" and apposition look-ups
  const countryAt = new Map<number, string>();
  const placeAt = new Map<number, string>();
  const demonyms: Array<{ seg: Segment; code: string; name: string }> = [];
  const placeByStem = new Map<string, string>();
  const orgForms = new Map<string, string>(); // surface form → key, for acronyms defined in brackets

  const span = (from: number, to: number) => ({ start: words[from]!.start, end: words[to - 1]!.end, possEnd: words[to - 1]!.possEnd });
  const surface = (from: number, to: number) => doc.body.slice(words[from]!.start, words[to - 1]!.end);

  // A one-word place or organization that is the surname of someone named in full is that person ("Lane"
  // when "Avery Lane" is in the story and a town or a company called Lane is in the lexicons).
  const fullNameSurnames = new Set<string>();
  for (const run of runs) {
    for (const seg of run.segments) {
      if (seg.kind !== 'name' || seg.to - seg.from < 2) continue;
      if (personEvidence(evidenceCache, lex, words, run, seg).evidence) for (const f of surnameForms(surface(seg.from, seg.to))) fullNameSurnames.add(f);
    }
  }
  // …unless the article also names a longer organization or place that starts with that word ("Ford Motor
  // Company" and "William Clay Ford Jr.": then "Ford" stays the company).
  const longerNames = new Set<string>();
  for (const run of runs) {
    for (const seg of run.segments) if ((seg.kind === 'org' || seg.kind === 'place') && seg.to - seg.from > 1) longerNames.add(words[seg.from]!.text);
  }
  for (const run of runs) {
    run.segments = run.segments.map((seg) =>
      (seg.kind === 'place' || seg.kind === 'org') && seg.to - seg.from === 1 && fullNameSurnames.has(words[seg.from]!.text) && !longerNames.has(words[seg.from]!.text)
        ? { kind: 'name', from: seg.from, to: seg.to }
        : seg,
    );
  }

  for (const run of runs) {
    for (const seg of run.segments) {
      const { start, end, possEnd } = span(seg.from, seg.to);
      const form = surface(seg.from, seg.to);
      if (seg.kind === 'org') {
        const name = seg.org?.name && seg.org.name !== form && seg.org.acronym === form ? form : form;
        // A bracketed acronym right after an organization is that organization ("Avery Defense Forces (ADF)").
        const prevWord = words[seg.from - 1];
        const beforeBracket = prevWord?.text === '(' ? orgForms.get(`@${seg.from - 2}`) : undefined;
        const known = beforeBracket ?? orgForms.get(form) ?? (seg.org ? orgForms.get(seg.org.name) ?? (seg.org.acronym ? orgForms.get(seg.org.acronym) : undefined) : undefined);
        const key = known ?? reg.entity('organization', name);
        orgForms.set(form, key);
        orgForms.set(`@${seg.to - 1}`, key);
        reg.alias(key, form);
        reg.mention(key, start, possEnd, /^[\p{Lu}.&]+$/u.test(form) && form.length <= 6 ? 'acronym' : form === reg.get(key)!.name ? 'name' : 'alias');
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
        if (seg.to === run.to && after && !after.cap && after.sentence === words[seg.from]!.sentence && lex.placeHeads.has(after.text[0]!.toUpperCase() + after.text.slice(1))) {
          const extended = { kind: 'place' as const, from: seg.from, to: seg.to + 1 };
          const f2 = surface(extended.from, extended.to);
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
        const canonical = /^\p{Lu}{4,}$/u.test(form) ? form[0] + form.slice(1).toLowerCase() : form;
        const key = placeByStem.get(stem) ?? placeByStem.get(canonical) ?? reg.entity('place', canonical);
        placeByStem.set(canonical, key);
        placeByStem.set(stem, key);
        reg.alias(key, form);
        reg.mention(key, start, possEnd, form === reg.get(key)!.name ? 'name' : 'alias');
        placeAt.set(seg.from, key);
      } else if (seg.kind === 'name') {
        const ev = personEvidence(evidenceCache, lex, words, run, seg);
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

  // People named in full: a multi-word name with evidence. Indexed by surname, given name and middle words,
  // so that linking a reference is a few Map look-ups.
  interface Person {
    key: string;
    name: string;
    firstWord: number;
  }
  const persons = new Map<string, Person>();
  const bySurname = new Map<string, Person[]>();
  const byGiven = new Map<string, Person[]>();
  const byInterior = new Map<string, Person[]>();
  const index = (map: Map<string, Person[]>, k: string, p: Person) => {
    const list = map.get(k);
    if (list) list.push(p);
    else map.set(k, [p]);
  };
  const addPerson = (name: string, firstWord: number) => {
    const existing = persons.get(name) ?? caseVariant(name);
    if (existing) {
      existing.firstWord = Math.min(existing.firstWord, firstWord);
      return existing;
    }
    const p: Person = { key: reg.entity('person', name), name, firstWord };
    persons.set(name, p);
    const ws = name.split(' ');
    for (const f of surnameForms(name)) index(bySurname, f, p);
    if (ws.length > 1) index(byGiven, ws[0]!, p);
    // A middle word of a long name used alone ("Beto" for "Carlos Alberto Beto da Costa"), never a particle.
    if (ws.length >= 3) for (const w of ws.slice(1, -1)) if (!lex.particles.has(w.toLowerCase())) index(byInterior, w, p);
    return p;
  };
  // Longer names first, so that "De Gaulle" at the start of a sentence finds "Charles de Gaulle" as its owner.
  const fullNames = occurrences.filter((o) => o.words.length >= 2 && o.evidence).sort((a, b) => b.words.length - a.words.length || a.from - b.from);
  for (const o of fullNames) addPerson(o.text, o.from);
  // Family evidence: "Sam Avery" where another person is an Avery, or where "Sam" alone was introduced as a
  // person ("her husband, Sam"), is a person too.
  const strongSingles = new Set(occurrences.filter((o) => o.strong && o.words.length === 1).map((o) => o.text));
  // Surname evidence: a two- or three-word name whose last word the article also uses alone ("Kgosi Molefe …
  // Molefe said") is how news refers to people, not to organizations or places.
  const loneWords = new Set(
    occurrences
      .filter((o) => {
        if (o.words.length !== 1 || o.from !== o.run.from || o.to !== o.run.to) return false;
        const before = words[o.from - 1];
        const after = words[o.to];
        if (before && DETERMINER_BEFORE.has(before.lower)) return false;
        // Used like a person: the subject of a person verb, or a possessor.
        return (after !== undefined && lex.cueVerbs.has(after.lower)) || words[o.from]!.possEnd > words[o.from]!.end;
      })
      .map((o) => o.text),
  );
  for (const o of occurrences) {
    if (o.words.length < 2 || o.words.length > 3 || persons.has(o.text)) continue;
    const last = o.words[o.words.length - 1]!;
    if (loneWords.has(last) && o.words.every((w) => /^\p{Lu}\p{Ll}/u.test(w))) addPerson(o.text, o.from);
  }
  for (let changed = true; changed; ) {
    changed = false;
    for (const o of occurrences) {
      if (o.words.length < 2 || persons.has(o.text) || o.words.length > 4 || caseVariant(o.text)) continue;
      if (bySurname.has(o.words[o.words.length - 1]!) || strongSingles.has(o.words[0]!)) {
        const before = persons.size;
        addPerson(o.text, o.from);
        if (persons.size > before) changed = true;
      }
    }
  }

  // "Sam and Alex Avery": a lone given name coordinated with a full name shares its surname.
  const occurrenceAt = new Map(occurrences.map((o) => [o.from, o]));
  for (const o of occurrences) {
    if (o.words.length !== 1 || words[o.to]?.lower !== 'and' || !lex.isGivenName(o.text)) continue;
    const nextOcc = occurrenceAt.get(o.to + 1);
    if (nextOcc && nextOcc.words.length === 2 && persons.has(nextOcc.text) && lex.isGivenName(nextOcc.words[0]!)) {
      addPerson(`${o.text} ${nextOcc.words[1]}`, o.from);
    }
  }

  /** The person whose name or surname is this text with its first letter lower-cased ("De Gaulle"). */
  function caseVariant(text: string): Person | null {
    const lowered = text[0]!.toLowerCase() + text.slice(1);
    if (lowered === text || !lex.particles.has(lowered.split(/[\s-]/u)[0]!)) return null;
    return persons.get(lowered) ?? bySurname.get(lowered)?.[0] ?? null;
  }

  const match = (o: NameOccurrence): Person | null => {
    const exact = persons.get(o.text) ?? caseVariant(o.text);
    if (exact) return exact;
    // Surname first, then given name, then a middle word; the person named nearest before this place wins,
    // else the first after.
    const lists = o.words.length === 1 ? [bySurname.get(o.text), byGiven.get(o.text), byInterior.get(o.text)] : [bySurname.get(o.text)];
    for (const candidates of lists) {
      if (!candidates || candidates.length === 0) continue;
      let before: Person | null = null;
      let after: Person | null = null;
      for (const p of candidates) {
        if (p.firstWord <= o.from) {
          if (!before || p.firstWord > before.firstWord) before = p;
        } else if (!after || p.firstWord < after.firstWord) after = p;
      }
      return before ?? after;
    }
    return null;
  };

  // A name nobody claims is a place when the words around say so: "the town of X", "the X neighbourhood".
  const placeByCue = (o: NameOccurrence) => {
    if (o.strong || o.from !== o.run.from || o.to !== o.run.to) return;
    const b1 = words[o.from - 1];
    const b2 = words[o.from - 2];
    const a1 = words[o.to];
    const sentence = words[o.from]!.sentence;
    const before = b1?.lower === 'of' && b1.sentence === sentence && b2 !== undefined && PLACE_NOUNS.has(b2.lower);
    const after = a1 !== undefined && a1.sentence === sentence && !a1.cap && PLACE_NOUNS.has(a1.lower);
    if (!before && !after) return;
    const key = reg.entity('place', o.text);
    const { start, possEnd } = span(o.from, o.to);
    reg.mention(key, start, possEnd, 'name');
    placeAt.set(o.from, key);
  };

  // One-word people with strong evidence ("President Avery", "Mr Lane", "her partner, Sam") who match nobody.
  for (const o of occurrences) if (o.strong && !match(o)) addPerson(o.text, o.from);

  for (const o of occurrences) {
    const p = match(o);
    if (!p) {
      placeByCue(o);
      continue;
    }
    o.personKey = p.key;
    const { start } = span(o.mentionFrom, o.to);
    const { possEnd } = span(o.from, o.to);
    reg.alias(p.key, o.text);
    const kind: MentionKind = o.text === p.name && o.mentionFrom === o.from ? 'name' : 'alias';
    reg.mention(p.key, start, possEnd, kind);
  }

  const demonymBySeg = new Map(demonyms.map((d) => [d.seg, d]));
  const roles: RoleAnnotation[] = findRoles({ doc, lex, words, runs, occurrences, reg, orgAt, countryAt, placeAt, segmentOf, demonymKey: (seg) => {
    const d = demonymBySeg.get(seg);
    if (!d) return null;
    return reg.entity('country', d.name, d.code);
  } });

  // Demonyms are mentions of countries the article names or that a role needs.
  const namedCountries = new Set([...countryAt.values(), ...roles.map((r) => r.countryKey)]);
  for (const d of demonyms) {
    const k = reg.entity('country', d.name, d.code);
    const named = namedCountries.has(k);
    if (named) {
      const { start, possEnd } = span(d.seg.from, d.seg.to);
      reg.mention(k, start, possEnd, 'demonym');
    }
  }

  const { entities, mentions } = reg.result();
  const keys = new Set(entities.map((e) => e.key));
  const keptRoles = roles.filter((r) => keys.has(r.personKey) && (r.organizationKey === null || keys.has(r.organizationKey)) && (r.countryKey === null || keys.has(r.countryKey)));
  return { entities, mentions, roles: keptRoles };
}
