/**
 * Writes the sharded data the article and entity viewers and the site search read, and the page model the
 * static pages read (src/lib/site-data.ts), streaming the dataset before Astro renders the pages. The
 * pages find the model through the SITE_DATA_DIR_VARIABLE environment variable. The shards live in a folder that survives builds
 * (DOSSIER_SITE_DATA, default apps/docs/.site-data/ of the repository being built) and are written only when
 * their bytes change; after the build they are hard-linked into the site (dist/data/).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { build } from 'esbuild';
import { Piscina } from 'piscina';
import type { SiteJob, SiteJobDone } from '../lib/article-work.ts';
import { releaseSiteModel, siteModel, type WorkerModelSeed } from '../lib/model.ts';
import { MODEL_DIR, RENDERING_VARIABLE, SITE_DATA_DIR_VARIABLE } from '../lib/page-model.ts';
import { codeKey } from '../lib/code-key.ts';
import { DOCS_DIR, REPO_ROOT } from '../lib/paths.ts';
import { ShardStore } from '../lib/shard-store.ts';
import { CACHE_DIR, writeSiteData } from '../lib/site-data.ts';
import { sqlSource } from '../lib/sql-source.ts';
import {
  ASTRO_CODE_PATHS,
  ASTRO_LAYOUT_PATHS,
  ASTRO_RENDER_DIR,
  astroInputsKey,
  dataShape,
  RENDER_KEY_FILE,
} from '../lib/slots/astro-key.ts';

/**
 * How many worker threads compute the articles' shards: DOSSIER_SITE_WORKERS, else one per core when the
 * dataset is too big for static article pages, else none (a small dataset is done before workers would start).
 */
function workerCount(): number {
  const raw = process.env.DOSSIER_SITE_WORKERS;
  if (raw !== undefined && raw !== '') {
    const n = Number(raw);
    if (!Number.isInteger(n) || n < 0)
      throw new Error(`DOSSIER_SITE_WORKERS must be a whole number ≥ 0, found "${raw}"`);
    return n;
  }
  return siteModel().articlePages ? 0 : availableParallelism();
}

/**
 * The worker's code as one ES module: the site's modules are TypeScript that Vite compiles for the pages, and
 * a worker thread needs JavaScript, so esbuild (the compiler Vite itself uses) bundles them. Packages stay
 * imports, resolved from the docs package's node_modules, hence the file's place.
 */
async function bundleWorker(codeDir: string): Promise<string> {
  const outfile = join(dirname(codeDir), 'node_modules/.cache/dossier-site-data', `worker-${process.pid}.mjs`);
  await build({
    entryPoints: [join(codeDir, 'lib/site-data-worker.ts')],
    outfile,
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    packages: 'external',
    logLevel: 'warning',
  });
  return outfile;
}

/** What a worker needs of the model: the link policy (its entities come with each article). */
function workerModelSeed(): WorkerModelSeed {
  const m = siteModel();
  return { staticEntities: [...m.staticEntities].sort(), articlePages: m.articlePages };
}

/** The answer, with a handler attached: when a worker fails, answers that are awaited later must not crash Node first. */
function caught<T>(answer: Promise<T>): Promise<T> {
  answer.catch(() => undefined);
  return answer;
}

/**
 * The key of what Astro is about to render (src/lib/slots/astro-key.ts), recorded in the store; says whether
 * it is the previous build's, in which case Astro's output before the fills is the same as last time.
 */
function recordRenderKey(store: ShardStore, codeDir: string): RenderKey {
  const m = siteModel();
  // The code's workspace: codeDir is apps/docs/src of it, whatever layout DOSSIER_ROOT points the data at.
  const code = dirname(dirname(dirname(codeDir)));
  const key = astroInputsKey(
    { code, layout: REPO_ROOT },
    {
      codePaths: ASTRO_CODE_PATHS,
      layoutPaths: ASTRO_LAYOUT_PATHS,
      values: dataShape({
        datapackage: m.data.datapackage,
        hasEntityPages: m.staticEntities.size > 0,
        articlePages: m.articlePages,
        articleModelDir: join(store.root, MODEL_DIR, 'articles'),
        sqlTables: sqlSource(),
      }),
    },
  );
  const previous = store.previousKey(RENDER_KEY_FILE);
  store.write(RENDER_KEY_FILE, `${key}\n`, key);
  return { key, same: previous === key };
}

/**
 * Keeps the previous render key through a step that renders nothing (`astro dev`, and the content sync that
 * starts a dev server before some builds), which would otherwise remove it as a file it did not produce.
 */
function keepRenderKey(store: ShardStore): undefined {
  const previous = store.previousKey(RENDER_KEY_FILE);
  if (previous) store.reuse(RENDER_KEY_FILE, previous);
  return undefined;
}

/** The key of what Astro renders (src/lib/slots/astro-key.ts), and whether the previous build had it. */
export interface RenderKey {
  key: string;
  same: boolean;
}

/**
 * Set by the build script (src/build/site-build.ts) for the `astro build` it starts after running the data
 * step itself: the integration then only marks the render (the store's folder is in SITE_DATA_DIR_VARIABLE).
 */
export const DATA_STEP_DONE_VARIABLE = 'DOSSIER_SITE_DATA_DONE';

/**
 * The data step: the site's data files and page model written into the store (DOSSIER_SITE_DATA, default
 * apps/docs/.site-data/), the render key recorded when `building` (not by `astro dev`), the store finished.
 * `codeDir` is the site's src/. Logs as the build logs, through `info`.
 */
export async function runDataStep(
  codeDir: string,
  info: (line: string) => void,
  building: boolean,
): Promise<{ store: ShardStore; renderKey?: RenderKey }> {
  const started = performance.now();
  const store = new ShardStore(process.env.DOSSIER_SITE_DATA || join(DOCS_DIR, '.site-data'));
  process.env[SITE_DATA_DIR_VARIABLE] = store.root;
  const work = mkdtempSync(join(tmpdir(), 'dossier-site-data-'));
  const workers = workerCount();
  const script = workers > 0 ? await bundleWorker(codeDir) : undefined;
  // piscina, as the pipeline's article pool uses it: a fixed number of threads, jobs queued to the free one.
  const pool = script
    ? new Piscina<SiteJob, SiteJobDone>({
        filename: script,
        minThreads: workers,
        maxThreads: workers,
        workerData: workerModelSeed(),
      })
    : undefined;
  try {
    await writeSiteData(store, codeKey(codeDir), work, pool && ((job) => caught(pool.run(job))), workers || 1);
  } finally {
    await pool?.destroy();
    if (script) rmSync(script, { force: true });
    rmSync(work, { recursive: true, force: true });
  }
  const renderKey = building ? recordRenderKey(store, codeDir) : keepRenderKey(store);
  releaseSiteModel();
  store.keepFolder(ASTRO_RENDER_DIR);
  const report = store.finish();
  if (renderKey)
    info(
      renderKey.same
        ? "Astro's inputs are the previous build's (src/lib/slots/astro-key.ts): its output before the fills is the same"
        : "Astro's inputs changed since the previous build (src/lib/slots/astro-key.ts)",
    );
  info(
    `${report.files} data files (${(report.bytes / 1e6).toFixed(1)} MB): ${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed, ${report.reused} reused without recomputing, in ${((performance.now() - started) / 1000).toFixed(1)} s (${workers} worker threads)`,
  );
  return { store, ...(renderKey ? { renderKey } : {}) };
}

export function siteData(options: { codeDir: string }): AstroIntegration {
  let store: ShardStore | undefined;
  return {
    name: 'dossier-site-data',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        // The build script ran the step already, and links the data into the site itself.
        if (!process.env[DATA_STEP_DONE_VARIABLE])
          store = (await runDataStep(options.codeDir, (line) => logger.info(line), true)).store;
        // From here until the fills, a page that reads the page model fails the build (src/lib/page-model.ts).
        process.env[RENDERING_VARIABLE] = '1';
      },
      // `astro dev` renders the pages too, so they need the page model (the data files are not served).
      'astro:server:setup': async ({ logger }) => {
        await runDataStep(options.codeDir, (line) => logger.info(line), false);
      },
      'astro:build:done': ({ dir }) => {
        store?.linkInto(fileURLToPath(dir), [MODEL_DIR, CACHE_DIR]);
      },
    },
  };
}
