import type { ArticleDoc, LocalEntity, MentionAnnotation, RoleAnnotation } from '@dossier/core';

export interface EntityFindings {
  entities: LocalEntity[];
  mentions: MentionAnnotation[];
  roles: RoleAnnotation[];
}

/** Finds people, organizations, countries and places, their mentions, and the titles stated for people. */
export function findEntities(_doc: ArticleDoc): EntityFindings {
  return { entities: [], mentions: [], roles: [] };
}
