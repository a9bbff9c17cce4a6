/**
 * The per-article half of assembly, run in the per-article stage (on worker threads for a large corpus):
 * one article's rows with code-point offsets, span IDs, sentence and paragraph numbers. Entity columns
 * still hold the article's local entity keys; assembleTables replaces them with global IDs once every
 * article's entities are known. Pure: no I/O.
 */
import { CodePointIndex, lastStartingAtOrBefore, SPAN_PREFIX, spanId, type ArticleAnnotations, type ArticleDoc, type LocalEntity, type Span } from '@dossier/core';
import type { TableRows, TableName } from '@dossier/schema';

/** What the per-article stages hand over: the ingested article (tokens dropped) and its annotations. */
export interface ProcessedArticle {
  doc: Omit<ArticleDoc, 'tokens'>;
  annotations: ArticleAnnotations;
  /** countWords(doc.body), counted in the per-article stage, which runs in parallel, rather than in assembly. */
  wordCount: number;
}

/** Every table but entities, which only exists across articles. */
export type ArticleTableName = Exclude<TableName, 'entities'>;

/** One article's rows, entity columns holding local keys (see above). */
export interface ArticleRows {
  articleId: string;
  /** The article's local entities, for cross-article resolution. */
  entities: LocalEntity[];
  rows: { [K in ArticleTableName]: Array<TableRows[K]> };
}

export function articleRows({ doc, annotations: a, wordCount }: ProcessedArticle): ArticleRows {
  const rows: ArticleRows['rows'] = { articles: [], mentions: [], roles: [], temporal_expressions: [], quotes: [], quantities: [], events: [], event_participants: [] };
  const id = doc.articleId;
  const cp = new CodePointIndex(doc.body);
  const at = (s: Span) => cp.span(s);
  const typeOf = new Map(a.entities.map((e) => [e.key, e.type]));
  // The last sentence starting at or before the offset (sentence 0 before the first); O(log n) per mention.
  const sentenceOf = (offset: number) => Math.max(lastStartingAtOrBefore(doc.sentences, offset), 0);
  const timexId = (s: Span | null) => (s === null ? null : spanId(id, SPAN_PREFIX.temporal_expressions, cp.toCodePoint(s.start), cp.toCodePoint(s.end)));

  rows.articles.push({
    article_id: id,
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
  });

  for (const m of a.mentions) {
    const { start, end } = at(m);
    const sentence = sentenceOf(m.start);
    rows.mentions.push({
      mention_id: spanId(id, SPAN_PREFIX.mentions, start, end),
      article_id: id,
      entity_id: m.entityKey,
      text: m.text,
      start,
      end,
      kind: m.kind,
      paragraph: doc.sentences[sentence]?.paragraph ?? 0,
      sentence,
    });
  }
  for (const r of a.roles) {
    const { start, end } = at(r);
    // A title's territory is a country or, for sub-national titles ("Ohio Governor"), a place. Resolution
    // only joins entities of one type, so the local entity's type is the resolved entity's type.
    const territory = r.countryKey;
    const isPlace = territory !== null && typeOf.get(territory) === 'place';
    rows.roles.push({
      role_id: spanId(id, SPAN_PREFIX.roles, start, end),
      article_id: id,
      person_id: r.personKey,
      title: r.title,
      title_text: r.titleText,
      organization_id: r.organizationKey,
      country_id: isPlace ? null : territory,
      place_id: isPlace ? territory : null,
      former: r.former,
      as_of: doc.published,
      text: r.text,
      start,
      end,
    });
  }
  for (const t of a.timexes) {
    const { start, end } = at(t);
    rows.temporal_expressions.push({
      timex_id: spanId(id, SPAN_PREFIX.temporal_expressions, start, end),
      article_id: id,
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
    });
  }
  for (const q of a.quotes) {
    const { start, end } = at(q);
    rows.quotes.push({
      quote_id: spanId(id, SPAN_PREFIX.quotes, start, end),
      article_id: id,
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
      timex_id: timexId(q.timex),
    });
  }
  for (const n of a.quantities) {
    const { start, end } = at(n);
    rows.quantities.push({
      quantity_id: spanId(id, SPAN_PREFIX.quantities, start, end),
      article_id: id,
      text: n.text,
      start,
      end,
      value: n.value,
      low: n.low,
      high: n.high,
      modifier: n.modifier,
      unit: n.unit,
    });
  }
  const participantSeen = new Set<string>();
  for (const e of a.events) {
    const { start, end } = at(e);
    const eventId = spanId(id, SPAN_PREFIX.events, start, end);
    rows.events.push({
      event_id: eventId,
      article_id: id,
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
      timex_id: timexId(e.timex),
      quote_id: e.quote === null ? null : spanId(id, SPAN_PREFIX.quotes, cp.toCodePoint(e.quote.start), cp.toCodePoint(e.quote.end)),
      location_id: e.locationKey,
      terms: e.terms,
    });
    for (const p of e.participants) {
      // Two local keys may still resolve to one entity; assembleTables removes those duplicates as well.
      const key = `${eventId}\u0000${p.entityKey}\u0000${p.role}`;
      if (participantSeen.has(key)) continue;
      participantSeen.add(key);
      const span = at(p.span);
      rows.event_participants.push({ event_id: eventId, entity_id: p.entityKey, role: p.role, article_id: id, text: p.span.text, start: span.start, end: span.end });
    }
  }
  return { articleId: id, entities: a.entities, rows };
}
