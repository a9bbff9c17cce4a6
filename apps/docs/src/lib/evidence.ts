/**
 * The evidence for a row: the sentence around its span, split into the text before, the span itself, and
 * the text after, plus the link to the span in the article view. The span's text is sliced from the body
 * with the row's code-point offsets, never copied from the row, so what a reader sees is the source.
 */
import { CodePointIndex } from '@dossier/core';
import { contextSpan, layoutOf } from './layout.ts';
import { spanUrl } from './urls.ts';
import type { ArticlesRow } from './dataset.ts';

export interface Evidence {
  before: string;
  match: string;
  after: string;
  href: string;
  unit: 'sentence' | 'paragraph';
  article: ArticlesRow;
}

// Dataset offsets count code points; the site slices with UTF-16 indices. One index per article body, and only
// the last one is kept: rows come article by article, and a map of every body's index grew with the corpus.
let last: { articleId: string; index: CodePointIndex } | undefined;

export function utf16Offsets(article: ArticlesRow, start: number, end: number): { start: number; end: number } {
  if (last?.articleId !== article.article_id)
    last = { articleId: article.article_id, index: new CodePointIndex(article.body) };
  return { start: last.index.toUtf16(start), end: last.index.toUtf16(end) };
}

export function evidenceFor(
  articles: ReadonlyMap<string, ArticlesRow>,
  row: { article_id: string; start: number; end: number },
  rowId: string,
): Evidence {
  const article = articles.get(row.article_id);
  if (!article)
    throw new Error(`row ${rowId} points to article "${row.article_id}", which is not in the articles table`);
  const { start, end } = utf16Offsets(article, row.start, row.end);
  const layout = layoutOf(article);
  const first = contextSpan(layout, start);
  const last = contextSpan(layout, Math.max(start, end - 1));
  const from = Math.min(first?.span.start ?? start, start);
  const to = Math.max(last?.span.end ?? end, end);
  return {
    before: article.body.slice(from, start),
    match: article.body.slice(start, end),
    after: article.body.slice(end, to),
    href: spanUrl(row.article_id, rowId),
    unit: first?.unit ?? 'sentence',
    article,
  };
}
