/**
 * A title used as a name: news introduces a person by name and goes on with the office alone ("Avery Lane
 * defended the plan on Monday. The Prime Minister said …"). The description is read as that person's title
 * only when all of this holds, since a wrong holder is worse than a missing role:
 *  - the sentence opens with "The" and a capitalized national office (lexicon national-offices), and no name
 *    follows the office;
 *  - the sentence before opens with a person's name (after an honorific or not);
 *  - the article states no title for that person anywhere else (a person with a title is called by it), and
 *    gives that office to no one else by name ("President Sam Cole" earlier makes "The President" Cole).
 * The role's span is the description; its affiliation stays unsaid (affiliation_rule null).
 *
 * A sentence may also open with "The", a party, organization or country, and a lower-case title with no name
 * after it ("The Avery peer has given …", "The Nordish envoy said …"). That description names the one person
 * the sentence before names (two people there, and nobody is guessed), under the same conditions; the
 * affiliation is the one written in it ("stated").
 */
import type { RoleAnnotation } from '@dossier/core';
import { normalizeTitle } from '@dossier/normalize';
import { isNationalOffice, type PlacedRole } from './affiliation.js';
import type { NameSite, RoleContext } from './roles.js';

export function titlesByDescription(ctx: RoleContext, placed: readonly PlacedRole[]): PlacedRole[] {
  const { words, doc } = ctx;
  const titled = new Set(placed.map((x) => x.role.personKey));
  const heldTitles = new Set(placed.map((x) => x.role.title));
  const openerOf = sentenceOpeners(ctx.occurrences, words);
  const namedIn = personsBySentence(ctx.occurrences, words);
  const out: PlacedRole[] = [];
  for (const run of ctx.runs) {
    const first = words[run.from]!;
    const qualified = qualifiedDescription(ctx, run, heldTitles);
    if (qualified) {
      const before = namedIn.get(first.sentence - 1);
      const holder = before?.size === 1 ? [...before][0]! : null;
      if (holder && !titled.has(holder))
        out.push({ role: { ...qualified, personKey: holder }, sentence: first.sentence });
      continue;
    }
    if (!first.sentenceInitial || first.lower !== 'the' || run.segments.length !== 2) continue;
    const office = run.segments[1]!;
    if (office.kind !== 'title' || !isNationalOffice(ctx.lex, office.title) || heldTitles.has(office.title)) continue;
    const next = words[run.to];
    if (next && next.sentence === first.sentence && (next.cap || next.punct)) continue;
    const holder = openerOf.get(first.sentence - 1);
    if (!holder || titled.has(holder)) continue;
    const start = first.start;
    const end = words[run.to - 1]!.end;
    const role: RoleAnnotation = {
      personKey: holder,
      title: office.title,
      titleText: doc.body.slice(words[office.from]!.start, end),
      organizationKey: null,
      countryKey: null,
      affiliationRule: null,
      former: false,
      start,
      end,
      text: doc.body.slice(start, end),
    };
    out.push({ role, sentence: first.sentence });
  }
  return out;
}

/**
 * "The Avery peer" opening a sentence: "The", an organization, country or demonym, then one lower-case title
 * head that no capitalized word follows. The role without its holder, or null.
 */
function qualifiedDescription(
  ctx: RoleContext,
  run: RoleContext['runs'][number],
  heldTitles: ReadonlySet<string>,
): Omit<RoleAnnotation, 'personKey'> | null {
  const { words, doc, lex } = ctx;
  const first = words[run.from]!;
  if (!first.sentenceInitial || first.lower !== 'the' || run.segments.length !== 2) return null;
  const owner = run.segments[1]!;
  const head = words[run.to];
  const next = words[run.to + 1];
  if (!head || head.sentence !== first.sentence || head.cap || !lex.titles.heads.has(head.lower)) return null;
  if (next && next.sentence === first.sentence && (next.cap || lex.titles.heads.has(next.lower))) return null;
  const org = owner.kind === 'org' ? (ctx.orgAt.get(owner.from) ?? null) : null;
  const country =
    owner.kind === 'country'
      ? (ctx.countryAt.get(owner.from) ?? null)
      : owner.kind === 'demonym'
        ? ctx.demonymKey(owner)
        : null;
  if (!org && !country) return null;
  const n = normalizeTitle([head.text]);
  if (!n || heldTitles.has(n.title)) return null;
  const start = first.start;
  const end = head.end;
  return {
    title: n.title,
    titleText: head.text,
    organizationKey: org,
    countryKey: country,
    affiliationRule: 'stated',
    former: false,
    start,
    end,
    text: doc.body.slice(start, end),
  };
}

/** Sentence index → the persons named in it. */
function personsBySentence(sites: readonly NameSite[], words: readonly { sentence: number }[]) {
  const out = new Map<number, Set<string>>();
  for (const s of sites) {
    if (!s.personKey) continue;
    const sentence = words[s.from]!.sentence;
    const set = out.get(sentence);
    if (set) set.add(s.personKey);
    else out.set(sentence, new Set([s.personKey]));
  }
  return out;
}

/** Sentence index → the person whose name opens that sentence (an honorific before it allowed). */
function sentenceOpeners(sites: readonly NameSite[], words: readonly { sentenceInitial: boolean; sentence: number }[]) {
  const out = new Map<number, string>();
  for (const s of sites) {
    if (!s.personKey || s.run.from !== s.mentionFrom) continue;
    const w = words[s.mentionFrom]!;
    if (w.sentenceInitial) out.set(w.sentence, s.personKey);
  }
  return out;
}
