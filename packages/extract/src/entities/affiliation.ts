/**
 * A national office written without a country ("Defense Secretary Sam Cole") takes one from the article's own
 * evidence, in this order, and the role says which decided (affiliation_rule):
 *  1. a demonym or country in the same noun phrase ("Nordish Defense Secretary") — read by roles.ts as "stated";
 *  2. "same-government": a different national office of one country stated before it in the same list ("US
 *     President Ann Lee, Defense Secretary Sam Cole and …"), or in a sentence that names no other country;
 *  3. "dateline": the country of the dateline's place ("WASHINGTON (AP) —"), when the sentence names no other
 *     country and the article names that country by name (an affiliation is an entity of the article, and a
 *     demonym such as "African Americans" speaks of people, not of a government).
 * Nothing decides → the affiliation stays null.
 *
 * A local office (lexicon local-offices) written without its place takes the dateline's ("dateline"): a city
 * office ("Mayor Sam Cole") the dateline's city, a title opened by a state word ("State Health Commissioner")
 * the province of the dateline's city, without that word ("Health Commissioner"). A story with no dateline is
 * set where its first sentence says ("lead"): the first city that sentence names ("… a strike on Ashby on
 * Sunday …" makes "Mayor Sam Cole" in a later sentence Ashby's mayor). Only a place the article names is taken, and only when the
 * sentence names no other place.
 */
import { entityId, type ArticleDoc, type RoleAnnotation } from '@dossier/core';
import type { EntityLexicon } from './lexicon.js';
import type { EntityRegistry } from './registry.js';
import { titleCased } from './segments.js';

export interface PlacedRole {
  role: RoleAnnotation;
  sentence: number;
}

export function isNationalOffice(lex: EntityLexicon, title: string): boolean {
  if (lex.nationalOffices.exact.has(title)) return true;
  for (const e of lex.nationalOffices.endings) if (title.endsWith(e)) return true;
  return false;
}

/** The country the dateline's place belongs to, if the gazetteer knows exactly one. */
function datelineCountry(doc: ArticleDoc, lex: EntityLexicon): { name: string; code: string } | null {
  const place = doc.dateline?.place;
  if (!place) return null;
  for (const raw of place.split(',')) {
    const part = raw.trim();
    const country =
      lex.countries.byName.get(part) ??
      lex.countries.byName.get(titleCased(part)) ??
      lex.placeCountry.get(part) ??
      lex.placeCountry.get(titleCased(part));
    if (country) return country;
  }
  return null;
}

const LIST_GAP = /^(?:\s*[,;]\s*|\s*,?\s+and\s+|\s+)$/;

/** True when roles from..to follow each other with only commas or "and" between them: one list. */
function inOneList(body: string, list: readonly PlacedRole[], from: number, to: number): boolean {
  for (let k = from; k < to; k++)
    if (!LIST_GAP.test(body.slice(list[k]!.role.end, list[k + 1]!.role.start))) return false;
  return true;
}

export interface AffiliationContext {
  doc: ArticleDoc;
  lex: EntityLexicon;
  reg: EntityRegistry;
  /** Sentence index → the country keys named in it (names and demonyms). */
  countriesInSentence: ReadonlyMap<number, ReadonlySet<string>>;
  /** Countries the article names (not only by a demonym: "African Americans" names no government). */
  namedCountries: ReadonlySet<string>;
  /** Sentence index → the place keys named in it. */
  placesInSentence: ReadonlyMap<number, ReadonlySet<string>>;
  /** The place keys the article's first sentence names, in text order. */
  leadPlaces: readonly string[];
  /** The index of the article's first sentence. */
  leadSentence: number | undefined;
}

/** The dateline's place, title-cased ("INDIANAPOLIS" → "Indianapolis"), when the gazetteer knows it. */
function datelinePlace(doc: ArticleDoc, lex: EntityLexicon): string | null {
  const first = doc.dateline?.place?.split(',')[0]?.trim();
  if (!first) return null;
  const name = lex.places.has(first) ? first : titleCased(first);
  return lex.places.has(name) ? name : null;
}

/** Where the story is set: the dateline's city; with no dateline at all, the first city the lead names. */
function storyCity(ctx: AffiliationContext): { city: string; rule: 'dateline' | 'lead' } | null {
  if (ctx.doc.dateline?.place) {
    const city = datelinePlace(ctx.doc, ctx.lex);
    return city ? { city, rule: 'dateline' } : null;
  }
  for (const key of ctx.leadPlaces) {
    const name = ctx.reg.get(key)?.name;
    if (name && ctx.lex.cities.has(name)) return { city: name, rule: 'lead' };
  }
  return null;
}

/** Local offices without a place: the story's city, or its province for a state office. */
export function inferLocalAffiliations(ctx: AffiliationContext, placed: readonly PlacedRole[]): void {
  const story = storyCity(ctx);
  if (!story) return;
  const { city } = story;
  const province = ctx.lex.placeProvince.get(city) ?? null;
  const named = (name: string | null) => {
    const key = name === null ? null : entityId('place', name);
    return key !== null && ctx.reg.has(key) ? key : null;
  };
  const { localOffices } = ctx.lex;
  for (const p of placed) {
    const r = p.role;
    if (r.organizationKey !== null || r.countryKey !== null) continue;
    const lower = r.title.toLowerCase();
    const space = lower.indexOf(' ');
    const statePrefix = space > 0 && localOffices.statePrefixes.has(lower.slice(0, space));
    const key = localOffices.city.has(lower) ? named(city) : statePrefix ? named(province) : null;
    if (key === null) continue;
    // The lead sets the scene for what follows it; within the lead itself its city is only one place named.
    if (story.rule === 'lead' && p.sentence === ctx.leadSentence) continue;
    const others = ctx.placesInSentence.get(p.sentence);
    if (others && [...others].some((k) => k !== key)) continue;
    r.countryKey = key;
    r.affiliationRule = story.rule;
    if (statePrefix) r.title = r.title.slice(space + 1);
  }
}

export function inferNationalAffiliations(ctx: AffiliationContext, placed: readonly PlacedRole[]): void {
  const isCountry = (key: string | null) => key !== null && ctx.reg.get(key)?.type === 'country';
  const qualified = (p: PlacedRole) =>
    p.role.affiliationRule === 'stated' &&
    p.role.organizationKey === null &&
    isCountry(p.role.countryKey) &&
    isNationalOffice(ctx.lex, p.role.title);
  const open = (p: PlacedRole) =>
    p.role.organizationKey === null && p.role.countryKey === null && isNationalOffice(ctx.lex, p.role.title);
  const bySentence = new Map<number, PlacedRole[]>();
  for (const p of placed) {
    const list = bySentence.get(p.sentence);
    if (list) list.push(p);
    else bySentence.set(p.sentence, [p]);
  }
  for (const [sentence, list] of bySentence) {
    list.sort((a, b) => a.role.start - b.role.start);
    const oneCountry = (ctx.countriesInSentence.get(sentence)?.size ?? 0) === 1;
    list.forEach((p, i) => {
      if (!open(p)) return;
      // The nearest title before it that names a government, in the same list or in a sentence that names
      // no other country; never the same office (a government has one President: "President Ann Lee spoke
      // with Nordish President Sam Cole" leaves Lee's country unsaid).
      for (let j = i - 1; j >= 0; j--) {
        const q = list[j]!;
        if (!qualified(q)) continue;
        if (q.role.title !== p.role.title && (oneCountry || inOneList(ctx.doc.body, list, j, i))) {
          p.role.countryKey = q.role.countryKey;
          p.role.affiliationRule = 'same-government';
        }
        break;
      }
    });
  }
  const dateline = datelineCountry(ctx.doc, ctx.lex);
  if (!dateline) return;
  const key = ctx.reg.entity('country', dateline.name, dateline.code);
  // The article must name the country itself: an affiliation points to an entity the article mentions.
  if (!ctx.namedCountries.has(key)) return;
  for (const p of placed) {
    if (!open(p)) continue;
    const others = ctx.countriesInSentence.get(p.sentence);
    if (others && [...others].some((k) => k !== key)) continue;
    p.role.countryKey = key;
    p.role.affiliationRule = 'dateline';
  }
}
