/**
 * Scores one article's rows against its gold annotation. Pure: no I/O.
 *
 * Matching rules (documented in the package README):
 * - entities: a predicted entity of the right type matches a gold entity when any written form (name or
 *   alias) of one equals any form of the other after nameKey normalization; one-to-one.
 * - roles: same person (as above), same title after titleKey (synonyms folded), same affiliation (the
 *   predicted organization or country shares a form with the gold affiliation; null only matches null).
 *   Predicted rows with the same person, title and affiliation count once per article.
 * - timexes, quotes, quantities: the predicted span overlaps the gold span by at least one code point;
 *   one-to-one, largest overlap first. Value, type and speaker are then judged on the matched pairs.
 */
import { CodePointIndex, error, type Diagnostic, type Span } from '@dossier/core';
import type { Gold, GoldEntity, GoldQuantity, GoldQuote, GoldRole, GoldTimex } from './gold.js';
import { allOccurrences, findNth, overlapLength } from './locate.js';
import { matchOneToOne, type Matching } from './match.js';
import { nameKey, nameKeys, sharesKey, titleKey } from './normalize.js';
import { accuracy, prf, type Accuracy, type Prf } from './prf.js';
import {
  entityForms,
  type ArticleView,
  type EntityRow,
  type QuantityRow,
  type QuoteRow,
  type RoleRow,
  type TimexRow,
} from './view.js';

export const ENTITY_METRICS = ['persons', 'organizations', 'countries', 'places'] as const;
/** Every P/R/F1 metric, in report order. "*_values"/"quote_speakers" count a gold item found only when its span AND its value/speaker are right. */
export const METRICS = [
  ...ENTITY_METRICS,
  'roles',
  'timexes',
  'timex_values',
  'quotes',
  'quote_speakers',
  'quantities',
  'quantity_values',
] as const;
export type MetricName = (typeof METRICS)[number];
export const ACCURACIES = ['timex_value', 'timex_type', 'quote_speaker', 'quantity_value'] as const;
export type AccuracyName = (typeof ACCURACIES)[number];

export interface MetricResult extends Prf {
  missed: string[];
  spurious: string[];
}
export interface AccuracyResult extends Accuracy {
  /** Matched pairs whose value (or speaker) is wrong: "text: expected X, found Y". */
  wrong: string[];
}

export interface ArticleScore {
  article_id: string;
  gold_file: string;
  metrics: Record<MetricName, MetricResult>;
  accuracy: Record<AccuracyName, AccuracyResult>;
  round_trip_failures: number;
}

const ENTITY_TYPE: Record<(typeof ENTITY_METRICS)[number], { gold: keyof Gold; type: string }> = {
  persons: { gold: 'persons', type: 'person' },
  organizations: { gold: 'organizations', type: 'organization' },
  countries: { gold: 'countries', type: 'country' },
  places: { gold: 'places', type: 'place' },
};

function shorten(text: string, max = 60): string {
  const flat = text.replace(/\s+/g, ' ');
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}

function result<G, P>(m: Matching<G, P>, showGold: (g: G) => string, showPred: (p: P) => string): MetricResult {
  return {
    ...prf({ tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length }),
    missed: m.missed.map(showGold),
    spurious: m.spurious.map(showPred),
  };
}

/** A P/R/F1 where a gold item counts as found only when its matched pair also passes `right`. */
function strictResult<G, P>(m: Matching<G, P>, right: (g: G, p: P) => boolean): MetricResult {
  const tp = m.pairs.filter(({ gold, pred }) => right(gold, pred)).length;
  const goldTotal = m.pairs.length + m.missed.length;
  const predTotal = m.pairs.length + m.spurious.length;
  return { ...prf({ tp, fp: predTotal - tp, fn: goldTotal - tp }), missed: [], spurious: [] };
}

function accuracyOf<G, P>(
  m: Matching<G, P>,
  right: (g: G, p: P) => boolean,
  show: (g: G, p: P) => string,
): AccuracyResult {
  const wrong = m.pairs.filter(({ gold, pred }) => !right(gold, pred)).map(({ gold, pred }) => show(gold, pred));
  return { ...accuracy(m.pairs.length - wrong.length, m.pairs.length), wrong };
}

/** Looks up gold names: every entity of the gold file by each of its comparison keys. */
function goldDirectory(gold: Gold): (name: string) => Set<string> {
  const all: GoldEntity[] = [...gold.persons, ...gold.organizations, ...gold.countries, ...gold.places];
  const byKey = new Map<string, Set<string>>();
  for (const e of all) {
    const keys = nameKeys([e.name, ...(e.aliases ?? [])]);
    for (const k of keys) if (!byKey.has(k)) byKey.set(k, keys);
  }
  return (name) => byKey.get(nameKey(name)) ?? new Set([nameKey(name)]);
}

interface Located<T> {
  item: T;
  spans: Span[];
}

/** Gold spans: nth occurrence when given; otherwise every whole-word occurrence (the matcher picks one). */
function locate<T extends { text: string; nth?: number }>(
  items: T[],
  body: string,
  index: CodePointIndex,
  kind: string,
  file: string,
  problems: Diagnostic[],
): Located<T>[] {
  const located: Located<T>[] = [];
  const cps = Array.from(body);
  const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);
  // "10" must not be found inside "100": without nth, only occurrences that are not part of a longer word count.
  const standsAlone = (s: Span) => !isWordChar(cps[s.start - 1]) && !isWordChar(cps[s.end]);
  for (const item of items) {
    let spans: Span[];
    if (item.nth !== undefined) {
      const span = findNth(body, item.text, item.nth, index);
      spans = span ? [span] : [];
    } else {
      const all = allOccurrences(body, item.text, index);
      const whole = all.filter(standsAlone);
      spans = whole.length ? whole : all;
    }
    if (spans.length === 0) {
      problems.push(
        error({
          ruleId: 'gold/text-not-in-body',
          source: 'evaluate',
          place: { file },
          message: `gold ${kind} text does not occur in the article body${item.nth ? ` ${item.nth} time(s)` : ''}; the item is not scored`,
          expected: 'an exact substring of the body',
          actual: item.text,
        }),
      );
      continue;
    }
    located.push({ item, spans });
  }
  return located;
}

function spanScore(g: Located<unknown>, p: { start: number; end: number }): number {
  return Math.max(0, ...g.spans.map((s) => overlapLength(s, p)));
}

export function scoreArticle(
  gold: Gold,
  goldFile: string,
  view: ArticleView,
  entities: Map<string, EntityRow>,
): { score: ArticleScore; problems: Diagnostic[] } {
  const problems: Diagnostic[] = [];
  const index = new CodePointIndex(view.body);
  const formsOf = goldDirectory(gold);
  const predForms = (id: string | null) => (id ? nameKeys(entityForms(entities.get(id))) : new Set<string>());
  const nameOf = (id: string | null) => (id ? (entities.get(id)?.name ?? id) : 'null');

  if (gold.anchor_text && view.body.split(gold.anchor_text).length !== 2) {
    problems.push(
      error({
        ruleId: 'gold/anchor',
        source: 'evaluate',
        place: { file: goldFile },
        message:
          'anchor_text does not occur exactly once in the article body: the gold may belong to another version of the article',
        expected: 'one occurrence',
        actual: gold.anchor_text,
      }),
    );
  }

  const metrics = {} as Record<MetricName, MetricResult>;
  for (const name of ENTITY_METRICS) {
    const goldItems = gold[ENTITY_TYPE[name].gold] as GoldEntity[];
    const predItems = view.entitiesByType.get(ENTITY_TYPE[name].type) ?? [];
    const m = matchOneToOne(goldItems, predItems, (g, p) => {
      const gk = nameKeys([g.name, ...(g.aliases ?? [])]);
      const pk = nameKeys(entityForms(p));
      if (gk.has(nameKey(p.name)) && pk.has(nameKey(g.name))) return 2; // canonical names agree
      return sharesKey(gk, pk) ? 1 : 0;
    });
    metrics[name] = result(
      m,
      (g) => g.name,
      (p) => p.name,
    );
  }

  // Roles: one predicted item per distinct (person, title, affiliation).
  const distinctRoles = new Map<string, RoleRow>();
  for (const r of view.roles) {
    const key = [r.person_id, titleKey(r.title), r.organization_id ?? '', r.country_id ?? '', r.place_id ?? ''].join(
      '|',
    );
    if (!distinctRoles.has(key)) distinctRoles.set(key, r);
  }
  const showRole = (person: string, title: string, affiliation: string | null) =>
    `${person}: ${title} (${affiliation ?? 'no affiliation'})`;
  const roleMatch = matchOneToOne(gold.roles, [...distinctRoles.values()], (g: GoldRole, p: RoleRow) => {
    if (!sharesKey(formsOf(g.person), predForms(p.person_id))) return 0;
    if (titleKey(g.title) !== titleKey(p.title)) return 0;
    const affiliations = [p.organization_id, p.country_id, p.place_id];
    if (g.affiliation === null) return affiliations.every((a) => a === null) ? 1 : 0;
    const want = formsOf(g.affiliation);
    return affiliations.some((a) => sharesKey(want, predForms(a))) ? 1 : 0;
  });
  metrics.roles = result(
    roleMatch,
    (g) => showRole(g.person, g.title, g.affiliation),
    (p) =>
      showRole(
        nameOf(p.person_id),
        p.title,
        [p.organization_id, p.country_id, p.place_id].filter(Boolean).map(nameOf).join(', ') || null,
      ),
  );

  // Temporal expressions.
  const timexMatch = matchOneToOne(
    locate(gold.timexes, view.body, index, 'timex', goldFile, problems),
    view.timexes,
    spanScore,
  );
  const showTimex = (text: string, at: number, value: string) => `"${shorten(text)}"@${at} = ${value}`;
  metrics.timexes = result(
    timexMatch,
    (g) => showTimex(g.item.text, g.spans[0]!.start, g.item.value),
    (p: TimexRow) => showTimex(p.text, p.start, p.value),
  );
  const timexValueRight = (g: Located<GoldTimex>, p: TimexRow) => g.item.value === p.value;
  metrics.timex_values = strictResult(timexMatch, timexValueRight);

  // Quotes.
  const quoteMatch = matchOneToOne(
    locate(gold.quotes, view.body, index, 'quote', goldFile, problems),
    view.quotes,
    spanScore,
  );
  const speakerRight = (g: Located<GoldQuote>, p: QuoteRow) => speakerMatches(g.item.speaker, p, formsOf, predForms);
  const showSpeaker = (p: QuoteRow) => (p.speaker_id ? nameOf(p.speaker_id) : (p.speaker_text ?? 'null'));
  metrics.quotes = result(
    quoteMatch,
    (g) => `"${shorten(g.item.text)}" — ${g.item.speaker ?? 'null'}`,
    (p) => `"${shorten(p.text)}" — ${showSpeaker(p)}`,
  );
  metrics.quote_speakers = strictResult(quoteMatch, speakerRight);

  // Quantities.
  const quantityMatch = matchOneToOne(
    locate(gold.quantities, view.body, index, 'quantity', goldFile, problems),
    view.quantities,
    spanScore,
  );
  const valueRight = (g: Located<GoldQuantity>, p: QuantityRow) => sameNumber(g.item.value, p.value);
  metrics.quantities = result(
    quantityMatch,
    (g) => `"${shorten(g.item.text)}" = ${g.item.value}`,
    (p) => `"${shorten(p.text)}" = ${p.value}`,
  );
  metrics.quantity_values = strictResult(quantityMatch, valueRight);

  const ordered = Object.fromEntries(METRICS.map((k) => [k, metrics[k]])) as Record<MetricName, MetricResult>;
  const accuracies: Record<AccuracyName, AccuracyResult> = {
    timex_value: accuracyOf(
      timexMatch,
      timexValueRight,
      (g, p) => `"${shorten(g.item.text)}": expected ${g.item.value}, found ${p.value}`,
    ),
    timex_type: accuracyOf(
      timexMatch,
      (g, p) => g.item.type === p.type,
      (g, p) => `"${shorten(g.item.text)}": expected ${g.item.type}, found ${p.type}`,
    ),
    quote_speaker: accuracyOf(
      quoteMatch,
      speakerRight,
      (g, p) => `"${shorten(g.item.text, 40)}": expected ${g.item.speaker ?? 'null'}, found ${showSpeaker(p)}`,
    ),
    quantity_value: accuracyOf(
      quantityMatch,
      valueRight,
      (g, p) => `"${shorten(g.item.text)}": expected ${g.item.value}, found ${p.value}`,
    ),
  };
  return {
    score: {
      article_id: view.articleId,
      gold_file: goldFile,
      metrics: ordered,
      accuracy: accuracies,
      round_trip_failures: view.roundTripFailures,
    },
    problems,
  };
}

function sameNumber(a: number | null, b: number | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a));
}

/**
 * A gold speaker is a named entity (matched through its forms), a lowercase keyword for an unnamed source
 * ("official": the prediction must name no entity and its speaker_text must contain the word), or null
 * (scare quotes: the prediction must have no speaker at all).
 */
export function speakerMatches(
  goldSpeaker: string | null,
  pred: QuoteRow,
  formsOf: (name: string) => Set<string>,
  predForms: (id: string | null) => Set<string>,
): boolean {
  if (goldSpeaker === null) return pred.speaker_id === null && pred.speaker_text === null;
  const isKeyword = goldSpeaker === goldSpeaker.toLocaleLowerCase('en') && !/\s/.test(goldSpeaker.trim());
  if (!isKeyword) return sharesKey(formsOf(goldSpeaker), predForms(pred.speaker_id));
  if (pred.speaker_id !== null || pred.speaker_text === null) return false;
  const word = goldSpeaker.trim().replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\p{L}])${word}`, 'iu').test(pred.speaker_text);
}
