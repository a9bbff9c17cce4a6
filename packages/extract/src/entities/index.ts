import type { ArticleDoc, LocalEntity, MentionAnnotation, RoleAnnotation } from '@dossier/core';
import { findEntitiesIn } from './find.js';

export interface EntityFindings {
  entities: LocalEntity[];
  mentions: MentionAnnotation[];
  roles: RoleAnnotation[];
}

/** Finds people, organizations, countries and places, their mentions, and the titles stated for people. */
export function findEntities(doc: ArticleDoc): EntityFindings {
  return findEntitiesIn(doc);
}

export { mentionsInSpan, entityAt, personsInSentence, mentionsOf } from './helpers.js';
