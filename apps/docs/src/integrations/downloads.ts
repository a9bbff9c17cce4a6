/**
 * Publishes the data files under stable URLs once the site is built: /downloads/<version>/<file> for each
 * release folder, /downloads/latest/<file> for the newest, and /downloads/unreleased/<file> for the
 * current build. Files are copied byte for byte (never re-serialized), so a download equals the release.
 */
import { cpSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DATA_DIST } from '../lib/paths.ts';
import { LATEST, UNRELEASED, listReleases } from '../lib/releases.ts';

export function copyDownloads(): AstroIntegration {
  return {
    name: 'dossier-downloads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const downloads = join(fileURLToPath(dir), 'downloads');
        mkdirSync(downloads, { recursive: true });
        if (!existsSync(DATA_DIST))
          throw new Error(`${DATA_DIST} not found: build the dataset first (pnpm build at the repository root)`);
        cpSync(DATA_DIST, join(downloads, UNRELEASED), { recursive: true });
        const releases = listReleases();
        for (const release of releases) cpSync(release.dir, join(downloads, release.version), { recursive: true });
        if (releases[0]) cpSync(releases[0].dir, join(downloads, LATEST), { recursive: true });
        logger.info(
          `copied ${releases.length} release(s)${releases[0] ? `, latest ${releases[0].version},` : ''} and the unreleased build to /downloads/`,
        );
      },
    },
  };
}
