import type { ArticleDoc, EventAnnotation, QuoteAnnotation, TimexAnnotation } from '@dossier/core';
import type { EntityFindings } from '../entities/index.js';

export interface EventContext {
  entities: EntityFindings;
  timexes: TimexAnnotation[];
  quotes: QuoteAnnotation[];
}

/** Finds events with their participants, status, date and location. */
export function findEvents(_doc: ArticleDoc, _context: EventContext): EventAnnotation[] {
  return [];
}
