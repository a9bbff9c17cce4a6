/**
 * The per-article half of assembly, run in the per-article stage (on worker threads for a large corpus):
 * one article's rows with code-point offsets, span IDs, sentence and paragraph numbers. Entity columns
 * still hold the article's local entity keys; assembleTables replaces them with global IDs once every
 * article's entities are known. Pure: no I/O.
 */
import {
  CodePointIndex,
  lastStartingAtOrBefore,
  SPAN_PREFIX,
  spanRowIds,
  type ArticleAnnotations,
  type ArticleDoc,
  type LocalEntity,
  type Span,
  type TextSpan,
} from '@dossier/core';
import type { TableRows, TableName } from '@dossier/schema';

/** What the per-article stages hand over: the ingested article (tokens dropped) and its annotations. */
export interface ProcessedArticle {
  doc: Omit<ArticleDoc, 'tokens'>;
  annotations: ArticleAnnotations;
  /** countWords(doc.body), counted in the per-article stage, which runs in parallel, rather than in assembly. */
  wordCount: number;
}

/** Every table but entities, which only exists across articles, and quarantine, which the pipeline writes. */
export type ArticleTableName = Exclude<TableName, 'entities' | 'quarantine'>;

/** One article's rows, entity columns holding local keys (see above). */
export interface ArticleRows {
  articleId: string;
  /** The article's local entities, for cross-article resolution. */
  entities: LocalEntity[];
  rows: { [K in ArticleTableName]: Array<TableRows[K]> };
}

/** What every table's rows need from the article. */
interface Context {
  id: string;
  doc: ProcessedArticle['doc'];
  cp: CodePointIndex;
  /** Temporal expression and quote IDs by their span ("start:end", UTF-16), for the rows that point at them. */
  timexIds: Map<string, string>;
  quoteIds: Map<string, string>;
}

const at = (c: Context, s: Span) => c.cp.span(s);
const spanKeyOf = (s: Span) => `${s.start}:${s.end}`;

/** The ID of the row on span `s` in `ids`; a reference to a span no row has is a bug upstream, so it stops the build. */
function referenceTo(c: Context, ids: Map<string, string>, table: string, s: Span | null): string | null {
  if (s === null) return null;
  const id = ids.get(spanKeyOf(s));
  if (id === undefined)
    throw new Error(
      `${c.id}: a row points at the ${table} span ${s.start}-${s.end} (UTF-16), which no ${table} row has`,
    );
  return id;
}

/** Span-row IDs of one table (see spanRowIds in @dossier/core): text and occurrence, no offsets. */
function idsOf(c: Context, prefix: string, spans: readonly TextSpan[]): string[] {
  return spanRowIds(c.id, prefix, spans);
}

function idsBySpan(spans: readonly Span[], ids: string[]): Map<string, string> {
  const out = new Map<string, string>();
  // Two rows on one span: references go to the first, as they did when IDs were made of offsets.
  spans.forEach((s, i) => {
    if (!out.has(spanKeyOf(s))) out.set(spanKeyOf(s), ids[i]!);
  });
  return out;
}

// One function per table rather than one long function: V8 optimizes (and, after a deoptimization,
// re-optimizes) a function as a whole, and a single function building every table cost more to compile
// than to run on a 2,000-article corpus.

function articleRow(c: Context, wordCount: number): TableRows['articles'] {
  const { doc } = c;
  return {
    article_id: c.id,
    source_file: doc.sourceFile,
    outlet: doc.outlet,
    published: doc.published,
    authors: doc.authors.length ? doc.authors.join('; ') : null,
    dateline: doc.dateline?.text ?? null,
    headline: doc.headline,
    word_count: wordCount,
    paragraph_count: doc.paragraphs.length,
    sentence_count: doc.sentences.length,
    sha256: doc.sha256,
    body: doc.body,
  };
}

function mentionRows(c: Context, mentions: ArticleAnnotations['mentions']): Array<TableRows['mentions']> {
  const ids = idsOf(c, SPAN_PREFIX.mentions, mentions);
  return mentions.map((m, i) => {
    const { start, end } = at(c, m);
    // The last sentence starting at or before the mention (sentence 0 before the first); O(log n).
    const sentence = Math.max(lastStartingAtOrBefore(c.doc.sentences, m.start), 0);
    return {
      mention_id: ids[i]!,
      article_id: c.id,
      entity_id: m.entityKey,
      text: m.text,
      start,
      end,
      kind: m.kind,
      paragraph: c.doc.sentences[sentence]?.paragraph ?? 0,
      sentence,
    };
  });
}

function roleRows(c: Context, roles: ArticleAnnotations['roles'], entities: LocalEntity[]): Array<TableRows['roles']> {
  const typeOf = new Map(entities.map((e) => [e.key, e.type]));
  const ids = idsOf(c, SPAN_PREFIX.roles, roles);
  return roles.map((r, i) => {
    const { start, end } = at(c, r);
    // A title's territory is a country or, for sub-national titles ("Ohio Governor"), a place. Resolution
    // only joins entities of one type, so the local entity's type is the resolved entity's type.
    const territory = r.countryKey;
    const isPlace = territory !== null && typeOf.get(territory) === 'place';
    return {
      role_id: ids[i]!,
      article_id: c.id,
      person_id: r.personKey,
      title: r.title,
      title_text: r.titleText,
      organization_id: r.organizationKey,
      country_id: isPlace ? null : territory,
      place_id: isPlace ? territory : null,
      affiliation_rule: r.affiliationRule ?? null,
      former: r.former,
      as_of: c.doc.published,
      text: r.text,
      start,
      end,
    };
  });
}

function timexRows(c: Context, timexes: ArticleAnnotations['timexes']): Array<TableRows['temporal_expressions']> {
  const ids = idsOf(c, SPAN_PREFIX.temporal_expressions, timexes);
  c.timexIds = idsBySpan(timexes, ids);
  return timexes.map((t, i) => {
    const { start, end } = at(c, t);
    return {
      timex_id: ids[i]!,
      article_id: c.id,
      text: t.text,
      start,
      end,
      type: t.type,
      value: t.value,
      anchor: t.anchor,
      range_start: t.rangeStart,
      range_end: t.rangeEnd,
      precision: t.precision,
      rule: t.rule,
    };
  });
}

function quoteRows(c: Context, quotes: ArticleAnnotations['quotes']): Array<TableRows['quotes']> {
  const ids = idsOf(c, SPAN_PREFIX.quotes, quotes);
  c.quoteIds = idsBySpan(quotes, ids);
  return quotes.map((q, i) => {
    const { start, end } = at(c, q);
    return {
      quote_id: ids[i]!,
      article_id: c.id,
      text: q.text,
      start,
      end,
      speaker_id: q.speakerKey,
      speaker_text: q.speakerText,
      speaker_rule: q.speakerRule,
      cue: q.cue,
      kind: q.kind,
      hedged: q.hedged,
      date_value: q.dateValue,
      timex_id: referenceTo(c, c.timexIds, 'temporal_expressions', q.timex),
    };
  });
}

function quantityRows(c: Context, quantities: ArticleAnnotations['quantities']): Array<TableRows['quantities']> {
  const ids = idsOf(c, SPAN_PREFIX.quantities, quantities);
  return quantities.map((n, i) => {
    const { start, end } = at(c, n);
    return {
      quantity_id: ids[i]!,
      article_id: c.id,
      text: n.text,
      start,
      end,
      value: n.value,
      low: n.low,
      high: n.high,
      modifier: n.modifier,
      unit: n.unit,
    };
  });
}

function eventRow(c: Context, e: ArticleAnnotations['events'][number], eventId: string): TableRows['events'] {
  const { start, end } = at(c, e);
  return {
    event_id: eventId,
    article_id: c.id,
    // The schema's enum (kept equal to the code list by a test) is what guarantees the type; validation checks it.
    type: e.type as TableRows['events']['type'],
    trigger: e.trigger,
    text: e.text,
    start,
    end,
    status: e.status,
    date_value: e.dateValue,
    date_start: e.dateStart,
    date_end: e.dateEnd,
    date_source: e.dateSource,
    timex_id: referenceTo(c, c.timexIds, 'temporal_expressions', e.timex),
    quote_id: referenceTo(c, c.quoteIds, 'quotes', e.quote),
    location_id: e.locationKey,
    terms: e.terms,
  };
}

function eventRows(c: Context, events: ArticleAnnotations['events'], rows: ArticleRows['rows']): void {
  const participantSeen = new Set<string>();
  const ids = idsOf(c, SPAN_PREFIX.events, events);
  for (const [i, e] of events.entries()) {
    const eventId = ids[i]!;
    rows.events.push(eventRow(c, e, eventId));
    for (const p of e.participants) {
      // Two local keys may still resolve to one entity; assembleTables removes those duplicates as well.
      const key = `${eventId}\u0000${p.entityKey}\u0000${p.role}`;
      if (participantSeen.has(key)) continue;
      participantSeen.add(key);
      const { start, end } = at(c, p.span);
      rows.event_participants.push({
        event_id: eventId,
        entity_id: p.entityKey,
        role: p.role,
        article_id: c.id,
        text: p.span.text,
        start,
        end,
      });
    }
  }
}

export function articleRows({ doc, annotations: a, wordCount }: ProcessedArticle): ArticleRows {
  const c: Context = {
    id: doc.articleId,
    doc,
    cp: new CodePointIndex(doc.body),
    timexIds: new Map(),
    quoteIds: new Map(),
  };
  // Order matters: quotes point at temporal expressions, events at both.
  const temporal_expressions = timexRows(c, a.timexes);
  const quotes = quoteRows(c, a.quotes);
  const rows: ArticleRows['rows'] = {
    articles: [articleRow(c, wordCount)],
    mentions: mentionRows(c, a.mentions),
    roles: roleRows(c, a.roles, a.entities),
    temporal_expressions,
    quotes,
    quantities: quantityRows(c, a.quantities),
    events: [],
    event_participants: [],
  };
  eventRows(c, a.events, rows);
  return { articleId: c.id, entities: a.entities, rows };
}
