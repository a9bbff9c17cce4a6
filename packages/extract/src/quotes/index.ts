import type { ArticleDoc, QuoteAnnotation, TimexAnnotation } from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';

/** Finds direct quotations and attributes them to speakers. */
export function findQuotes(_doc: ArticleDoc, _entities: EntityFindings, _timexes: TimexAnnotation[]): QuoteAnnotation[] {
  return [];
}
