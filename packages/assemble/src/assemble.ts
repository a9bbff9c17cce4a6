/**
 * Turns per-article annotations (UTF-16 offsets, article-local entity keys) into the published tables:
 * code-point offsets, global entity IDs, span IDs, and a stable sort. Pure: no I/O.
 */
import { CodePointIndex, lastStartingAtOrBefore, SPAN_PREFIX, spanId, type ArticleAnnotations, type ArticleDoc, type Span } from '@dossier/core';
import { resolveEntities } from '@dossier/normalize';
import { tableSchema, type TableRows, type TableName } from '@dossier/schema';
import { sortRows } from './sort.js';

/** What the per-article stages hand over: the ingested article (tokens dropped) and its annotations. */
export interface ProcessedArticle {
  doc: Omit<ArticleDoc, 'tokens'>;
  annotations: ArticleAnnotations;
  /** countWords(doc.body), counted in the per-article stage, which runs in parallel, rather than here. */
  wordCount: number;
}

export type Tables = { [K in TableName]: Array<TableRows[K]> };

/** Gives every row a unique ID: a second row on the same span gets "~1", a third "~2". */
function uniqueIds<T extends Record<string, unknown>>(rows: T[], idColumn: string): T[] {
  const seen = new Map<string, number>();
  for (const row of rows) {
    const id = row[idColumn] as string;
    const n = seen.get(id) ?? 0;
    seen.set(id, n + 1);
    if (n > 0) (row as Record<string, unknown>)[idColumn] = `${id}~${n}`;
  }
  return rows;
}

export function assembleTables(articles: ProcessedArticle[]): Tables {
  const resolution = resolveEntities(articles.map((a) => ({ articleId: a.doc.articleId, entities: a.annotations.entities })));
  const tables: Tables = {
    articles: [], entities: [], mentions: [], roles: [], temporal_expressions: [], quotes: [], quantities: [], events: [], event_participants: [],
  };
  const mentionCount = new Map<string, number>();
  const articleSets = new Map<string, Set<string>>();

  for (const { doc, annotations: a, wordCount } of articles) {
    const id = doc.articleId;
    const cp = new CodePointIndex(doc.body);
    const at = (s: Span) => cp.span(s);
    const entity = (key: string | null) => (key === null ? null : resolution.resolve(id, key));
    // The last sentence starting at or before the offset (sentence 0 before the first); O(log n) per mention.
    const sentenceOf = (offset: number) => Math.max(lastStartingAtOrBefore(doc.sentences, offset), 0);
    const timexId = (s: Span | null) => (s === null ? null : spanId(id, SPAN_PREFIX.temporal_expressions, cp.toCodePoint(s.start), cp.toCodePoint(s.end)));

    tables.articles.push({
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
      const entityIdValue = entity(m.entityKey)!;
      const sentence = sentenceOf(m.start);
      mentionCount.set(entityIdValue, (mentionCount.get(entityIdValue) ?? 0) + 1);
      const set = articleSets.get(entityIdValue) ?? new Set<string>();
      set.add(id);
      articleSets.set(entityIdValue, set);
      tables.mentions.push({
        mention_id: spanId(id, SPAN_PREFIX.mentions, start, end),
        article_id: id,
        entity_id: entityIdValue,
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
      // A title's territory is a country or, for sub-national titles ("Ohio Governor"), a place.
      const territory = entity(r.countryKey);
      const isPlace = territory?.startsWith('place:') ?? false;
      tables.roles.push({
        role_id: spanId(id, SPAN_PREFIX.roles, start, end),
        article_id: id,
        person_id: entity(r.personKey)!,
        title: r.title,
        title_text: r.titleText,
        organization_id: entity(r.organizationKey),
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
      tables.temporal_expressions.push({
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
      tables.quotes.push({
        quote_id: spanId(id, SPAN_PREFIX.quotes, start, end),
        article_id: id,
        text: q.text,
        start,
        end,
        speaker_id: entity(q.speakerKey),
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
      tables.quantities.push({
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
      tables.events.push({
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
        location_id: entity(e.locationKey),
        terms: e.terms,
      });
      for (const p of e.participants) {
        const entityIdValue = entity(p.entityKey)!;
        const key = `${eventId}\u0000${entityIdValue}\u0000${p.role}`;
        if (participantSeen.has(key)) continue;
        participantSeen.add(key);
        const span = at(p.span);
        tables.event_participants.push({ event_id: eventId, entity_id: entityIdValue, role: p.role, article_id: id, text: p.span.text, start: span.start, end: span.end });
      }
    }
  }

  for (const g of resolution.entities) {
    tables.entities.push({
      entity_id: g.entityId,
      type: g.type,
      name: g.name,
      aliases: g.aliases.length ? [...g.aliases].sort().join('; ') : null,
      country_code: g.countryCode,
      article_count: articleSets.get(g.entityId)?.size ?? 0,
      mention_count: mentionCount.get(g.entityId) ?? 0,
    });
  }

  for (const name of Object.keys(tables) as TableName[]) {
    const schema = tableSchema(name);
    const rows = sortRows(tables[name] as unknown as Array<Record<string, unknown>>, schema['x-sortBy']);
    if (schema['x-primaryKey'].length === 1) uniqueIds(rows, schema['x-primaryKey'][0]!);
  }
  return tables;
}
