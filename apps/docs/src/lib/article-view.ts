/**
 * Everything the article view highlights, as spans over the body (UTF-16), with their anchors and the
 * facts shown on hover or focus. Ranks decide who is cut when spans cross: names and dates stay whole,
 * long event clauses give way.
 */
import { CodePointIndex } from '@dossier/core';
import type {
  ArticlesRow,
  EventsRow,
  MentionsRow,
  QuantitiesRow,
  QuotesRow,
  RolesRow,
  TemporalExpressionsRow,
} from './dataset.ts';
import { layoutOf } from './layout.ts';
import { nestAnnotations, type SpanLike, type TreeNode } from './nest.ts';
import { anchorOf, entityUrl } from './urls.ts';

export type AnnotationKind = 'paragraph' | 'subheading' | 'mention' | 'role' | 'timex' | 'quantity' | 'quote' | 'event';

export interface ArticleAnnotation extends SpanLike {
  kind: AnnotationKind;
  anchor?: string;
  href?: string;
  tip?: string;
  entityId?: string;
  focusable?: boolean;
  /** The id of the row in the annotation tables below the text that describes this span. */
  describedBy?: string;
}

export const RANK: Record<AnnotationKind, number> = {
  paragraph: 0,
  subheading: 0,
  mention: 1,
  timex: 2,
  quantity: 2,
  role: 3,
  quote: 4,
  event: 5,
};

export interface ArticleRows {
  mentions: readonly MentionsRow[];
  roles: readonly RolesRow[];
  timexes: readonly TemporalExpressionsRow[];
  quantities: readonly QuantitiesRow[];
  quotes: readonly QuotesRow[];
  events: readonly EventsRow[];
}

export interface Describers {
  entityName: (id: string | null | undefined) => string;
  role: (row: RolesRow) => string;
}

/** The id of a row's line in the annotation tables ("d-" + its anchor). */
export function detailId(rowId: string): string {
  return `d-${anchorOf(rowId)}`;
}

export function timexTip(t: TemporalExpressionsRow): string {
  const range =
    t.range_start && t.range_end
      ? t.range_start === t.range_end
        ? `, ${t.range_start}`
        : `, ${t.range_start} to ${t.range_end}`
      : '';
  return `${t.value} (${t.type.toLowerCase()}, ${t.precision}${range}; rule ${t.rule})`;
}

export function quantityTip(q: QuantitiesRow): string {
  const amount =
    q.value !== null
      ? String(q.value)
      : q.low !== null || q.high !== null
        ? `${q.low ?? '…'} to ${q.high ?? '…'}`
        : '?';
  return `${q.modifier ? `${q.modifier} ` : ''}${amount}${q.unit ? ` ${q.unit}` : ''}`;
}

export function articleAnnotations(article: ArticlesRow, rows: ArticleRows, describe: Describers): ArticleAnnotation[] {
  const index = new CodePointIndex(article.body);
  const span = (row: { start: number; end: number }) => ({
    start: index.toUtf16(row.start),
    end: index.toUtf16(row.end),
  });
  const anns: ArticleAnnotation[] = layoutOf(article).paragraphs.map((p, i) => ({
    start: p.start,
    end: p.end,
    kind: p.kind,
    rank: RANK[p.kind],
    key: `p${i}`,
  }));
  for (const m of rows.mentions) {
    anns.push({
      ...span(m),
      kind: 'mention',
      rank: RANK.mention,
      key: m.mention_id,
      anchor: anchorOf(m.mention_id),
      href: entityUrl(m.entity_id),
      entityId: m.entity_id,
      tip: `${describe.entityName(m.entity_id)} (${m.kind})`,
    });
  }
  for (const t of rows.timexes) {
    anns.push({
      ...span(t),
      kind: 'timex',
      rank: RANK.timex,
      key: t.timex_id,
      anchor: anchorOf(t.timex_id),
      tip: timexTip(t),
      focusable: true,
      describedBy: detailId(t.timex_id),
    });
  }
  for (const q of rows.quantities) {
    anns.push({
      ...span(q),
      kind: 'quantity',
      rank: RANK.quantity,
      key: q.quantity_id,
      anchor: anchorOf(q.quantity_id),
      tip: quantityTip(q),
      describedBy: detailId(q.quantity_id),
    });
  }
  for (const r of rows.roles) {
    anns.push({
      ...span(r),
      kind: 'role',
      rank: RANK.role,
      key: r.role_id,
      anchor: anchorOf(r.role_id),
      tip: `${describe.entityName(r.person_id)}: ${describe.role(r)}`,
      focusable: true,
      describedBy: detailId(r.role_id),
    });
  }
  for (const q of rows.quotes) {
    const speaker = q.speaker_id ? describe.entityName(q.speaker_id) : (q.speaker_text ?? 'speaker not found');
    anns.push({
      ...span(q),
      kind: 'quote',
      rank: RANK.quote,
      key: q.quote_id,
      anchor: anchorOf(q.quote_id),
      tip: `said by ${speaker}${q.speaker_rule ? ` (${q.speaker_rule})` : ''}${q.date_value ? `, ${q.date_value}` : ''}`,
      entityId: q.speaker_id ?? undefined,
      focusable: true,
      describedBy: detailId(q.quote_id),
    });
  }
  for (const e of rows.events) {
    const when = e.date_value ? `, ${e.date_value}${e.date_source === 'inherited' ? ' (inherited)' : ''}` : '';
    anns.push({
      ...span(e),
      kind: 'event',
      rank: RANK.event,
      key: e.event_id,
      anchor: anchorOf(e.event_id),
      tip: `${e.type}, ${e.status}${when}`,
      describedBy: detailId(e.event_id),
    });
  }
  return anns;
}

export function articleTree(
  article: ArticlesRow,
  rows: ArticleRows,
  describe: Describers,
): TreeNode<ArticleAnnotation>[] {
  return nestAnnotations(article.body, articleAnnotations(article, rows, describe));
}
