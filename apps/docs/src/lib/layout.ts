/**
 * Paragraphs and sentences of an article body, recomputed with the pipeline's own code (@dossier/ingest's
 * paragraph and sentence splitters), so that the sentence shown beside a mention is
 * the one its `sentence` column counts. Offsets are UTF-16 indices into the body.
 */
import { indexContaining, type Span } from '@dossier/core';
import { analyzeText, splitParagraphs } from '@dossier/ingest';

export interface ArticleLayout {
  paragraphs: Array<Span & { kind: 'paragraph' | 'subheading' }>;
  sentences: Span[];
  /**
   * False when the recomputed counts differ from the article row's (the dataset was built by other code);
   * callers then show the paragraph as context and say so, instead of a possibly wrong sentence.
   */
  sentencesMatchDataset: boolean;
}

const cache = new Map<string, ArticleLayout>();

/** Forgets the layouts computed so far (the site-data step computes one per article and needs them no more). */
export function releaseLayouts(): void {
  cache.clear();
}

export function layoutOf(article: {
  article_id: string;
  body: string;
  sentence_count: number;
  paragraph_count: number;
}): ArticleLayout {
  const cached = cache.get(article.article_id);
  if (cached) return cached;
  // The line number only labels diagnostics; the body starts on line 3 of a raw file.
  const paragraphs = splitParagraphs(article.body, 3).map(({ start, end, kind }) => ({ start, end, kind }));
  const sentences = analyzeText(article.body, paragraphs).sentences.map(({ start, end }) => ({ start, end }));
  const layout: ArticleLayout = {
    paragraphs,
    sentences,
    sentencesMatchDataset: sentences.length === article.sentence_count && paragraphs.length === article.paragraph_count,
  };
  cache.set(article.article_id, layout);
  return layout;
}

/** The sentence (or, when sentences are unreliable, the paragraph) that contains a UTF-16 offset. */
export function contextSpan(
  layout: ArticleLayout,
  offset: number,
): { span: Span; unit: 'sentence' | 'paragraph' } | undefined {
  const spans = layout.sentencesMatchDataset ? layout.sentences : layout.paragraphs;
  const unit = layout.sentencesMatchDataset ? 'sentence' : 'paragraph';
  const index = indexContaining(spans, offset);
  return index < 0 ? undefined : { span: spans[index]!, unit };
}
