// Build step (after tsc): bundles the per-article worker (dist/worker.js and everything it imports, workspace
// packages and third-party alike) into one ES module, dist/worker.bundle.js, which the pool's threads load.
// Why: each worker thread resolved, read and compiled some 330 modules before its first article; one module
// loads in a fraction of that time (README, "Parallel"; figures in apps/bench/results/notes.md).
// Why esbuild: see the README.
import { readFile, rename } from 'node:fs/promises';
import { dirname, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const distDir = fileURLToPath(new URL('../dist/', import.meta.url));
const entry = `${distDir}worker.js`;
const outfile = `${distDir}worker.bundle.js`;

/**
 * A module that finds files next to itself (lexicon data, the generated given names, createRequire of a model)
 * reads `import.meta.url`, which in the bundle would name the bundle. Each one in a workspace package's dist/
 * becomes its own file's URL, relative to the bundle, so the bundle finds the same files wherever the
 * repository is copied (the benchmark runs a copy).
 */
const ownFileUrls = {
  name: 'own-file-urls',
  setup(build) {
    build.onLoad({ filter: /[\\/]packages[\\/][^\\/]+[\\/]dist[\\/].*\.js$/ }, async ({ path }) => {
      const text = await readFile(path, 'utf8');
      if (!text.includes('import.meta.url')) return undefined;
      const fromBundle = relative(dirname(outfile), path).split(sep).join('/');
      const ownUrl = `new URL(${JSON.stringify(fromBundle)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', ownUrl), loader: 'js' };
    });
  },
};

const temporary = `${outfile}.tmp-${process.pid}`;
await esbuild.build({
  entryPoints: [entry],
  outfile: temporary,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  plugins: [ownFileUrls],
  logLevel: 'warning',
  legalComments: 'none',
});
await rename(temporary, outfile);
