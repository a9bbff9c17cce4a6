import type { ArticleDoc, QuantityAnnotation } from '@dossier/core';

/** Finds counted amounts with their qualifiers. */
export function findQuantities(_doc: ArticleDoc): QuantityAnnotation[] {
  return [];
}
