/**
 * Pagefind as Starlight runs it after `astro build` (@astrojs/starlight/integrations/pagefind.ts, 0.37): a new
 * index with Pagefind's defaults, every HTML file of the built site added, the index written to `pagefind/`.
 * The build script runs it when it reuses Astro's output, so Starlight's integration does not run; it loads
 * Starlight's own copy of Pagefind (the same module and version), found as Node finds it from Starlight's folder.
 */
import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

interface PagefindResponse {
  errors: string[];
}

interface PagefindIndex {
  addDirectory(options: { path: string }): Promise<PagefindResponse & { page_count?: number }>;
  writeFiles(options: { outputPath: string }): Promise<PagefindResponse>;
}

interface PagefindModule {
  createIndex(): Promise<PagefindResponse & { index?: PagefindIndex }>;
  close(): Promise<void>;
}

/** The Pagefind module Starlight imports: `pagefind` resolved from Starlight's own folder, its ESM entry. */
async function starlightPagefind(docsDir: string): Promise<PagefindModule> {
  const starlight = realpathSync(join(docsDir, 'node_modules', '@astrojs', 'starlight'));
  const folders = createRequire(join(starlight, 'index.ts')).resolve.paths('pagefind') ?? [];
  const folder = folders.map((dir) => join(dir, 'pagefind')).find((dir) => existsSync(join(dir, 'package.json')));
  if (!folder) throw new Error(`Pagefind not found beside Starlight (${starlight}): run pnpm install`);
  const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as {
    exports?: { '.'?: { import?: string } };
  };
  const entry = pkg.exports?.['.']?.import;
  if (!entry) throw new Error(`${join(folder, 'package.json')}: no ESM entry for Pagefind`);
  return (await import(pathToFileURL(join(folder, entry)).href)) as PagefindModule;
}

function checked<T extends PagefindResponse>(response: T): T {
  if (response.errors.length > 0) throw new Error(`Pagefind failed: ${response.errors.join('; ')}`);
  return response;
}

/** Indexes the site under `outDir` into `outDir`/pagefind/; returns how many HTML files it found. */
export async function runPagefind(docsDir: string, outDir: string): Promise<number> {
  const pagefind = await starlightPagefind(docsDir);
  try {
    const { index } = checked(await pagefind.createIndex());
    if (!index) throw new Error('Pagefind made no index');
    // With the trailing slash, as Starlight passes the build's folder URL.
    const { page_count } = checked(await index.addDirectory({ path: join(outDir, '/') }));
    checked(await index.writeFiles({ outputPath: join(outDir, 'pagefind/') }));
    return page_count ?? 0;
  } finally {
    await pagefind.close();
  }
}
