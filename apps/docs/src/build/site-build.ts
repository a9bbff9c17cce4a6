/**
 * The docs site's build (issue 23), run by scripts/build.mjs in place of `astro build`. The data step runs
 * first (src/integrations/site-data.ts) and records the key of what Astro renders (src/lib/slots/astro-key.ts).
 * - Key miss: `astro build`, told that the data step is done; it renders, fills, indexes and links as before,
 *   and leaves a copy of its output before the fills in the store (src/build/astro-render.ts).
 * - Key hit: that copy instead of `astro build` (Vite and the pages, most of a rebuild's CPU after one more
 *   article), then what Astro's build-done hooks would do, in their order: the slot fill and the entity pages
 *   (src/integrations/entity-pages.ts), Pagefind as Starlight runs it, the entity pages in the sitemap.
 * Either way the data files are linked into the site last, and the site is the same byte for byte
 * (test/plus-one-site.test.ts builds both and compares them).
 */
import { spawn } from 'node:child_process';
import { cpSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { linkDownloads } from '../integrations/downloads.ts';
import { addEntityPagesToSitemap } from '../integrations/entity-pages.ts';
import { DATA_STEP_DONE_VARIABLE, runDataStep } from '../integrations/site-data.ts';
import { writeEntityPages } from '../lib/entity-pages.ts';
import { keptPageCounts } from '../lib/kept-entity-pages.ts';
import { MODEL_DIR } from '../lib/page-model.ts';
import { CACHE_DIR } from '../lib/site-data.ts';
import { siteUrl } from '../lib/site-url.ts';
import { fillPageSlots } from '../lib/slots/fill-pages.ts';
import { keptHtmlCounts } from '../lib/slots/kept-html.ts';
import { copyRender, dropRender, keptRender, markRender, renderSiteDir } from './astro-render.ts';
import { copyKeptIndex, keepIndex } from './kept-index.ts';
import { runPagefind } from './pagefind.ts';
import { pagefindInputKey, WrittenPages } from './pagefind-input.ts';

export interface SiteBuildOptions {
  /** apps/docs of the code being built (its src/ is the site's code). */
  docsDir: string;
  /** The built site's folder (absolute). */
  outDir: string;
}

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

/** This process's CPU (user + system, every thread) since `since` (process.cpuUsage), in seconds. */
const cpuSeconds = (since: NodeJS.CpuUsage) => {
  const { user, system } = process.cpuUsage(since);
  return `${((user + system) / 1e6).toFixed(1)} s`;
};

function logger(label: string): (line: string) => void {
  return (line) => console.log(`${new Date().toTimeString().slice(0, 8)} [${label}] ${line}`);
}

/** `astro build` into `outDir`, after the data step: it keeps its output before the fills in `snapshot`. */
function astroBuild(docsDir: string, outDir: string, snapshot: string): Promise<void> {
  const astro = join(docsDir, 'node_modules', 'astro', 'astro.js');
  const env = { ...process.env, [DATA_STEP_DONE_VARIABLE]: '1', DOSSIER_ASTRO_SNAPSHOT: snapshot };
  const child = spawn(process.execPath, [astro, 'build', '--outDir', outDir], { cwd: docsDir, env, stdio: 'inherit' });
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`astro build failed (${signal ?? `exit code ${code}`})`)),
    );
  });
}

/**
 * Pagefind on the filled pages, unless what it reads of them (src/build/pagefind-input.ts) is what the kept
 * index was made from: then that index is copied (after one more article only numbers and lists that Pagefind
 * ignores change, as a rule).
 */
async function indexSite(
  docsDir: string,
  outDir: string,
  siteDataDir: string,
  renderKey: string,
  written: WrittenPages,
): Promise<void> {
  const log = logger('starlight:pagefind');
  const started = performance.now();
  const cpu = process.cpuUsage();
  const key = pagefindInputKey(outDir, renderKey, written);
  if (copyKeptIndex(siteDataDir, key, outDir)) {
    log(
      `the pages' searchable text is the previous build's: Pagefind's kept index copied in ${seconds(started)} (CPU ${cpuSeconds(cpu)})`,
    );
    return;
  }
  const found = await runPagefind(docsDir, outDir);
  keepIndex(siteDataDir, key, outDir);
  // Pagefind indexes in a process of its own, whose CPU is not this one's.
  log(`${found} HTML files indexed in ${seconds(started)} (CPU here ${cpuSeconds(cpu)})`);
}

/** What Astro's build-done hooks do after the render, on a copy of a kept render. */
async function finishKeptRender(
  docsDir: string,
  outDir: string,
  siteDataDir: string,
  renderKey: string,
): Promise<void> {
  const pages = logger('dossier-entity-pages');
  const started = performance.now();
  const cpu = process.cpuUsage();
  // What Pagefind reads of each page, taken as the fills write it (src/build/pagefind-input.ts).
  const searchable = new WrittenPages();
  const slotted = fillPageSlots(outDir, siteDataDir, searchable.record);
  const written = writeEntityPages(outDir, siteDataDir, searchable.recordIndexed);
  const { kept, rendered } = keptHtmlCounts;
  pages(
    `slots filled in ${slotted.length} pages (slot HTML kept from the previous build: ${kept} of ${kept + rendered}), ${written.length} entity pages (${keptPageCounts.kept} copied as kept) in ${seconds(started)} (CPU ${cpuSeconds(cpu)})`,
  );
  await indexSite(docsDir, outDir, siteDataDir, renderKey, searchable);
  addEntityPagesToSitemap(outDir, siteUrl(), written);
  logger('dossier-downloads')(linkDownloads(outDir));
}

export async function buildSite({ docsDir, outDir }: SiteBuildOptions): Promise<void> {
  const log = logger('dossier-build');
  const cpu = process.cpuUsage();
  const { store, renderKey } = await runDataStep(join(docsDir, 'src'), logger('dossier-site-data'), true);
  if (!renderKey) throw new Error('the data step recorded no render key');
  log(`data step: CPU ${cpuSeconds(cpu)} in this process and its worker threads`);
  const kept = keptRender(store.root, renderKey.key);
  if (kept) {
    log(`Astro's output for these inputs is kept in the store: astro build skipped, its copy filled`);
    const copied = process.cpuUsage();
    copyRender(kept, outDir);
    log(`copied in CPU ${cpuSeconds(copied)}`);
    await finishKeptRender(docsDir, outDir, store.root, renderKey.key);
  } else {
    log("no output of Astro's kept for these inputs: astro build");
    dropRender(store.root);
    await astroBuild(docsDir, outDir, renderSiteDir(store.root));
    markRender(store.root, renderKey.key);
    // Starlight ran Pagefind on the filled pages: its index is kept for the next build with the same input.
    keepIndex(store.root, pagefindInputKey(outDir, renderKey.key), outDir);
  }
  store.linkInto(outDir, [MODEL_DIR, CACHE_DIR]);
  // DOSSIER_ASTRO_SNAPSHOT asks for a copy of Astro's output before the fills, as `astro build` makes one.
  const snapshot = process.env.DOSSIER_ASTRO_SNAPSHOT;
  if (snapshot) {
    rmSync(snapshot, { recursive: true, force: true });
    cpSync(renderSiteDir(store.root), snapshot, { recursive: true });
  }
}
