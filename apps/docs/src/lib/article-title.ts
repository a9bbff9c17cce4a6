import type { ArticlesRow } from './dataset.ts';

/** Articles as a reader names them: outlet and date. */
export function articleLabel(article: Pick<ArticlesRow, 'outlet' | 'published'>): string {
  return `${article.outlet}, ${article.published}`;
}

/** The words that open an article after its dateline ("(CNN) — "), about 50 characters cut at a word. */
export function articleOpening(article: Pick<ArticlesRow, 'body' | 'dateline'>, length = 50): string {
  const afterDateline =
    article.dateline && article.body.startsWith(article.dateline)
      ? article.body.slice(article.dateline.length).replace(/^\s*[—–-]\s*/u, '')
      : article.body;
  return afterDateline.slice(0, length).replace(/\s+\S*$/u, '');
}

/** The title of an article's page or view: its label and headline, or its opening words. */
export function articleTitle(article: ArticlesRow): string {
  return `${articleLabel(article)}: ${article.headline ?? `${articleOpening(article)}…`}`;
}
