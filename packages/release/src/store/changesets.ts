/** Edge: pending changesets (.changeset/*.md), read with @changesets/read, the reader `changeset version` itself uses. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import readChangesets from '@changesets/read';
import { maxBump, type Bump } from '../bump.js';

export interface PendingBump {
  bump: Bump;
  /** Changeset files (.changeset/<id>.md) that name the package. */
  files: string[];
}

export async function pendingBumpFor(root: string, packageName: string): Promise<PendingBump> {
  // A checkout without .changeset/ (a tarball, a fixture) simply has nothing pending.
  if (!existsSync(join(root, '.changeset'))) return { bump: 'none', files: [] };
  const changesets = await readChangesets(root);
  let bump: Bump = 'none';
  const files: string[] = [];
  for (const c of changesets) {
    for (const r of c.releases) {
      if (r.name !== packageName || r.type === 'none') continue;
      bump = maxBump(bump, r.type);
      files.push(`.changeset/${c.id}.md`);
    }
  }
  return { bump, files: [...new Set(files)].sort() };
}
