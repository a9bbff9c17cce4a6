/** The per-article part of the pipeline: ingest, extract and normalize one raw file. Pure and worker-safe. */
import type { Diagnostic } from '@dossier/core';
import { parseArticle, type RawArticle } from '@dossier/ingest';
import { extractArticle } from '@dossier/extract';
import type { ProcessedArticle } from '@dossier/assemble';
import { checkArticleSize } from './limits.js';

export interface ArticleOutcome {
  sourceFile: string;
  processed?: ProcessedArticle;
  diagnostics: Diagnostic[];
  /** Milliseconds spent per stage, for the benchmark. */
  timings: { ingest: number; extract: number };
}

export function processArticle(raw: RawArticle): ArticleOutcome {
  const t0 = performance.now();
  const tooLarge = checkArticleSize(raw.sourceFile, raw.bytes);
  if (tooLarge) return { sourceFile: raw.sourceFile, diagnostics: [tooLarge], timings: { ingest: performance.now() - t0, extract: 0 } };
  const { doc, diagnostics } = parseArticle(raw.sourceFile, raw.bytes);
  const t1 = performance.now();
  if (!doc) return { sourceFile: raw.sourceFile, diagnostics, timings: { ingest: t1 - t0, extract: 0 } };
  const annotations = extractArticle(doc);
  const t2 = performance.now();
  const { tokens: _tokens, ...rest } = doc;
  return { sourceFile: raw.sourceFile, processed: { doc: rest, annotations }, diagnostics, timings: { ingest: t1 - t0, extract: t2 - t1 } };
}
