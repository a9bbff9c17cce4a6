/**
 * Builds an ArticleDoc for extractor tests through the real ingest stage, so that test articles get exactly
 * the paragraphs, sentences, tokens and dateline that real articles get. Test-only: excluded from the build.
 */
import type { ArticleDoc } from '@dossier/core';
import { parseArticle } from '@dossier/ingest';

export function articleOf(body: string, published = '2024-03-01'): ArticleDoc {
  const raw = `date ${published} By Test Writer, Test Wire\n\n${body}\n`;
  const { doc, diagnostics } = parseArticle('test_article.txt', new TextEncoder().encode(raw));
  if (!doc) throw new Error(`test article did not parse: ${JSON.stringify(diagnostics)}`);
  return doc;
}
