/**
 * Everything the entity finder looks words up in, loaded once per process into Sets and Maps keyed by the
 * exact surface form (or its lower case where case does not matter), so that the per-token work is O(1).
 */
import { createRequire } from 'node:module';
import { loadLexicon, lexiconSet, wordsOfKind } from '@dossier/lexicons';
import {
  countryIndex,
  nameParticles,
  titleVocabulary,
  type Country,
  type CountryIndex,
  type TitleVocabulary,
} from '@dossier/normalize';
import { givenNames } from './given-names.js';

export interface OrgInfo {
  /** Canonical name: the full name where the lexicon gives one, else the form itself. */
  name: string;
  /** The acronym, when the form or its canonical name has one. */
  acronym: string | null;
}

export interface EntityLexicon {
  titles: TitleVocabulary;
  /**
   * The multiword orgs, countries, demonyms, ranks and places as a tree of their words, lower case without
   * periods: a path of two or more words from the root is a word-prefix of such a form.
   */
  multiwordPrefixes: WordTree;
  /** Every word-prefix of a title phrase ("secretary", "secretary of"), to stop phrase scans early. */
  titlePrefixes: Set<string>;
  countries: CountryIndex;
  honorifics: Set<string>;
  /** Rank as written, periods removed ("Brig Gen") → normalized title. */
  ranks: Map<string, string>;
  maxRankWords: number;
  particles: Set<string>;
  /** Organization forms (exact case) → info; acronyms and names. */
  orgs: Map<string, OrgInfo>;
  /** Lower-cased forms of organization names of 4+ letters ("Unrwa" for "UNRWA"). */
  orgsFolded: Map<string, OrgInfo>;
  maxOrgWords: number;
  orgHeads: Set<string>;
  /** Lower-case nouns naming a kind of organization ("company", "lender"). */
  orgNouns: Set<string>;
  /** Legal forms that end company names ("Inc", "S.A"), periods dropped at the end. */
  orgLegalForms: Set<string>;
  /** Endings of one-word organization names ("bank" in "Nordbank"). */
  orgWordEndings: string[];
  placeHeads: Set<string>;
  placePrefixes: Set<string>;
  /** Places: regions lexicon plus the city-timezones gazetteer's cities and provinces. */
  places: Set<string>;
  /** The gazetteer's cities (not its provinces): where a story without a dateline is set. */
  cities: Set<string>;
  maxPlaceWords: number;
  kinship: Set<string>;
  /** Nouns for kinds of settlement around an unknown name ("the town of X"). */
  placeNouns: Set<string>;
  /** Last words of event and venue names ("Open", "Stadium"): such a name is no person. */
  nonPersonHeads: Set<string>;
  /** Lower-case words allowed in a sports results line. */
  resultWords: Set<string>;
  /** Normalized titles of national offices; "*Minister" stands for any title ending in " Minister". */
  nationalOffices: { exact: Set<string>; endings: string[] };
  /** A city or province name that belongs to one country only → that country (for datelines). */
  placeCountry: Map<string, Country>;
  /** A city name that belongs to one province only → that province ("Indianapolis" → "Indiana"). */
  placeProvince: Map<string, string>;
  /** Local offices (lexicon local-offices): city offices, and first words that make a title a state's. */
  localOffices: { city: Set<string>; statePrefixes: Set<string> };
  cueVerbs: Set<string>;
  nonNames: Set<string>;
  isGivenName(word: string): boolean;
}

/** Each word leads to the words that may follow it; walking it word by word builds no phrase strings. */
export type WordTree = Map<string, WordTree>;

let lexicon: EntityLexicon | undefined;

const COMPASS =
  /^(?:North|South|East|West|Central|Capital|Centre|Center|Upper|Lower|Northern|Southern|Eastern|Western)$/u;

function maxWords(forms: Iterable<string>): number {
  let n = 1;
  for (const f of forms) n = Math.max(n, f.split(' ').length);
  return n;
}

function phrasePrefixes(phrases: Iterable<string>): Set<string> {
  const out = new Set<string>();
  for (const p of phrases) {
    const ws = p.split(' ');
    for (let i = 1; i <= ws.length; i++) out.add(ws.slice(0, i).join(' '));
  }
  return out;
}

export function entityLexicon(): EntityLexicon {
  if (lexicon) return lexicon;
  const require = createRequire(import.meta.url);

  const ranks = new Map<string, string>();
  for (const r of loadLexicon<{ text: string; title: string }>('military-ranks').entries) {
    ranks.set(r.text, r.title);
    // Wire copy hyphenates compound ranks into one word: "Major-General", "Lieutenant-Colonel".
    if (r.text.includes(' ')) ranks.set(r.text.replaceAll(' ', '-'), r.title);
  }

  const orgs = new Map<string, OrgInfo>();
  const orgsFolded = new Map<string, OrgInfo>();
  for (const entry of loadLexicon<string[]>('organizations').entries) {
    const [first, full] = entry as [string, string | undefined];
    const isAcronym = full !== undefined;
    const info: OrgInfo = {
      name: full ?? first,
      acronym: isAcronym ? first : /^[\p{Lu}\d.&-]+$/u.test(first) ? first : null,
    };
    orgs.set(first, info);
    if (full) orgs.set(full, info);
    for (const f of [first, full]) if (f && f.replace(/\W/g, '').length >= 4) orgsFolded.set(f.toLowerCase(), info);
  }

  const placeHeads = loadLexicon<{ heads: string[]; prefixes: string[] }>('place-heads').entries as unknown as {
    heads: string[];
    prefixes: string[];
  };

  // city-timezones (MIT) ships Natural Earth's populated places: ~7,300 cities with their provinces.
  const places = new Set<string>(loadLexicon<string>('regions').entries);
  const cityMap = require('city-timezones').cityMapping as Array<{ city: string; province: string }>;
  const nonNames = new Set(loadLexicon<string>('non-names').entries);
  // A province called "Gulf" or "Coast" would make every gulf and coast a place.
  const genericPlaceWords = new Set([...placeHeads.heads, ...placeHeads.prefixes]);
  // Province names like "Western" or "Central" are ordinary words in news text.
  const usable = (name: string) =>
    name.length > 2 && !/\d/.test(name) && !nonNames.has(name) && !COMPASS.test(name) && !genericPlaceWords.has(name);
  const cities = new Set<string>();
  for (const c of cityMap) {
    if (c.city && usable(c.city)) cities.add(c.city);
    if (c.city && usable(c.city)) places.add(c.city);
    if (c.province && usable(c.province)) places.add(c.province);
  }

  // gender-detection-from-name (MIT) holds ~100k first names from English, Italian, Spanish, French, German
  // and Turkish name lists; only its name lists are used, as evidence that a capitalized word starts a name.
  const names = givenNames();
  const givenCache = new Map<string, boolean>();
  const isGivenName = (word: string) => {
    let known = givenCache.get(word);
    if (known === undefined) {
      const k = word.toLowerCase();
      known = names.has(k);
      givenCache.set(word, known);
    }
    return known;
  };

  // A dateline city names its country only where the gazetteer knows one country with a place of that name.
  const byCode = new Map<string, Country>();
  for (const c of countryIndex().byName.values()) if (!byCode.has(c.code)) byCode.set(c.code, c);
  const placeCountry = new Map<string, Country>();
  const ambiguous = new Set<string>();
  for (const c of cityMap as Array<{ city: string; province: string; iso2?: string }>) {
    const country = c.iso2 ? byCode.get(c.iso2) : undefined;
    for (const name of [c.city, c.province]) {
      if (!name || !country || ambiguous.has(name)) continue;
      const seen = placeCountry.get(name);
      if (seen && seen.code !== country.code) {
        placeCountry.delete(name);
        ambiguous.add(name);
      } else placeCountry.set(name, country);
    }
  }
  const placeProvince = new Map<string, string>();
  const manyProvinces = new Set<string>();
  for (const c of cityMap) {
    if (!c.city || !c.province || manyProvinces.has(c.city)) continue;
    const seen = placeProvince.get(c.city);
    if (seen !== undefined && seen !== c.province) {
      placeProvince.delete(c.city);
      manyProvinces.add(c.city);
    } else placeProvince.set(c.city, c.province);
  }
  const offices = loadLexicon<string>('national-offices').entries;

  const multiwordPrefixes: WordTree = new Map();
  for (const forms of [
    orgs.keys(),
    orgsFolded.keys(),
    countryIndex().byName.keys(),
    countryIndex().byDemonym.keys(),
    ranks.keys(),
    places,
  ]) {
    for (const form of forms) {
      const ws = form.toLowerCase().replace(/\./g, '').split(' ');
      if (ws.length < 2) continue;
      let node = multiwordPrefixes;
      for (const w of ws) {
        let child = node.get(w);
        if (child === undefined) {
          child = new Map();
          node.set(w, child);
        }
        node = child;
      }
    }
  }

  lexicon = {
    multiwordPrefixes,
    titles: titleVocabulary(),
    titlePrefixes: phrasePrefixes(titleVocabulary().phrases.keys()),
    countries: countryIndex(),
    honorifics: new Set(loadLexicon<string>('honorifics').entries),
    ranks,
    maxRankWords: maxWords(ranks.keys()),
    particles: nameParticles(),
    orgs,
    orgsFolded,
    maxOrgWords: maxWords(orgs.keys()),
    orgHeads: new Set(loadLexicon<string>('organization-heads').entries),
    orgNouns: lexiconSet('organization-nouns'),
    orgLegalForms: new Set(loadLexicon<string>('organization-legal-forms').entries),
    orgWordEndings: loadLexicon<string>('organization-word-endings').entries,
    placeHeads: new Set(placeHeads.heads),
    placePrefixes: new Set(placeHeads.prefixes),
    places,
    cities,
    maxPlaceWords: maxWords(places),
    kinship: lexiconSet('kinship-nouns'),
    placeNouns: lexiconSet('place-nouns'),
    resultWords: lexiconSet('results-words'),
    nonPersonHeads: new Set(loadLexicon<string>('non-person-heads').entries),
    nationalOffices: {
      exact: new Set(offices.filter((o) => !o.startsWith('*'))),
      endings: offices.filter((o) => o.startsWith('*')).map((o) => ` ${o.slice(1)}`),
    },
    placeCountry,
    placeProvince,
    localOffices: {
      city: wordsOfKind('local-offices', 'city'),
      statePrefixes: wordsOfKind('local-offices', 'state-prefix'),
    },
    cueVerbs: lexiconSet('person-cue-verbs'),
    nonNames,
    isGivenName,
  };
  return lexicon;
}
