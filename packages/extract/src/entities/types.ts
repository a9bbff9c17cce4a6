/** What the entity finder returns; kept apart so that index.ts and the passes do not import each other. */
import type { LocalEntity, MentionAnnotation, RoleAnnotation } from '@dossier/core';

export interface EntityFindings {
  entities: LocalEntity[];
  mentions: MentionAnnotation[];
  roles: RoleAnnotation[];
}
