/**
 * Fills the slots of every page Astro rendered (src/lib/slots/page-slots.ts), in place, before Pagefind indexes
 * the site. Only the pages Astro wrote are read: this runs before the entity pages and the data are added.
 */
import { readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { siteModel } from '../model.ts';
import { fillSlots, hasSlots } from './page-slots.ts';
import { slotRenderers } from './values.ts';

/** Folders of the built site that hold no page Astro rendered with slots (assets, search index, data). */
const NOT_PAGES = new Set(['_astro', 'pagefind', 'data']);

function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f.endsWith('.html') && !NOT_PAGES.has(f.split(/[\\/]/u)[0]!))
    .sort();
}

/**
 * Fills the slots in the pages under `outDir`; returns the pages that had slots. `onPage` is told every page
 * read, with its HTML as it now is on disk (the build script records what Pagefind will read of it).
 */
export function fillPageSlots(
  outDir: string,
  siteDataDir: string,
  onPage?: (file: string, html: string) => void,
): string[] {
  // The model sets the link policy (src/lib/urls.ts): in the `astro build` the build script starts, no data
  // step ran in this process, and the first page filled (the articles list) linked every article to a page of
  // its own, as on a small dataset, until a later slot happened to read the model.
  siteModel();
  const renderers = slotRenderers(siteDataDir);
  const filled: string[] = [];
  for (const file of htmlFiles(outDir)) {
    const path = join(outDir, file);
    const html = readFileSync(path, 'utf8');
    if (!hasSlots(html)) {
      onPage?.(file, html);
      continue;
    }
    const page = fillSlots(html, renderers, file);
    // Temp then rename: a failed fill leaves the page Astro wrote, never half a page.
    writeFileSync(`${path}.tmp`, page);
    renameSync(`${path}.tmp`, path);
    onPage?.(file, page);
    filled.push(file);
  }
  return filled;
}
