// Build step (after tsc): bundles the package's two entry points with esbuild, each into few ES modules.
// - dist/worker.bundle.js: the per-article worker (dist/worker.js) with everything it imports, workspace packages
//   and third-party alike, in one module, which the pool's threads load (and this thread, when it extracts).
// - dist/bundle/index.js: the package's index, which `@dossier/pipeline` resolves to (package.json), split where
//   it imports lazily (the extractors, the queue mode), so a build's main thread loads only what it runs.
// Why: a thread that imported the compiled modules resolved, read and compiled hundreds of them before doing
// any work; bundled, each entry loads in a fraction of that CPU (README, "Parallel"; figures in
// apps/bench/results/notes.md). Why esbuild: see the README.
import { readFile, rename, rm } from 'node:fs/promises';
import { relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));

/** A path from the bundle's folder to `file`, as an import specifier. */
function fromFolder(folder, file) {
  const path = relative(folder, file).split(sep).join('/');
  return path.startsWith('.') ? path : `./${path}`;
}

/**
 * A module that finds files next to itself (lexicon data, the generated given names and validators, the worker
 * files, createRequire of a model) reads `import.meta.url`, which in a bundle would name the bundle. Each one in
 * a workspace package's dist/ becomes its own file's URL, relative to the bundle, so the bundle finds the same
 * files wherever the repository is copied (the benchmark runs a copy).
 */
function ownFileUrls(folder) {
  return {
    name: 'own-file-urls',
    setup(build) {
      build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
        const text = await readFile(path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const ownUrl = `new URL(${JSON.stringify(fromFolder(folder, path))}, import.meta.url).href`;
        return { contents: text.replaceAll('import.meta.url', ownUrl), loader: 'js' };
      });
    },
  };
}

/**
 * Packages the index must import rather than contain: @dossier/core, whose error classes the CLI tests with
 * instanceof (one copy only); piscina and bullmq, which load their own files at run time (piscina's worker,
 * bullmq's Lua scripts); ioredis with bullmq; DuckDB, a native module. Each is imported by its file's path
 * relative to the bundle, since the bundle's own package may not list it (DuckDB is @dossier/export's).
 */
const NOT_BUNDLED = /^(@dossier\/core|piscina|bullmq|ioredis|@duckdb\/node-api)$/;
function importedAsTheyAre(folder) {
  return {
    name: 'imported-as-they-are',
    setup(build) {
      build.onResolve({ filter: /^[^./]/ }, async ({ path, kind, resolveDir, importer, pluginData }) => {
        if (!NOT_BUNDLED.test(path) || pluginData === 'resolving') return undefined;
        const found = await build.resolve(path, { kind, resolveDir, importer, pluginData: 'resolving' });
        if (found.errors.length > 0) return { errors: found.errors };
        return { path: fromFolder(folder, found.path), external: true };
      });
    },
  };
}

const common = {
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  logLevel: 'warning',
  legalComments: 'none',
};

async function bundleWorker() {
  const outfile = `${distDir}worker.bundle.js`;
  const temporary = `${outfile}.tmp-${process.pid}`;
  await esbuild.build({
    ...common,
    entryPoints: [`${distDir}worker.js`],
    outfile: temporary,
    plugins: [ownFileUrls(distDir)],
  });
  await rename(temporary, outfile);
}

async function bundleIndex() {
  const outdir = `${distDir}bundle`;
  const temporary = `${outdir}.tmp-${process.pid}`;
  const plugins = [importedAsTheyAre(outdir), ownFileUrls(outdir)];
  // Built in a temporary folder with the final folder's relative paths (same depth), then swapped in whole, so
  // a build running beside this one never imports half a bundle.
  await esbuild.build({ ...common, entryPoints: [`${distDir}index.js`], outdir: temporary, splitting: true, plugins });
  const previous = `${outdir}.old-${process.pid}`;
  await rename(outdir, previous).catch(() => undefined);
  await rename(temporary, outdir);
  await rm(previous, { recursive: true, force: true });
}

await bundleWorker();
await bundleIndex();
