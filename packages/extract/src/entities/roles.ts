/**
 * Titles stated for people, in three shapes:
 *  - before the name, inside its run or just before it: "Nordland Prime Minister Avery Lane", "Avery Agency
 *    director Sam Cole", "a senior Nordish prince, Sam Cole", "his defense minister, Sam Cole";
 *  - after the name, in apposition: "Sam Cole, the emir of Nordland", "Cole, a top aide to Lane",
 *    "Sam Cole, who is head of the Avery Authority";
 * The affiliation is the organization, country (demonyms count) or place written with the title; "his"/"her"
 * take the country of the nearest person named before who has one; "its" takes the nearest organization.
 */
import type { AffiliationRule, ArticleDoc, RoleAnnotation } from '@dossier/core';
import { loadLexicon } from '@dossier/lexicons';
import { normalizeTitle } from '@dossier/normalize';
import { wordsOfKind } from '@dossier/lexicons';
import { inferLocalAffiliations, inferNationalAffiliations, type PlacedRole } from './affiliation.js';
import { titlesByDescription } from './descriptions.js';
import type { EntityLexicon } from './lexicon.js';
import type { EntityRegistry } from './registry.js';
import type { Run, Segment } from './segments.js';
import { titleKeyOf, type Word } from './words.js';

export interface NameSite {
  run: Run;
  from: number;
  to: number;
  /** Where the mention starts: the honorific before the name, if any. */
  mentionFrom: number;
  personKey: string | null;
}

export interface RoleContext {
  doc: ArticleDoc;
  lex: EntityLexicon;
  words: Word[];
  runs: Run[];
  occurrences: NameSite[];
  reg: EntityRegistry;
  orgAt: Map<number, string>;
  countryAt: Map<number, string>;
  placeAt: Map<number, string>;
  demonymKey(seg: Segment): string | null;
  /** Sentence index → the country keys named in it (names and demonyms). */
  countriesInSentence: ReadonlyMap<number, ReadonlySet<string>>;
}

type Affiliation =
  | { kind: 'entity'; org: string | null; country: string | null; from: number }
  | { kind: 'pronoun-person'; at: number; from: number }
  | { kind: 'pronoun-org'; at: number; from: number }
  | { kind: 'person'; personKey: string; from: number; org: string | null };

interface TitleFound {
  title: string;
  former: boolean;
  titleFrom: number;
  titleTo: number;
  affiliation: Affiliation | null;
  /** First and last word of the whole role phrase. */
  from: number;
  to: number;
  /** The other title of a coordination ("director and senior economist"), which shares the affiliation. */
  coordinate?: TitleFound;
}

const AFFILIATION_KINDS = new Set(['org', 'country', 'demonym', 'place']);
const DETERMINERS = wordsOfKind('function-words', 'article');
const LINKS = wordsOfKind('name-context-words', 'role-link');
const PERSON_ORGANIZATIONS = wordsOfKind('name-context-words', 'person-organization');

/** The state the role passes share: the context and indexes over its runs and name sites, built once. */
interface RolePass {
  ctx: RoleContext;
  words: Word[];
  lex: EntityLexicon;
  body: string;
  runEndingAt: Map<number, Run>;
  runStartingAt: Map<number, Run>;
  /** Each segment's place in its run, by its first word: looked up once per name, never by scanning the run. */
  segmentIndexAt: Map<number, number>;
  /** The run each segment belongs to, by the segment's first word. */
  runOfSegmentAt: Map<number, Run>;
  siteAt: Map<number, NameSite>;
  /** "Lane" → the key of "Lane campaign": an organization the article names after a person. */
  organizationOfHolder: Map<string, string>;
}

function organizationsOfHolders(ctx: RoleContext): Map<string, string> {
  const out = new Map<string, string>();
  for (const key of ctx.orgAt.values()) {
    const name = ctx.reg.get(key)?.name ?? '';
    const space = name.lastIndexOf(' ');
    if (space > 0 && PERSON_ORGANIZATIONS.has(name.slice(space + 1))) out.set(name.slice(0, space), key);
  }
  return out;
}

function rolePass(ctx: RoleContext): RolePass {
  const runEndingAt = new Map<number, Run>();
  const runStartingAt = new Map<number, Run>();
  const segmentIndexAt = new Map<number, number>();
  const runOfSegmentAt = new Map<number, Run>();
  for (const r of ctx.runs) {
    runEndingAt.set(r.to - 1, r);
    runStartingAt.set(r.from, r);
    for (const [i, s] of r.segments.entries()) {
      segmentIndexAt.set(s.from, i);
      runOfSegmentAt.set(s.from, r);
    }
  }
  const siteAt = new Map<number, NameSite>();
  for (const o of ctx.occurrences) siteAt.set(o.from, o);
  return {
    ctx,
    words: ctx.words,
    lex: ctx.lex,
    body: ctx.doc.body,
    runEndingAt,
    runStartingAt,
    segmentIndexAt,
    runOfSegmentAt,
    siteAt,
    organizationOfHolder: organizationsOfHolders(ctx),
  };
}

/** The roles of the article: titles found around each person's name, then affiliations spread and inferred. */
export function findRoles(ctx: RoleContext): RoleAnnotation[] {
  const p = rolePass(ctx);
  const placed = titlesAroundNames(p);
  placed.push(...titlesByDescription(ctx, placed));
  spreadStatedAffiliations(placed.map((x) => x.role));
  const placesInSentence = new Map<number, Set<string>>();
  for (const [at, key] of ctx.placeAt) {
    const s = ctx.words[at]!.sentence;
    const set = placesInSentence.get(s);
    if (set) set.add(key);
    else placesInSentence.set(s, new Set([key]));
  }
  const firstSentence = ctx.words[0]?.sentence;
  const leadPlaces = [...ctx.placeAt]
    .filter(([at]) => ctx.words[at]!.sentence === firstSentence)
    .sort((a, b) => a[0] - b[0])
    .map(([, key]) => key);
  const affiliationContext = {
    leadPlaces,
    leadSentence: firstSentence,
    doc: ctx.doc,
    lex: ctx.lex,
    reg: ctx.reg,
    countriesInSentence: ctx.countriesInSentence,
    namedCountries: new Set(ctx.countryAt.values()),
    placesInSentence,
  };
  inferNationalAffiliations(affiliationContext, placed);
  inferLocalAffiliations(affiliationContext, placed);
  return keptRoles(
    p,
    placed.map((x) => x.role),
  );
}

/** For one name site: the titles written in, before and after it (titleInRun, titleBefore, regionTitle, titleAfter). */
function titlesFoundAt(p: RolePass, site: NameSite): TitleFound[] {
  const sentence = p.words[site.from]!.sentence;
  const found: TitleFound[] = [];
  const inRun = titleInRun(p, site);
  if (inRun) found.push(inRun);
  else if (site.from === site.run.from || site.run.segments.every((s) => s.from >= site.from || s.kind === 'skip')) {
    const before = titleBefore(p, site.run.from - 1, sentence) ?? titleOfBefore(p, site.run.from - 1, sentence);
    if (before?.coordinate) found.push({ ...before.coordinate, to: site.to });
    if (before) found.push({ ...before, to: site.to });
  } else {
    const region = regionTitle(p, site, sentence);
    if (region) found.push({ ...region, to: site.to });
  }
  if (site.to === site.run.to) {
    const after = titleAfter(p, site.to, sentence) ?? titleByHeadVerb(p, site.to, sentence);
    if (after) found.push({ ...after, from: site.mentionFrom });
    if (after?.coordinate) found.push({ ...after.coordinate, from: site.mentionFrom });
  }
  return found;
}

/** Pass 1: each title found at a name becomes a role, its affiliation read from what was written with it. */
function titlesAroundNames(p: RolePass): PlacedRole[] {
  const { ctx, words, body } = p;
  const placed: PlacedRole[] = [];
  const countryByPerson = new Map<string, string>();
  const countryOfPerson = (personKey: string): string | null => countryByPerson.get(personKey) ?? null;
  const sites = [...ctx.occurrences].filter((o) => o.personKey).sort((a, b) => a.from - b.from);
  for (let siteIndex = 0; siteIndex < sites.length; siteIndex++) {
    const site = sites[siteIndex]!;
    const sentence = words[site.from]!.sentence;
    for (const f of titlesFoundAt(p, site)) {
      let org: string | null = null;
      let country: string | null = null;
      let rule: AffiliationRule | null = null;
      const a = f.affiliation;
      if (a?.kind === 'entity') {
        org = a.org;
        country = a.country;
        rule = 'stated';
      } else if (a?.kind === 'person') {
        // "Lane's senior adviser" works for the Lane campaign when the article names one, else for Lane's country.
        org = a.org;
        country = org ? null : countryOfPerson(a.personKey);
        rule = 'possessor';
      } else if (a?.kind === 'pronoun-person') {
        rule = 'pronoun';
        // "his defense minister": the nearest person named before who has a country.
        for (let j = siteIndex - 1; j >= 0 && !country; j--) {
          const s = sites[j]!;
          if (s.from < a.at && s.personKey !== site.personKey) country = countryOfPerson(s.personKey!);
        }
      } else if (a?.kind === 'pronoun-org') {
        rule = 'pronoun';
        // The nearest organization within the last few hundred words.
        for (let q = a.at - 1; q >= Math.max(0, a.at - 400) && !org; q--) org = ctx.orgAt.get(q) ?? null;
      }
      const start = words[Math.min(f.from, site.mentionFrom)]!.start;
      const endWord = words[Math.max(f.to, site.to) - 1]!;
      const end = Math.max(endWord.end, words[site.to - 1]!.possEnd === endWord.possEnd ? endWord.end : endWord.end);
      if (country && !countryByPerson.has(site.personKey!)) countryByPerson.set(site.personKey!, country);
      const role: RoleAnnotation = {
        personKey: site.personKey!,
        title: f.title,
        titleText: body.slice(words[f.titleFrom]!.start, words[f.titleTo - 1]!.end),
        organizationKey: org,
        countryKey: country,
        affiliationRule: org || country ? rule : null,
        former: f.former,
        start,
        end,
        text: body.slice(start, end),
      };
      placed.push({ role, sentence });
    }
  }
  return placed;
}

/** Pass 2: a title stated with its affiliation once holds it wherever else the article repeats that title. */
function spreadStatedAffiliations(roles: RoleAnnotation[]): void {
  const stated = new Map<string, RoleAnnotation>();
  for (const r of roles)
    if ((r.organizationKey || r.countryKey) && !stated.has(`${r.personKey}\u0000${r.title}`))
      stated.set(`${r.personKey}\u0000${r.title}`, r);
  for (const r of roles) {
    if (r.organizationKey || r.countryKey) continue;
    const full = stated.get(`${r.personKey}\u0000${r.title}`);
    if (full) {
      r.organizationKey = full.organizationKey;
      r.countryKey = full.countryKey;
      r.affiliationRule = 'same-title';
    }
  }
}

/** Pass 4 (pass 3 is inferNationalAffiliations): occupations without an affiliation go, duplicates go, text order. */
function keptRoles(p: RolePass, roles: RoleAnnotation[]): RoleAnnotation[] {
  const { lex } = p;
  const seen = new Set<string>();
  // An occupation is a title only where the article says whose it is ("an economist" alone is no role).
  const occupationOnly = (r: RoleAnnotation) =>
    !r.organizationKey &&
    !r.countryKey &&
    lex.titles.heads.get(r.titleText.split(' ').pop()!.toLowerCase().replace(/\.$/, ''))?.occupation === true;
  return roles
    .filter((r) => !occupationOnly(r))
    .sort((a, b) => a.start - b.start || a.end - b.end || (a.title < b.title ? -1 : 1))
    .filter((r) => {
      const k = `${r.start}:${r.end}:${r.title}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

function isTitleWord(p: RolePass, w: Word) {
  const { lex } = p;
  const k = titleKeyOf(w);
  if (lex.titles.heads.has(k) || lex.titles.modifiers.has(k) || lex.titles.qualifiers.has(k) || k === 'former')
    return true;
  // A word that only opens a title phrase ("managing" in "managing director") counts when the phrase goes on.
  const next = p.words[w.index + 1];
  return next !== undefined && !next.cap && lex.titlePrefixes.has(`${k} ${titleKeyOf(next)}`);
}

function isHead(p: RolePass, w: Word) {
  const { lex } = p;
  return lex.titles.heads.has(titleKeyOf(w));
}

/** The affiliation a run gives: its last organization/country/place, or the person it names. */
function affiliationOfRun(p: RolePass, run: Run): Affiliation | null {
  const { siteAt, ctx } = p;
  for (let i = run.segments.length - 1; i >= 0; i--) {
    const s = run.segments[i]!;
    if (s.kind === 'org') return { kind: 'entity', org: ctx.orgAt.get(s.from) ?? null, country: null, from: s.from };
    if (s.kind === 'country')
      return { kind: 'entity', org: null, country: ctx.countryAt.get(s.from) ?? null, from: s.from };
    if (s.kind === 'demonym') return { kind: 'entity', org: null, country: ctx.demonymKey(s), from: s.from };
    if (s.kind === 'place')
      return { kind: 'entity', org: null, country: ctx.placeAt.get(s.from) ?? null, from: s.from };
    if (s.kind === 'name') {
      const site = siteAt.get(s.from);
      if (!site?.personKey) return null;
      const org = p.organizationOfHolder.get(p.body.slice(p.words[s.from]!.start, p.words[s.to - 1]!.end)) ?? null;
      return { kind: 'person', personKey: site.personKey, from: s.from, org };
    }
  }
  return null;
}

function onlyAffiliations(run: Run) {
  return run.segments.every((s) => AFFILIATION_KINDS.has(s.kind) || s.kind === 'of' || s.kind === 'skip');
}

/** A title written before the name and outside its run: walks back from word k. */
function titleBefore(p: RolePass, k: number, sentence: number): TitleFound | null {
  const { words, lex, runEndingAt } = p;
  let comma = false;
  if (words[k]?.text === ',') {
    comma = true;
    k--;
  }
  const last = words[k];
  if (!last || last.sentence !== sentence || last.cap || !isHead(p, last)) return null;
  const titleWords: Word[] = [];
  let affiliation: Affiliation | null = null;
  let t = k;
  let unknownNouns = 0;
  let region: { run: Run; after: number } | null = null;
  while (t >= 0 && words[t]!.sentence === sentence) {
    const w = words[t]!;
    // Before the affiliation only "former" and qualifiers still belong: "a senior Nordish prince" is a Prince.
    if (
      !w.cap &&
      isTitleWord(p, w) &&
      unknownNouns === 0 &&
      (affiliation === null || !lex.titles.modifiers.has(titleKeyOf(w)) || isHead(p, w))
    ) {
      titleWords.unshift(w);
      t--;
      continue;
    }
    // Up to two ordinary nouns before the title ("central bank governor") belong to the phrase, not the title.
    if (
      !w.cap &&
      (w.pos === 'NOUN' || w.pos === 'ADJ') &&
      titleWords.length > 0 &&
      unknownNouns < 2 &&
      w.possEnd === w.end
    ) {
      unknownNouns++;
      t--;
      continue;
    }
    const run = runEndingAt.get(t);
    // "senior North American economist": a region an occupation covers, between title words, is part of the title.
    if (run && region === null && affiliation === null && isCoverageRegion(p, run, titleWords, sentence)) {
      region = { run, after: titleWords.length };
      t = run.from - 1;
      continue;
    }
    if (run && affiliation === null && (onlyAffiliations(run) || words[t]!.possEnd > words[t]!.end)) {
      affiliation = affiliationOfRun(p, run);
      if (!affiliation) break;
      affiliation.from = run.from;
      t = run.from - 1;
      continue;
    }
    // "Lane senior adviser Sam Cole": a surname without its possessive marker, when the article names Lane's campaign.
    const holder: Affiliation | null =
      run && affiliation === null && run.segments.length === 1 ? affiliationOfRun(p, run) : null;
    if (run && holder?.kind === 'person' && holder.org) {
      affiliation = { ...holder, from: run.from };
      t = run.from - 1;
      continue;
    }
    break;
  }
  const n = withRegion(p, titleWords, region);
  if (!n) return null;
  const before = words[t];
  const boundary = before && before.sentence === sentence ? before.lower : '';
  if (affiliation === null && (boundary === 'his' || boundary === 'her'))
    affiliation = { kind: 'pronoun-person', at: t, from: t };
  if (affiliation === null && boundary === 'its') affiliation = { kind: 'pronoun-org', at: t, from: t };
  const weak = lex.titles.heads.get(titleKeyOf(last))!.weak;
  // "director and senior economist Avery Lane": the title before "and" is another title of the same person; it
  // introduces this one and lends it its affiliation.
  const coordinate = boundary === 'and' && affiliation === null ? firstConjunct(p, t - 1, sentence) : null;
  if (coordinate) affiliation = coordinate.affiliation;
  // "the company's chief executive, Avery Lane": a possessive noun introduces the title too.
  const possessiveNoun = before !== undefined && before.sentence === sentence && before.possEnd > before.end;
  const introduced =
    boundary === '' ||
    possessiveNoun ||
    DETERMINERS.has(boundary) ||
    ['his', 'her', 'its', 'their'].includes(boundary) ||
    affiliation !== null ||
    coordinate !== null;
  if ((comma || weak) && !introduced) return null;
  const titleFrom = titleWords[0]!.index;
  return {
    title: n.title,
    former: n.former,
    titleFrom,
    titleTo: k + 1,
    affiliation,
    from:
      affiliation && affiliation.kind !== 'pronoun-person' && affiliation.kind !== 'pronoun-org'
        ? Math.min(affiliation.from, titleFrom)
        : titleFrom,
    to: k + 1,
    ...(coordinate ? { coordinate } : {}),
  };
}

/**
 * A run of capitalized region words ("North American", "Asia Pacific") that stands between a lower-case title
 * modifier and an occupation ("senior … economist"): the area the occupation covers, not its employer. Country
 * names and demonyms stay affiliations ("a senior Nordish prince").
 */
function isCoverageRegion(p: RolePass, run: Run, titleWords: readonly Word[], sentence: number): boolean {
  const { words, lex } = p;
  const head = titleWords[titleWords.length - 1];
  if (!head || lex.titles.heads.get(titleKeyOf(head))?.occupation !== true) return false;
  if (!run.segments.every((s) => s.kind === 'skip' || s.kind === 'place')) return false;
  for (let k = run.from; k < run.to; k++) if (!/^\p{Lu}\p{Ll}+$/u.test(words[k]!.text)) return false;
  const before = words[run.from - 1];
  return (
    before !== undefined && before.sentence === sentence && !before.cap && lex.titles.modifiers.has(titleKeyOf(before))
  );
}

/** The title of the words, with a coverage region kept where it was written ("Senior North American Economist"). */
function withRegion(
  p: RolePass,
  titleWords: readonly Word[],
  region: { run: Run; after: number } | null,
): { title: string; former: boolean } | null {
  const whole = normalizeTitle(titleWords.map((w) => w.text));
  if (!region || !whole) return whole;
  const split = titleWords.length - region.after;
  const tail = normalizeTitle(titleWords.slice(split).map((w) => w.text));
  if (!tail) return whole;
  const lead = titleWords.slice(0, split).filter((w) => w.lower !== 'former');
  const text = p.body.slice(p.words[region.run.from]!.start, p.words[region.run.to - 1]!.end);
  return { title: [capitalized(lead), text, tail.title].filter(Boolean).join(' '), former: whole.former };
}

/**
 * The first title of "T1 and T2 Name", read back from word k, the word before "and". T1 may end in a short
 * domain after "for"/"of" ("managing director for Canadian rates and macro strategist, Avery Lane").
 */
function firstConjunct(p: RolePass, k: number, sentence: number): TitleFound | null {
  const { words } = p;
  let h = k;
  const last = words[h];
  if (!last || last.sentence !== sentence || last.punct) return null;
  if (!isHead(p, last)) {
    let q = h;
    while (q > k - 4 && q > 0 && !words[q]!.punct && !predicateWordsOf('domain-link').has(words[q]!.lower)) q--;
    if (!predicateWordsOf('domain-link').has(words[q]!.lower)) return null;
    h = q - 1;
  }
  const head = words[h];
  if (!head || head.sentence !== sentence || head.cap || !isHead(p, head)) return null;
  const first = titleBefore(p, h, sentence);
  return first && !first.coordinate ? first : null;
}

/**
 * "The head of the Avery agency for refugees (Aara), Sam Lane, …": a title followed by "of …" and a comma
 * before the name. The affiliation is the last organization or country named between title and comma.
 */
function titleOfBefore(p: RolePass, k: number, sentence: number): TitleFound | null {
  const { words, ctx } = p;
  if (words[k]?.text !== ',') return null;
  for (let h = k - 2; h >= Math.max(0, k - 14); h--) {
    const w = words[h]!;
    if (w.sentence !== sentence || w.pos === 'VERB' || w.pos === 'AUX') return null;
    if (!isHead(p, w) || words[h + 1]?.lower !== 'of') continue;
    const from = titleStart(p, h, sentence);
    // "The president and chief executive of Avero, Sam Lane,": a first title before "and" shares the rest.
    const and = words[from - 1];
    const firstHead = words[from - 2];
    const coordinated =
      and?.lower === 'and' && firstHead !== undefined && !firstHead.cap && isHead(p, firstHead)
        ? titleStart(p, from - 2, sentence)
        : null;
    const det = words[(coordinated ?? from) - 1];
    if (
      det &&
      det.sentence === sentence &&
      !DETERMINERS.has(det.lower) &&
      !['his', 'her', 'its', 'their'].includes(det.lower)
    )
      return null;
    const n = normalizeTitle(words.slice(from, h + 1).map((x) => x.text));
    if (!n) return null;
    let org: string | null = null;
    let country: string | null = null;
    for (let q = h + 1; q < k; q++) {
      const o = ctx.orgAt.get(q);
      const c = ctx.countryAt.get(q);
      if (o) [org, country] = [o, null];
      else if (c) [org, country] = [null, c];
    }
    const affiliation: Affiliation | null = org || country ? { kind: 'entity', org, country, from } : null;
    const found: TitleFound = {
      title: n.title,
      former: n.former,
      titleFrom: from,
      titleTo: h + 1,
      affiliation,
      from,
      to: k,
    };
    const first = coordinated === null ? null : normalizeTitle(words.slice(coordinated, from - 1).map((x) => x.text));
    if (coordinated !== null && first)
      found.coordinate = {
        ...found,
        title: first.title,
        former: first.former,
        titleFrom: coordinated,
        titleTo: from - 1,
      };
    return found;
  }
  return null;
}

/** The first word of the lower-case title words that end at word h. */
function titleStart(p: RolePass, h: number, sentence: number): number {
  const { words } = p;
  let from = h;
  while (
    from > 0 &&
    words[from - 1]!.sentence === sentence &&
    !words[from - 1]!.cap &&
    isTitleWord(p, words[from - 1]!)
  )
    from--;
  return from;
}

/** "White House envoy to the Middle East Sam Lane": a title for a region, written before the name. */
function regionTitle(p: RolePass, site: NameSite, sentence: number): TitleFound | null {
  const { words, body } = p;
  const segs = site.run.segments;
  if (segs.length < 2 || segs[0]!.kind !== 'place' || segs[1]!.from !== site.from) return null;
  let k = site.run.from - 1;
  if (words[k]?.lower === 'the') k--;
  if (words[k]?.lower !== 'to') return null;
  const base = titleBefore(p, k - 1, sentence);
  if (!base) return null;
  const region = body.slice(words[segs[0]!.from]!.start, words[segs[0]!.to - 1]!.end);
  return { ...base, title: `${region} ${base.title}`, titleTo: segs[0]!.to };
}

/** A title in apposition after the name: ", the emir of Nordland", ", a top aide to Lane", ", who is head of …". */
function titleAfter(p: RolePass, e: number, sentence: number, conjunct = false): TitleFound | null {
  const { words, runStartingAt, lex } = p;
  const sep = words[e];
  const separators = conjunct ? ['and'] : [',', '-', '–', '—', 'as'];
  if (!sep || sep.sentence !== sentence) return null;
  // "Avery Lane has been Sam Cole's deputy": a copula right after the name states the title as well.
  const copula = conjunct ? 0 : copulaLength(words, e);
  if (!copula && !separators.includes(sep.lower)) return null;
  let t = e + (copula || 1);
  if (words[t]?.lower === 'who' && ['is', 'was'].includes(words[t + 1]?.lower ?? '')) t += 2;
  if (DETERMINERS.has(words[t]?.lower ?? '')) t++;
  // "the group's executive director": a possessed common noun is no affiliation we can name.
  const possessed = words[t];
  if (possessed && !possessed.cap && possessed.possEnd > possessed.end && possessed.sentence === sentence) t++;
  const titleWords: Word[] = [];
  let affiliation: Affiliation | null = null;
  let lastHead = -1;
  while (t < words.length && words[t]!.sentence === sentence) {
    const w = words[t]!;
    const run = runStartingAt.get(t);
    if (run && onlyAffiliations(run) && affiliation === null && lastHead < 0) {
      affiliation = affiliationOfRun(p, run);
      t = run.to;
      continue;
    }
    // "Sam Cole's deputy": a person's possessive before the title is its possessor.
    const possessor = run && affiliation === null && lastHead < 0 ? possessorOfRun(p, run) : null;
    if (possessor) {
      affiliation = possessor;
      t = run!.to;
      continue;
    }
    if (isTitleWord(p, w)) {
      titleWords.push(w);
      if (isHead(p, w)) lastHead = titleWords.length;
      t++;
      continue;
    }
    break;
  }
  if (lastHead < 0) return null;
  // Words after the last head are not part of the title.
  const used = titleWords.slice(0, lastHead);
  t = used[used.length - 1]!.index + 1;
  const n = normalizeTitle(used.map((w) => w.text));
  if (!n) return null;
  let title = n.title;
  let to = t;
  const link = words[t];
  if (link && LINKS.has(link.lower)) {
    let r = t + 1;
    if (words[r]?.lower === 'the') r++;
    // "the MP for Ashworth Vale" is one run of capitals: what follows the link is the rest of it.
    const run = runStartingAt.get(r) ?? restOfRun(p, r);
    // "minister of fiscal policy": a lower-case domain after "of" ends at the next punctuation.
    if (!run && link.lower === 'of') {
      let q = r;
      while (
        q < Math.min(words.length, r + 4) &&
        !words[q]!.cap &&
        !words[q]!.punct &&
        words[q]!.lower !== 'at' &&
        words[q]!.sentence === sentence
      )
        q++;
      if (q > r && (words[q]?.punct || words[q]?.sentence !== sentence)) {
        to = q;
        // "head of macro strategy": a domain without a determiner names the post.
        if (r === t + 1 && titleKeyOf(used[used.length - 1]!) === 'head')
          title = `${n.title} of ${capitalized(words.slice(r, q))}`;
      }
      // "head of macro at ING": the domain, then where.
      const where = words[q]?.lower === 'at' ? runStartingAt.get(q + 1) : undefined;
      if (q > r && where && words[q]!.sentence === sentence) {
        const a = affiliationOfRun(p, where);
        if (a && a.kind === 'entity' && affiliation === null) affiliation = a;
        if (titleKeyOf(used[used.length - 1]!) === 'head') title = `${n.title} of ${capitalized(words.slice(r, q))}`;
        to = where.to;
      }
    }
    if (run) {
      const a = affiliationOfRun(p, run) ?? constituency(p, used[used.length - 1]!, link, run);
      // "aide to Lane": a person is no affiliation (the gold conventions leave it empty).
      if (a && a.kind === 'entity' && affiliation === null) affiliation = a;
      to = run.to;
    }
  }
  // Without an "of …" link the title must end the apposition, or it was an ordinary noun phrase.
  const end = words[to];
  if (
    to === t &&
    sep.lower !== 'as' &&
    end &&
    end.sentence === sentence &&
    !end.punct &&
    !['and', 'who', 'since', 'until', 'said', 'says'].includes(end.lower) &&
    !(copula && predicateWordsOf('after-predicate').has(end.lower))
  )
    return null;
  // "Avery Lane is a major donor": after a copula a weak head ("major", "leader") needs a stated affiliation.
  if (copula && lex.titles.heads.get(titleKeyOf(used[used.length - 1]!))?.weak && affiliation === null) return null;
  const found: TitleFound = {
    title,
    former: n.former,
    titleFrom: used[0]!.index,
    titleTo: t,
    affiliation,
    from: e,
    to,
  };
  // "Avery Lane, Nordbank managing director and head of research,": the second title shares the affiliation;
  // "Avery Lane, vice president and head of sales at Nordbank": the first shares the second's.
  const second = conjunct || words[to]?.lower !== 'and' ? null : titleAfter(p, to, sentence, true);
  if (second) {
    found.coordinate = { ...second, affiliation: second.affiliation ?? affiliation };
    found.affiliation ??= second.affiliation;
  }
  return found;
}

/**
 * "Avery Lane, who heads the regional administration": a relative clause whose verb states a post (lexicon
 * role-predicate-words, head-verb) in the organization it takes as object. The object is a name the article
 * already reads as an organization, country or place, or a lower-case phrase of at least two words that ends
 * in an organization head ("the regional administration", "the state emergency service"), which then becomes
 * an organization: one heads or chairs an organization, never a bare "the party" (too vague to name).
 */
function titleByHeadVerb(p: RolePass, e: number, sentence: number): TitleFound | null {
  const { words, lex, ctx } = p;
  const inSentence = (k: number) => words[k] !== undefined && words[k]!.sentence === sentence;
  if (words[e]?.text !== ',' || words[e + 1]?.lower !== 'who' || !inSentence(e + 2)) return null;
  const verb = words[e + 2]!;
  const title = headVerbTitles().get(verb.lower);
  if (!title) return null;
  let t = e + 3;
  if (DETERMINERS.has(words[t]?.lower ?? '') && inSentence(t)) t++;
  const n = normalizeTitle([title]);
  if (!n) return null;
  const run = p.runStartingAt.get(t);
  let affiliation: Affiliation | null = null;
  let to = t;
  if (run && onlyAffiliations(run)) {
    affiliation = affiliationOfRun(p, run);
    to = run.to;
  } else {
    let q = t;
    while (q < t + 4 && inSentence(q) && !words[q]!.cap && !words[q]!.punct && /^\p{Ll}+$/u.test(words[q]!.text)) q++;
    const head = words[q - 1];
    if (q - t < 2 || !head || !lex.orgHeads.has(head.text[0]!.toUpperCase() + head.text.slice(1))) return null;
    const start = words[t]!.start;
    const end = head.end;
    const key = ctx.reg.entity('organization', p.body.slice(start, end));
    ctx.reg.mention(key, start, end, 'name');
    ctx.orgAt.set(t, key);
    affiliation = { kind: 'entity', org: key, country: null, from: t };
    to = q;
  }
  if (affiliation?.kind !== 'entity') return null;
  return { title: n.title, former: false, titleFrom: verb.index, titleTo: verb.index + 1, affiliation, from: e, to };
}

let headVerbs: Map<string, string> | undefined;
function headVerbTitles(): Map<string, string> {
  headVerbs ??= new Map(
    loadLexicon<{ word: string; kind: string; title?: string }>('role-predicate-words')
      .entries.filter((x) => x.kind === 'head-verb' && x.title)
      .map((x) => [x.word, x.title!]),
  );
  return headVerbs;
}

/** The segments of a run from the one that starts at word r, as a run of their own; null when none starts there. */
function restOfRun(p: RolePass, r: number): Run | null {
  const run = p.runOfSegmentAt.get(r);
  if (!run || run.from === r) return null;
  return { from: r, to: run.to, segments: run.segments.slice(p.segmentIndexAt.get(r)!) };
}

/**
 * "the MP for Ashworth Vale": after a legislator's title (lexicon role-predicate-words, constituency-title) and
 * "for", a name nobody else claims is the constituency the member sits for, hence a place.
 */
function constituency(p: RolePass, head: Word, link: Word, run: Run): Affiliation | null {
  if (link.lower !== 'for' || !predicateWordsOf('constituency-title').has(titleKeyOf(head))) return null;
  const seg = run.segments[0]!;
  if (run.segments.length !== 1 || seg.kind !== 'name' || p.siteAt.get(seg.from)?.personKey) return null;
  const { ctx, words, body } = p;
  const start = words[seg.from]!.start;
  const end = words[seg.to - 1]!.end;
  const key = ctx.reg.entity('place', body.slice(start, end));
  ctx.reg.mention(key, start, words[seg.to - 1]!.possEnd, 'name');
  ctx.placeAt.set(seg.from, key);
  return { kind: 'entity', org: null, country: key, from: seg.from };
}

/** Lexicon role-predicate-words, by kind: copulas, the words a predicate title may stop before, domain links. */
let predicateWords: Map<string, Set<string>> | undefined;
function predicateWordsOf(kind: 'copula' | 'after-predicate' | 'domain-link' | 'constituency-title'): Set<string> {
  if (!predicateWords) {
    predicateWords = new Map();
    for (const e of loadLexicon<{ word: string; kind: string }>('role-predicate-words').entries) {
      const set = predicateWords.get(e.kind) ?? new Set<string>();
      set.add(e.word);
      predicateWords.set(e.kind, set);
    }
  }
  return predicateWords.get(kind) ?? new Set();
}

/** How many words of a copula stand at word e ("is", "has been", "served as"); 0 when none does. */
function copulaLength(words: readonly Word[], e: number): number {
  const first = words[e];
  if (!first) return 0;
  const copulas = predicateWordsOf('copula');
  if (copulas.has(first.lower)) return 1;
  const second = words[e + 1];
  return second && second.sentence === first.sentence && copulas.has(`${first.lower} ${second.lower}`) ? 2 : 0;
}

/** A run that ends in a person's possessive ("Sam Cole's"): that person, as the possessor of a title. */
function possessorOfRun(p: RolePass, run: Run): Affiliation | null {
  const last = p.words[run.to - 1]!;
  if (last.possEnd === last.end) return null;
  const a = affiliationOfRun(p, run);
  return a?.kind === 'person' ? a : null;
}

function capitalized(words: readonly Word[]): string {
  return words.map((w) => w.text[0]!.toUpperCase() + w.text.slice(1)).join(' ');
}

/** Title inside the run, before the name: [affiliation][title|rank][honorific] name [of affiliation]. */
function titleInRun(p: RolePass, site: NameSite): TitleFound | null {
  const { words, runEndingAt, segmentIndexAt } = p;
  const segs = site.run.segments;
  const siteIndex = segmentIndexAt.get(site.from)!;
  let i = siteIndex - 1;
  if (segs[i]?.kind === 'honorific') i--;
  const t = segs[i];
  if (!t || (t.kind !== 'title' && t.kind !== 'rank')) return null;
  const title = t.title;
  let former = t.kind === 'title' ? t.former : false;
  let affiliation: Affiliation | null = null;
  let from = t.from;
  const a = segs[i - 1];
  if (a && AFFILIATION_KINDS.has(a.kind)) {
    const sub: Run = { from: a.from, to: a.to, segments: [a] };
    affiliation = affiliationOfRun(p, sub);
    from = a.from;
  } else {
    // "Nordland's President Avery Lane", "Lane's spokesman Sam Cole".
    const prev = words[site.run.from - 1];
    if (prev && prev.possEnd > prev.end && prev.sentence === words[site.from]!.sentence) {
      const run = runEndingAt.get(prev.index);
      if (run) {
        affiliation = affiliationOfRun(p, run);
        if (affiliation) from = run.from;
      }
    }
  }
  // "Former | U.S. | Treasury Secretary | name": "former" stands at most two parts before the title.
  let formerSeg: Segment | undefined;
  for (let j = i - 1; j >= Math.max(0, i - 3) && !formerSeg; j--)
    if (segs[j]!.kind === 'skip' && words[segs[j]!.from]!.lower === 'former') formerSeg = segs[j];
  if (formerSeg) {
    former = true;
    from = Math.min(from, formerSeg.from);
  }
  const before = words[from - 1];
  if (before?.lower === 'former' && !before.cap) {
    former = true;
    from--;
  }
  let to = site.to;
  const after = segs[siteIndex + 1];
  if (after?.kind === 'of' && !affiliation) {
    const next = segs[siteIndex + 2];
    if (next && AFFILIATION_KINDS.has(next.kind)) {
      affiliation = affiliationOfRun(p, { from: next.from, to: next.to, segments: [next] });
      to = next.to;
    }
  }
  return { title, former, titleFrom: t.from, titleTo: t.to, affiliation, from, to };
}
