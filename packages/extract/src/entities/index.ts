import type { ArticleDoc } from '@dossier/core';
import { findEntitiesIn } from './find.js';
import type { EntityFindings } from './types.js';

export type { EntityFindings } from './types.js';

/** Finds people, organizations, countries and places, their mentions, and the titles stated for people. */
export function findEntities(doc: ArticleDoc): EntityFindings {
  return findEntitiesIn(doc);
}
