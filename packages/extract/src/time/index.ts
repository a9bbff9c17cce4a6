import type { ArticleDoc, TimexAnnotation } from '@dossier/core';

/** Finds temporal expressions and resolves them (through @dossier/normalize) against the publication date. */
export function findTimexes(_doc: ArticleDoc): TimexAnnotation[] {
  return [];
}
