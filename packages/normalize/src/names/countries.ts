/**
 * Countries by name, alias and demonym, with ISO 3166-1 alpha-2 codes. The data come from the world-countries
 * package (ODbL; names, alternative spellings and English demonyms of 250 countries and territories), plus the
 * news abbreviations, preferred names and former states in lexicons/data/country-aliases.json.
 */
import { createRequire } from 'node:module';
import { loadLexicon } from '@dossier/lexicons';

export interface Country {
  /** ISO 3166-1 alpha-2. */
  code: string;
  /** English short name used as the canonical entity name. */
  name: string;
}

interface WorldCountry {
  cca2: string;
  name: { common: string; official: string };
  altSpellings: string[];
  demonyms?: { eng?: { m?: string; f?: string } };
  independent?: boolean | null;
}

interface CountryAlias {
  code: string;
  name?: string;
  aliases: string[];
  demonyms: string[];
}

export interface CountryIndex {
  /** Exact surface form → country ("Qatar", "U.S.", "United States of America"). */
  byName: Map<string, Country>;
  /** Exact surface form of a demonym → country ("Qatari", "Israelis"). */
  byDemonym: Map<string, Country>;
  /** Longest name or demonym in words. */
  maxWords: number;
}

let index: CountryIndex | undefined;

// Alternative spellings from the package that are 2-3 letter codes ("IT", "IL") would match ordinary words;
// the abbreviations news really uses come from the lexicon instead.
const USABLE_ALT_SPELLING = /^[\p{Lu}][\p{L}' -]{3,}$/u;
const ASCII_ONLY = /^[\x20-\x7e]+$/;

export function countryIndex(): CountryIndex {
  if (index) return index;
  const require = createRequire(import.meta.url);
  const data = require('world-countries/countries.json') as WorldCountry[];
  const extra = new Map(loadLexicon<CountryAlias>('country-aliases').entries.map((e) => [e.code, e]));
  const byName = new Map<string, Country>();
  const byDemonym = new Map<string, Country>();
  const addName = (form: string, c: Country) => {
    if (!byName.has(form)) byName.set(form, c);
  };
  const addDemonym = (form: string, c: Country) => {
    if (!byDemonym.has(form)) byDemonym.set(form, c);
    // Plural for people ("Israelis", "Americans"), only for demonyms that form it with -s.
    if (/(?:i|an)$/.test(form) && !byDemonym.has(`${form}s`)) byDemonym.set(`${form}s`, c);
  };
  // Lexicon entries first, so that their preferred names and forms win over the package's.
  const countries: Country[] = data.map((d) => ({ code: d.cca2, name: extra.get(d.cca2)?.name ?? d.name.common }));
  for (const c of countries) {
    const e = extra.get(c.code);
    if (!e) continue;
    for (const a of e.aliases) addName(a, c);
    for (const d of e.demonyms) addDemonym(d, c);
  }
  // Former states (ISO 3166-3 codes: "Yugoslavia", "Soviet Union") are in the lexicon only; news of their time
  // names them as it names any country.
  const known = new Set(countries.map((c) => c.code));
  for (const e of extra.values()) {
    if (known.has(e.code) || !e.name) continue;
    const c: Country = { code: e.code, name: e.name };
    addName(e.name, c);
    for (const a of e.aliases) addName(a, c);
    for (const d of e.demonyms) addDemonym(d, c);
  }
  // Sovereign states first, so that a demonym shared with a territory ("French") names the state.
  const order = data
    .map((_, i) => i)
    .sort((a, b) => Number(data[b]!.independent === true) - Number(data[a]!.independent === true) || a - b);
  for (const i of order) {
    const d = data[i]!;
    const c = countries[i]!;
    addName(c.name, c);
    addName(d.name.common, c);
    if (ASCII_ONLY.test(d.name.official)) addName(d.name.official, c);
    for (const alt of d.altSpellings) if (USABLE_ALT_SPELLING.test(alt) && ASCII_ONLY.test(alt)) addName(alt, c);
    const dem = d.demonyms?.eng;
    if (dem?.m) addDemonym(dem.m, c);
    if (dem?.f) addDemonym(dem.f, c);
  }
  let maxWords = 1;
  for (const k of [...byName.keys(), ...byDemonym.keys()]) maxWords = Math.max(maxWords, k.split(' ').length);
  index = { byName, byDemonym, maxWords };
  return index;
}

export function countryByName(text: string): Country | null {
  return countryIndex().byName.get(text) ?? null;
}

export function countryByDemonym(text: string): Country | null {
  return countryIndex().byDemonym.get(text) ?? null;
}
