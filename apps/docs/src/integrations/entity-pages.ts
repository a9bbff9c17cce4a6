/**
 * Writes the static entity pages from the template Astro rendered (src/lib/entity-pages.ts). Two hooks, because
 * of where they must run among Starlight's: the pages are written before Starlight's Pagefind indexes the
 * site (so this integration is listed before Starlight), and they join the sitemap after @astrojs/sitemap,
 * which Starlight adds after itself, has written it (so the second one is listed after Starlight).
 */
import { copyFileSync, cpSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapWithEntityPages, writeEntityPages } from '../lib/entity-pages.ts';
import { RENDERING_VARIABLE, SITE_DATA_DIR_VARIABLE } from '../lib/page-model.ts';
import { fillPageSlots } from '../lib/slots/fill-pages.ts';

const SITEMAP = 'sitemap-0.xml';
/** The files @astrojs/sitemap writes at the site's root. */
const SITEMAP_FILES = /^sitemap-[^/]*\.xml$/u;
let written: string[] = [];

/**
 * A copy of Astro's output before any fill, when DOSSIER_ASTRO_SNAPSHOT names a folder: two builds whose render
 * key is the same must leave the same copy (how the key's completeness is checked, apps/bench/results/site.md).
 */
function keepRenderedSite(outDir: string): void {
  const snapshot = process.env.DOSSIER_ASTRO_SNAPSHOT;
  if (!snapshot) return;
  rmSync(snapshot, { recursive: true, force: true });
  cpSync(outDir, snapshot, { recursive: true });
}

/**
 * Adds the sitemap @astrojs/sitemap wrote (from the pages Astro rendered, so it is part of the render) to the
 * copy, before the entity pages join it: the build script reuses it with the copy (src/build/site-build.ts).
 */
function keepRenderedSitemap(outDir: string): void {
  const snapshot = process.env.DOSSIER_ASTRO_SNAPSHOT;
  if (!snapshot) return;
  for (const file of readdirSync(outDir).filter((f) => SITEMAP_FILES.test(f)))
    copyFileSync(join(outDir, file), join(snapshot, file));
}

/**
 * Puts the entity pages (`paths`) into the sitemap under `outDir`, if there is one; temp then rename, since the
 * build script's sitemap may be a link into the kept render.
 */
export function addEntityPagesToSitemap(outDir: string, site: string, paths: readonly string[]): void {
  const file = join(outDir, SITEMAP);
  let sitemap: string;
  try {
    sitemap = readFileSync(file, 'utf8');
  } catch {
    return; // no site URL, no sitemap
  }
  writeFileSync(`${file}.tmp`, sitemapWithEntityPages(sitemap, site, paths));
  renameSync(`${file}.tmp`, file);
}

export function entityPages(): AstroIntegration {
  return {
    name: 'dossier-entity-pages',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const started = performance.now();
        delete process.env[RENDERING_VARIABLE]; // the pages are rendered: the fills read the page model
        keepRenderedSite(fileURLToPath(dir));
        const siteData = process.env[SITE_DATA_DIR_VARIABLE];
        if (!siteData) throw new Error('the entity pages are written before the site-data step has run');
        // The data-dependent parts of the pages Astro rendered (src/lib/slots/), before the entity pages are added.
        const slotted = fillPageSlots(fileURLToPath(dir), siteData);
        written = writeEntityPages(fileURLToPath(dir), siteData);
        logger.info(
          `slots filled in ${slotted.length} pages, ${written.length} entity pages in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
    },
  };
}

export function entityPagesInSitemap(): AstroIntegration {
  let site = '';
  return {
    name: 'dossier-entity-pages-sitemap',
    hooks: {
      'astro:config:done': ({ config }) => {
        site = config.site ?? '';
      },
      'astro:build:done': ({ dir }) => {
        keepRenderedSitemap(fileURLToPath(dir));
        addEntityPagesToSitemap(fileURLToPath(dir), site, written);
      },
    },
  };
}
