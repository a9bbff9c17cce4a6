/**
 * Publishes the data files under stable URLs once the site is built: /downloads/<version>/<file> for each
 * release folder, /downloads/latest/<file> for the newest, and /downloads/unreleased/<file> for the
 * current build. Files are hard-linked (copied where links are not possible), never re-serialized, so a
 * download equals the release; a link costs nothing at 100,000 articles, where a copy of the build's files
 * takes gigabytes. The pipeline and the release tool replace files (temp then rename) rather than write into
 * them, so a linked download keeps the bytes it was built with.
 */
import { copyFileSync, existsSync, linkSync, mkdirSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { DATA_DIST } from '../lib/paths.ts';
import { LATEST, UNRELEASED, listReleases } from '../lib/releases.ts';

/** Puts every file under `from` at the same path under `to`: a hard link, or a copy across file systems. */
function linkTree(from: string, to: string): void {
  for (const entry of readdirSync(from, { withFileTypes: true })) {
    const source = join(from, entry.name);
    const target = join(to, entry.name);
    if (entry.isDirectory()) {
      linkTree(source, target);
      continue;
    }
    mkdirSync(to, { recursive: true });
    // Never write through a link left by an earlier build: that would write into the dataset itself.
    rmSync(target, { force: true });
    try {
      linkSync(source, target);
    } catch {
      copyFileSync(source, target);
    }
  }
}

/** Links the unreleased build and every release under `outDir`/downloads/; returns the log line. */
export function linkDownloads(outDir: string): string {
  const downloads = join(outDir, 'downloads');
  mkdirSync(downloads, { recursive: true });
  if (!existsSync(DATA_DIST))
    throw new Error(`${DATA_DIST} not found: build the dataset first (pnpm build at the repository root)`);
  linkTree(DATA_DIST, join(downloads, UNRELEASED));
  const releases = listReleases();
  for (const release of releases) linkTree(release.dir, join(downloads, release.version));
  if (releases[0]) linkTree(releases[0].dir, join(downloads, LATEST));
  return `linked ${releases.length} release(s)${releases[0] ? `, latest ${releases[0].version},` : ''} and the unreleased build to /downloads/`;
}

export function copyDownloads(): AstroIntegration {
  return {
    name: 'dossier-downloads',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        logger.info(linkDownloads(fileURLToPath(dir)));
      },
    },
  };
}
