/**
 * An article's shard: everything the client-side article viewer (src/scripts/article-viewer.ts) needs to
 * show the article exactly as its static page does: the body, the highlighted spans already converted to
 * UTF-16 offsets with their anchors, links and tips, and the annotation tables as rows of cells. The viewer
 * only nests the spans (src/lib/nest.ts) and builds DOM nodes; it never parses markup.
 */
import {
  articleAnnotations,
  detailId,
  quantityTip,
  timexTip,
  type ArticleAnnotation,
  type ArticleRows,
} from './article-view.ts';
import { articleLabel, articleTitle } from './article-title.ts';
import type { ArticlesRow } from './dataset.ts';
import { describeRole, entityName, siteModel } from './model.ts';
import { anchorOf, entityUrl } from './urls.ts';

export interface Cell {
  text: string;
  href?: string;
  /** Shown as code (IDs, rule names). */
  code?: boolean;
  long?: boolean;
}

export interface ShardTable {
  id: string;
  heading: string;
  label: string;
  empty: string;
  columns: string[];
  rows: Array<{ id: string; cells: Cell[] }>;
}

export interface ArticleShard {
  id: string;
  title: string;
  description: string;
  facts: Array<{ label: string; value: string; code?: boolean }>;
  body: string;
  annotations: ArticleAnnotation[];
  counts: Record<keyof ArticleRows, number>;
  entities: Array<{ href: string; name: string; type: string; count: number; first: string }>;
  tables: ShardTable[];
}

export function articleRows(articleId: string): ArticleRows {
  const m = siteModel();
  return {
    mentions: m.mentionsByArticle.get(articleId) ?? [],
    roles: m.rolesByArticle.get(articleId) ?? [],
    timexes: m.timexesByArticle.get(articleId) ?? [],
    quantities: m.quantitiesByArticle.get(articleId) ?? [],
    quotes: m.quotesByArticle.get(articleId) ?? [],
    events: m.eventsByArticle.get(articleId) ?? [],
  };
}

const jump = (rowId: string) => `#${anchorOf(rowId)}`;

function entityList(rows: ArticleRows): ArticleShard['entities'] {
  const counts = new Map<string, { count: number; first: string }>();
  for (const m of rows.mentions) {
    const seen = counts.get(m.entity_id);
    if (seen) seen.count++;
    else counts.set(m.entity_id, { count: 1, first: m.mention_id });
  }
  return [...counts]
    .sort((a, b) => b[1].count - a[1].count || (a[0] < b[0] ? -1 : 1))
    .map(([id, { count, first }]) => ({
      href: entityUrl(id),
      name: entityName(id),
      type: id.split(':')[0]!,
      count,
      first: jump(first),
    }));
}

function tables(rows: ArticleRows): ShardTable[] {
  const entityCell = (id: string): Cell => ({ text: entityName(id), href: entityUrl(id) });
  return [
    {
      id: 'roles-here',
      heading: 'Roles',
      label: 'Roles in this article',
      empty: 'No roles in this article yet.',
      columns: ['as written', 'person', 'role', 'as of'],
      rows: rows.roles.map((r) => ({
        id: detailId(r.role_id),
        cells: [
          { text: r.text, href: jump(r.role_id) },
          entityCell(r.person_id),
          { text: describeRole(r) },
          { text: r.as_of },
        ],
      })),
    },
    {
      id: 'dates-here',
      heading: 'Dates',
      label: 'Dates in this article',
      empty: 'No temporal expressions in this article yet.',
      columns: ['as written', 'resolved', 'rule'],
      rows: rows.timexes.map((t) => ({
        id: detailId(t.timex_id),
        cells: [
          { text: t.text, href: jump(t.timex_id) },
          { text: timexTip(t).replace(/; rule .*\)$/u, ')') },
          { text: t.rule, code: true },
        ],
      })),
    },
    {
      id: 'quotes-here',
      heading: 'Quotes',
      label: 'Quotes in this article',
      empty: 'No quotes in this article yet.',
      columns: ['quote', 'speaker', 'how found', 'said on'],
      rows: rows.quotes.map((q) => ({
        id: detailId(q.quote_id),
        cells: [
          { text: q.text, href: jump(q.quote_id), long: true },
          q.speaker_id ? entityCell(q.speaker_id) : { text: q.speaker_text ?? '—' },
          { text: `${q.speaker_rule ?? '—'}${q.hedged ? ', hedged' : ''}` },
          { text: q.date_value ?? '—' },
        ],
      })),
    },
    {
      id: 'quantities-here',
      heading: 'Quantities',
      label: 'Quantities in this article',
      empty: 'No quantities in this article yet.',
      columns: ['as written', 'value'],
      rows: rows.quantities.map((q) => ({
        id: detailId(q.quantity_id),
        cells: [{ text: q.text, href: jump(q.quantity_id) }, { text: quantityTip(q) }],
      })),
    },
    {
      id: 'events-here',
      heading: 'Events',
      label: 'Events in this article',
      empty: 'No events in this article yet.',
      columns: ['type', 'status', 'date', 'evidence'],
      rows: rows.events.map((e) => ({
        id: detailId(e.event_id),
        cells: [
          { text: e.type },
          { text: e.status },
          { text: `${e.date_value ?? '—'}${e.date_source === 'inherited' ? ' (inherited)' : ''}` },
          { text: e.text, href: jump(e.event_id), long: true },
        ],
      })),
    },
  ];
}

export function articleShard(article: ArticlesRow): ArticleShard {
  const rows = articleRows(article.article_id);
  return {
    id: article.article_id,
    title: articleTitle(article),
    description: `The text of ${articleLabel(article)} with every annotation of the Dossier dataset highlighted.`,
    facts: [
      { label: 'Article ID', value: article.article_id, code: true },
      { label: 'Outlet', value: article.outlet },
      { label: 'Published', value: article.published },
      { label: 'Authors', value: article.authors ?? '—' },
      { label: 'Dateline', value: article.dateline ?? '—' },
      {
        label: 'Size',
        value: `${article.word_count} words, ${article.paragraph_count} paragraphs, ${article.sentence_count} sentences`,
      },
      { label: 'SHA-256 of the source file', value: article.sha256, code: true },
    ],
    body: article.body,
    annotations: articleAnnotations(article, rows, { entityName, role: describeRole }),
    counts: {
      mentions: rows.mentions.length,
      roles: rows.roles.length,
      timexes: rows.timexes.length,
      quantities: rows.quantities.length,
      quotes: rows.quotes.length,
      events: rows.events.length,
    },
    entities: entityList(rows),
    tables: tables(rows),
  };
}
