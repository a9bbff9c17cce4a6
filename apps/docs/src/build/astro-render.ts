/**
 * Astro's output kept between builds (issue 23): the site as `astro build` leaves it before the fills (the
 * pages with their slots, the assets, the sitemap @astrojs/sitemap wrote), in the site-data store under
 * ASTRO_RENDER_DIR, with the render key (src/lib/slots/astro-key.ts) it was made for. The key file is written
 * last, once the render is complete, so a build that stopped halfway leaves no key and the next one renders.
 */
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_RENDER_DIR } from '../lib/slots/astro-key.ts';

const KEY_FILE = 'key';

/** The kept render's folder in the store (what DOSSIER_ASTRO_SNAPSHOT names for the `astro build` that makes it). */
export const renderSiteDir = (storeRoot: string) => join(storeRoot, ASTRO_RENDER_DIR, 'site');

/** The folder of Astro's output kept for `key`, or undefined when the store holds none for that key. */
export function keptRender(storeRoot: string, key: string): string | undefined {
  try {
    return readFileSync(join(storeRoot, ASTRO_RENDER_DIR, KEY_FILE), 'utf8') === key
      ? renderSiteDir(storeRoot)
      : undefined;
  } catch {
    return undefined;
  }
}

/** Forgets the kept render (before `astro build` makes the next one). */
export function dropRender(storeRoot: string): void {
  rmSync(join(storeRoot, ASTRO_RENDER_DIR), { recursive: true, force: true });
}

/** Records that the render in renderSiteDir is complete and made for `key` (temp then rename). */
export function markRender(storeRoot: string, key: string): void {
  const file = join(storeRoot, ASTRO_RENDER_DIR, KEY_FILE);
  mkdirSync(join(storeRoot, ASTRO_RENDER_DIR), { recursive: true });
  writeFileSync(`${file}.tmp`, key);
  renameSync(`${file}.tmp`, file);
}

/**
 * Makes `outDir` a copy of the kept render, as `astro build` empties its folder before it writes. Copied,
 * not linked: the steps after it replace files by rename, but a copy cannot be corrupted by one that does not.
 * The site's `data/` stays: it holds only hard links to the store's files, which the build links again only
 * where they changed (`linkInto`, src/lib/shard-store.ts); removing some 20,000 links and making them again
 * was a large part of a rebuild after one more article. A render with a `data/` of its own (none has one)
 * would be copied over those links, into the store's files, so then everything goes.
 */
export function copyRender(render: string, outDir: string): void {
  const keep = existsSync(join(render, SITE_DATA)) ? undefined : SITE_DATA;
  for (const entry of existsSync(outDir) ? readdirSync(outDir) : [])
    if (entry !== keep) rmSync(join(outDir, entry), { recursive: true, force: true });
  cpSync(render, outDir, { recursive: true });
}

/** The site's folder of data files, hard links to the store's. */
const SITE_DATA = 'data';
