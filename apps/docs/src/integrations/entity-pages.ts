/**
 * Writes the static entity pages from the template Astro rendered (src/lib/entity-pages.ts). Two hooks, because
 * of where they must run among Starlight's: the pages are written before Starlight's Pagefind indexes the
 * site (so this integration is listed before Starlight), and they join the sitemap after @astrojs/sitemap,
 * which Starlight adds after itself, has written it (so the second one is listed after Starlight).
 */
import { cpSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { sitemapWithEntityPages, writeEntityPages } from '../lib/entity-pages.ts';
import { RENDERING_VARIABLE, SITE_DATA_DIR_VARIABLE } from '../lib/page-model.ts';
import { fillPageSlots } from '../lib/slots/fill-pages.ts';

const SITEMAP = 'sitemap-0.xml';
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
        const file = join(fileURLToPath(dir), SITEMAP);
        let sitemap: string;
        try {
          sitemap = readFileSync(file, 'utf8');
        } catch {
          return; // no site URL, no sitemap
        }
        writeFileSync(file, sitemapWithEntityPages(sitemap, site, written));
      },
    },
  };
}
