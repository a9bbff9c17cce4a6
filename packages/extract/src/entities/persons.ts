/**
 * People: multi-word names with evidence become persons, then every name occurrence (surname, given name,
 * "Mr X", possessives) is linked to the fullest name it refers to. Kept apart from find.ts so that each pass is
 * a function of its own: one giant function was recompiled by V8 at great cost whenever one part of it deoptimized.
 */
import type { MentionKind } from '@dossier/core';
import { surnameForms } from '@dossier/normalize';
import { wordsOfKind } from '@dossier/lexicons';
import type { EntityLexicon } from './lexicon.js';
import type { EntityRegistry } from './registry.js';
import type { NameSite } from './roles.js';
import { titleCased } from './segments.js';
import { joinShoutedNames } from './shouted-names.js';
import { oneWordListMembers } from './listed-names.js';
import type { Word } from './words.js';

/** One place where a run holds a name segment. */
export interface NameOccurrence extends NameSite {
  text: string;
  words: string[];
  /** Evidence that this is a person even if nothing else names them. */
  strong: boolean;
  /** Evidence enough for a multi-word name. */
  evidence: boolean;
}

interface Person {
  key: string;
  name: string;
  firstWord: number;
}

const DETERMINER_BEFORE = wordsOfKind('name-context-words', 'determiner-before-name');
const CAPITALIZED_WORD = /^\p{Lu}\p{Ll}/u;
const WORD_SEPARATOR = /[\s-]/u;
const SHOUTED_WORD = /^\p{Lu}{3,}$/u;
const SHOUTED_NAME = /^\p{Lu}[\p{Lu}'’-]+(?: \p{Lu}[\p{Lu}'’-]+)*$/u;

/** People named in full, indexed by surname, given name and middle words, so that linking a reference is a few Map look-ups. */
class PersonIndex {
  readonly persons = new Map<string, Person>();
  private readonly bySurname = new Map<string, Person[]>();
  private readonly byGiven = new Map<string, Person[]>();
  private readonly byInterior = new Map<string, Person[]>();

  constructor(
    private readonly lex: EntityLexicon,
    private readonly reg: EntityRegistry,
  ) {}

  add(name: string, firstWord: number): Person {
    const existing = this.persons.get(name) ?? this.caseVariant(name);
    if (existing) {
      existing.firstWord = Math.min(existing.firstWord, firstWord);
      return existing;
    }
    const p: Person = { key: this.reg.entity('person', name), name, firstWord };
    this.persons.set(name, p);
    const ws = name.split(' ');
    for (const f of surnameForms(name)) index(this.bySurname, f, p);
    if (ws.length > 1) index(this.byGiven, ws[0]!, p);
    // A middle word of a long name used alone ("Beto" for "Carlos Alberto Beto da Costa"), never a particle.
    if (ws.length >= 3)
      for (const w of ws.slice(1, -1)) if (!this.lex.particles.has(w.toLowerCase())) index(this.byInterior, w, p);
    return p;
  }

  hasSurname(word: string): boolean {
    return this.bySurname.has(word);
  }

  /** The person whose name or surname is this text with its first letter lower-cased ("De Gaulle"). */
  caseVariant(text: string): Person | null {
    const lowered = text[0]!.toLowerCase() + text.slice(1);
    if (lowered === text) return null;
    // The first word of `lowered` (up to a space or hyphen), found without splitting the whole text into an
    // array: this runs for every name occurrence that has no exact match.
    const wordEnd = lowered.search(WORD_SEPARATOR);
    if (!this.lex.particles.has(wordEnd < 0 ? lowered : lowered.slice(0, wordEnd))) return null;
    return this.persons.get(lowered) ?? this.bySurname.get(lowered)?.[0] ?? null;
  }

  match(o: NameOccurrence): Person | null {
    const exact = this.persons.get(o.text) ?? this.caseVariant(o.text);
    if (exact) return exact;
    // A name in capitals ("AVERY" in a headline) is whoever the article names in ordinary case.
    if (SHOUTED_NAME.test(o.text)) {
      const titled = titleCased(o.text);
      // Letters joined by hyphens ("R-S", a party and state) stay in capitals when title-cased: no ordinary form to find.
      return SHOUTED_NAME.test(titled) ? null : this.match({ ...o, text: titled, words: titled.split(' ') });
    }
    // Surname first, then given name, then a middle word; the person named nearest before this place wins,
    // else the first after.
    const lists =
      o.words.length === 1
        ? [this.bySurname.get(o.text), this.byGiven.get(o.text), this.byInterior.get(o.text)]
        : [this.bySurname.get(o.text)];
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
  }
}

function index(map: Map<string, Person[]>, k: string, p: Person): void {
  const list = map.get(k);
  if (list) list.push(p);
  else map.set(k, [p]);
}

export interface PersonContext {
  lex: EntityLexicon;
  words: Word[];
  reg: EntityRegistry;
  occurrences: NameOccurrence[];
  /** First word index → place key; names that turn out to be places are added here. */
  placeAt: Map<number, string>;
}

/** Decides which name occurrences are people, links each to its person and records the mentions. */
export function linkPersons(ctx: PersonContext): void {
  const { lex, words, occurrences } = ctx;
  const people = new PersonIndex(lex, ctx.reg);
  // Longer names first, so that "De Gaulle" at the start of a sentence finds "Charles de Gaulle" as its owner.
  const fullNames = occurrences
    .filter((o) => o.words.length >= 2 && o.evidence)
    .sort((a, b) => b.words.length - a.words.length || a.from - b.from);
  for (const o of fullNames) people.add(o.text, o.from);
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
        // Used like a person: the subject of a person verb, a possessor, or followed by ", who".
        return (
          (after !== undefined && lex.cueVerbs.has(after.lower)) ||
          words[o.from]!.possEnd > words[o.from]!.end ||
          relativeWhoAfter(words, o.to)
        );
      })
      .map((o) => o.text),
  );
  for (const o of occurrences) {
    if (o.words.length < 2 || o.words.length > 3 || people.persons.has(o.text)) continue;
    const last = o.words[o.words.length - 1]!;
    // Sports and Asian-language reports also use the given or first-written name alone ("Jansher said" after
    // "Jansher Khan"): for a two-word name, either word used alone like a person counts.
    // Not before a place ("Avonford Kessel" where Kessel is a town): that is a club or a headline's two names.
    const byFirst = o.words.length === 2 && loneWords.has(o.words[0]!) && !lex.places.has(last);
    if ((loneWords.has(last) || byFirst) && o.words.every((w) => CAPITALIZED_WORD.test(w))) people.add(o.text, o.from);
  }
  const listed = listNeighbours(words, occurrences);
  for (let changed = true; changed; ) {
    changed = false;
    for (const o of occurrences) {
      if (
        o.words.length < 2 ||
        people.persons.has(o.text) ||
        o.words.length > 4 ||
        people.caseVariant(o.text) ||
        o.words.some((w) => SHOUTED_WORD.test(w))
      )
        continue;
      if (
        people.hasSurname(o.words[o.words.length - 1]!) ||
        strongSingles.has(o.words[0]!) ||
        (o.words.length <= 3 && listed.get(o)?.some((n) => people.persons.has(n.text)))
      ) {
        const before = people.persons.size;
        people.add(o.text, o.from);
        if (people.persons.size > before) changed = true;
      }
    }
  }

  // "Sam and Alex Avery": a lone given name coordinated with a full name shares its surname.
  const occurrenceAt = new Map(occurrences.map((o) => [o.from, o]));
  for (const o of occurrences) {
    if (o.words.length !== 1 || words[o.to]?.lower !== 'and' || !lex.isGivenName(o.text)) continue;
    const nextOcc = occurrenceAt.get(o.to + 1);
    if (
      nextOcc &&
      nextOcc.words.length === 2 &&
      people.persons.has(nextOcc.text) &&
      lex.isGivenName(nextOcc.words[0]!)
    ) {
      people.add(`${o.text} ${nextOcc.words[1]}`, o.from);
    }
  }

  // A name that "the town of X" or "X is a mining town" makes a place is that place wherever nobody claims it.
  const cues = new Map(occurrences.filter((o) => !people.match(o)).map((o) => [o, placeCue(ctx, o)]));
  const spreading = new Set([...cues].filter(([, cue]) => cue === 'spreads').map(([o]) => o.text));
  // One-word people with strong evidence ("President Avery", "Mr Lane", "her partner, Sam") who match nobody,
  // unless the text makes that word a place ("the state of X" beats "Mexican X").
  for (const o of occurrences) if (o.strong && !people.match(o) && !spreading.has(o.text)) people.add(o.text, o.from);
  addListedSurnames(people, listed);
  for (const o of oneWordListMembers(words, listed, (x) => people.match(x) !== null)) people.add(o.text, o.from);
  joinShoutedNames(words, occurrences, (name) => people.persons.has(name));

  for (const o of occurrences) {
    const p = people.match(o);
    if (!p) {
      const here = (cues.get(o) ?? null) !== null || spreading.has(o.text);
      if (here && o.from === o.run.from && o.to === o.run.to && (!o.strong || spreading.has(o.text))) placeAt(ctx, o);
      continue;
    }
    o.personKey = p.key;
    const start = words[o.mentionFrom]!.start;
    const possEnd = words[o.to - 1]!.possEnd;
    ctx.reg.alias(p.key, o.text);
    const kind: MentionKind = o.text === p.name && o.mentionFrom === o.from ? 'name' : 'alias';
    ctx.reg.mention(p.key, start, possEnd, kind);
  }
}

/** "Lane, who led by a set": a comma and "who" right after a name, in its sentence (places take "which"). */
function relativeWhoAfter(words: readonly Word[], to: number): boolean {
  const comma = words[to];
  const who = words[to + 1];
  return comma?.text === ',' && who !== undefined && who.sentence === comma.sentence && who.lower === 'who';
}

/** The fewest one-word names a list needs before its members are read as people by one of them. */
const MIN_SURNAME_LIST = 3;

/**
 * "Lane, Cole, Brill, Avery and Vane" on a team sheet: a list of three or more one-word names of which one is a
 * person the article names is a list of people (surnames alone, as team sheets and scorecards write them).
 */
function addListedSurnames(people: PersonIndex, listed: ReadonlyMap<NameOccurrence, NameOccurrence[]>): void {
  const seen = new Set<NameOccurrence>();
  for (const start of listed.keys()) {
    if (seen.has(start) || start.words.length !== 1) continue;
    const chain = [start];
    seen.add(start);
    for (let k = 0; k < chain.length; k++)
      for (const next of listed.get(chain[k]!) ?? [])
        if (!seen.has(next) && next.words.length === 1) {
          seen.add(next);
          chain.push(next);
        }
    if (chain.length < MIN_SURNAME_LIST || !chain.some((o) => people.match(o))) continue;
    for (const o of chain) if (!people.match(o)) people.add(o.text, o.from);
  }
}

/**
 * The names next to each name in a list ("Avery Lane, Sam Colbeck and Jo Brill"): whole runs separated only by a
 * comma or "and". A name listed beside a person is a person too, as team sheets and results list players.
 */
function listNeighbours(words: Word[], occurrences: readonly NameOccurrence[]): Map<NameOccurrence, NameOccurrence[]> {
  const whole = occurrences.filter((o) => o.from === o.run.from && o.to === o.run.to);
  const endingAt = new Map(whole.map((o) => [o.to, o]));
  const out = new Map<NameOccurrence, NameOccurrence[]>();
  for (const o of whole) {
    const sep = words[o.from - 1];
    if (!sep || (sep.text !== ',' && sep.lower !== 'and') || sep.sentence !== words[o.from]!.sentence) continue;
    const prev = endingAt.get(o.from - 1);
    if (!prev || words[prev.from]!.sentence !== sep.sentence) continue;
    out.set(o, [...(out.get(o) ?? []), prev]);
    out.set(prev, [...(out.get(prev) ?? []), o]);
  }
  return out;
}

/**
 * A name nobody claims is a place when the words around say so: "the town of X", "the mining towns of X and Y",
 * "the X neighbourhood", "X is a small town", "X, a town on the coast".
 */
function placeCue(ctx: PersonContext, o: NameOccurrence): 'spreads' | 'here' | null {
  const { words, lex } = ctx;
  if (o.strong || o.from !== o.run.from || o.to !== o.run.to) return null;
  const b1 = words[o.from - 1];
  const b2 = words[o.from - 2];
  const a1 = words[o.to];
  const sentence = words[o.from]!.sentence;
  const isPlaceNoun = (w: Word | undefined) =>
    w !== undefined && w.sentence === sentence && !w.cap && (lex.placeNouns.has(w.lower) || pluralPlaceNoun(lex, w));
  if (b1?.lower === 'of' && b1.sentence === sentence && (isPlaceNoun(b2) || PLACE_OF_NOUNS.has(b2?.lower ?? '')))
    return 'spreads';
  // "the mining towns of X and Y": the second of two names after the noun.
  if (
    b1?.lower === 'and' &&
    words[o.from - 2]?.cap &&
    words[o.from - 3]?.lower === 'of' &&
    pluralPlaceNoun(lex, words[o.from - 4])
  )
    return 'spreads';
  // "X, a town on the coast": an apposition of an article and up to two modifiers before a place noun.
  if (a1?.text === ',' && (words[o.to + 1]?.lower === 'a' || words[o.to + 1]?.lower === 'an'))
    for (let j = o.to + 2; j <= o.to + 4; j++) if (isPlaceNoun(words[j])) return 'spreads';
  // "X is a small town", "X was a fishing village": a copula, an article and up to two modifiers.
  if (a1 && COPULA.has(a1.lower) && (words[o.to + 1]?.lower === 'a' || words[o.to + 1]?.lower === 'an'))
    for (let j = o.to + 2; j <= o.to + 4; j++) if (isPlaceNoun(words[j])) return 'spreads';
  // "the X neighbourhood", in the singular and not before "of" ("the Kurdish city of Y" names Y), nor after "a"
  // ("a Moslem village"): weaker, so it types this mention only.
  const article = b1?.lower === 'a' || b1?.lower === 'an';
  if (a1 && a1.sentence === sentence && !a1.cap && lex.placeNouns.has(a1.lower) && !article)
    return words[o.to + 1]?.lower === 'of' ? null : 'here';
  return null;
}

const COPULA = wordsOfKind('function-words', 'be-form');
const PLACE_OF_NOUNS = wordsOfKind('name-context-words', 'place-of-noun');

/** "towns", "villages", "cities": the plural of a place noun. */
function pluralPlaceNoun(lex: EntityLexicon, w: Word | undefined): boolean {
  if (!w || w.cap) return false;
  const k = w.lower;
  return (
    (k.endsWith('ies') && lex.placeNouns.has(`${k.slice(0, -3)}y`)) ||
    (k.endsWith('s') && lex.placeNouns.has(k.slice(0, -1)))
  );
}

function placeAt(ctx: PersonContext, o: NameOccurrence): void {
  const { words } = ctx;
  const key = ctx.reg.entity('place', o.text);
  ctx.reg.mention(key, words[o.from]!.start, words[o.to - 1]!.possEnd, 'name');
  ctx.placeAt.set(o.from, key);
}
