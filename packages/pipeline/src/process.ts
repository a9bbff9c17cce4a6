/** The per-article part of the pipeline: ingest, extract and the per-article half of assembly for one raw file. Pure and worker-safe. */
import { countWords, error, type Diagnostic } from '@dossier/core';
import { parseArticle, type RawArticle } from '@dossier/ingest';
import { extractArticle } from '@dossier/extract';
import { articleRows, type ArticleRows } from '@dossier/assemble';
import { checkArticleSize } from './limits.js';
import type { CachedDigest } from './cache-verify.js';

export interface ArticleOutcome {
  sourceFile: string;
  /** The article's rows, entity columns still holding local keys (see @dossier/assemble). */
  processed?: ArticleRows;
  diagnostics: Diagnostic[];
  /**
   * Instead of `processed`, for a cache hit of a streamed build: what the corpus step needs of the article
   * before its rows, which it loads from the cache only if it needs them (CorpusSink.rowsOf).
   */
  digest?: CachedDigest;
  /** Milliseconds spent per stage, for the benchmark. */
  timings: { ingest: number; extract: number };
}

export function processArticle(raw: RawArticle): ArticleOutcome {
  const t0 = performance.now();
  const tooLarge = checkArticleSize(raw.sourceFile, raw.bytes);
  if (tooLarge)
    return {
      sourceFile: raw.sourceFile,
      diagnostics: [tooLarge],
      timings: { ingest: performance.now() - t0, extract: 0 },
    };
  const { doc, diagnostics } = parseArticle(raw.sourceFile, raw.bytes);
  const t1 = performance.now();
  if (!doc) return { sourceFile: raw.sourceFile, diagnostics, timings: { ingest: t1 - t0, extract: 0 } };
  let processed: ArticleRows;
  try {
    const annotations = extractArticle(doc);
    const { tokens: _tokens, ...rest } = doc;
    processed = articleRows({ doc: rest, annotations, wordCount: countWords(doc.body) });
  } catch (e) {
    // A defect the article triggers in an extractor fails this article with a diagnostic naming it, instead of
    // killing the whole build with a stack trace; the build quarantines the article (see quarantine.ts).
    const message = e instanceof Error ? e.message : String(e);
    const failure = error({
      ruleId: 'extract/internal-error',
      source: 'extract',
      place: { file: raw.sourceFile },
      message: `extraction failed on this article (please report it with the file): ${message}`,
      expected: 'annotations',
      actual: message,
    });
    return {
      sourceFile: raw.sourceFile,
      diagnostics: [...diagnostics, failure],
      timings: { ingest: t1 - t0, extract: performance.now() - t1 },
    };
  }
  const t2 = performance.now();
  return { sourceFile: raw.sourceFile, processed, diagnostics, timings: { ingest: t1 - t0, extract: t2 - t1 } };
}
