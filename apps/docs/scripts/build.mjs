// Builds the docs site (issue 23): `node scripts/build.mjs [--outDir <dir>]`, in place of `astro build`.
// The build is TypeScript (src/build/site-build.ts, which runs `astro build` only when Astro's inputs changed);
// Node 20 runs JavaScript, so esbuild, the compiler Vite itself runs on, bundles it first, as the data step
// bundles its worker. Packages stay imports, resolved from this package's node_modules, hence the bundle's place.
import { rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const docsDir = dirname(dirname(fileURLToPath(import.meta.url)));

/** `--outDir <dir>` (or `--outDir=<dir>`), relative to the working directory as Astro takes it; else dist/. */
function outDirArgument(args) {
  const at = args.findIndex((a) => a === '--outDir' || a.startsWith('--outDir='));
  if (at < 0) return join(docsDir, 'dist');
  const value = args[at].includes('=') ? args[at].slice('--outDir='.length) : args[at + 1];
  if (!value) throw new Error('--outDir needs a folder');
  return resolve(value);
}

const outDir = outDirArgument(process.argv.slice(2));
const bundle = join(docsDir, 'node_modules/.cache/dossier-site-build', `build-${process.pid}.mjs`);
await build({
  entryPoints: [join(docsDir, 'src/build/site-build.ts')],
  outfile: bundle,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
try {
  const { buildSite } = await import(pathToFileURL(bundle).href);
  await buildSite({ docsDir, outDir });
} finally {
  rmSync(bundle, { force: true });
}
