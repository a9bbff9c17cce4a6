/**
 * The key of what Astro renders (issue 23): a hash of the inputs the 28 pages Astro renders are made from,
 * and of nothing the slots (src/lib/slots/page-slots.ts) fill in afterwards. When the key is the one of the
 * previous build, Astro's output before the fills would be the same bytes, so a build script can reuse it
 * instead of running `astro build` (Vite and the pages: about 20 s of CPU at 10,000 articles).
 *
 * The inputs: the site's code, templates, config and content pages (apps/docs, but not its tests), the
 * lockfile (Astro, Starlight, Vite and every plugin), the workspace packages the pages import, the schemas,
 * the releases and the changelog, the environment variables the config and the pages read, and the *shape*
 * of the data (what pages and slots exist: the datapackage's tables and texts, whether there are entity and
 * article pages), given by the caller, never its numbers.
 */
import { createHash, type Hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** The environment variables that change what Astro renders (the config's site URL, the page limits). */
export const KEYED_ENVIRONMENT = ['DOSSIER_SITE_URL', 'DOSSIER_ARTICLE_PAGES_MAX', 'DOSSIER_ENTITY_PAGES_MAX'] as const;

/** Files that do not shape a page: tests and their fixtures' results, build outputs, dependencies. */
const IGNORED = /(^|\/)(node_modules|dist|\.astro|\.site-data|test-results)(\/|$)|\.test\.ts$/u;

/** Every file under `path` (or `path` itself), sorted, relative to `root`; a missing path counts as empty. */
function filesUnder(root: string, path: string): string[] {
  if (!existsSync(path)) return [];
  if (statSync(path).isFile()) return [relative(root, path)];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => !IGNORED.test(relative(root, f)) && statSync(f).isFile())
    .map((f) => relative(root, f))
    .sort();
}

function hashFile(hash: Hash, root: string, file: string): void {
  hash
    .update(file)
    .update('\0')
    .update(readFileSync(join(root, file)))
    .update('\0');
}

export interface AstroInputs {
  /** Files and folders, relative to the workspace the site's code is in, whose bytes Astro's output depends on. */
  codePaths: readonly string[];
  /** The same, relative to the repository layout whose data is built (DOSSIER_ROOT, else the same workspace). */
  layoutPaths: readonly string[];
  /** The data's shape and anything else that is not a file, by name. */
  values: Readonly<Record<string, unknown>>;
}

/**
 * Where the build script keeps Astro's output (before the fills) in the site-data store, with the key it was
 * rendered for (src/build/astro-render.ts). Under the store's private cache/, never published.
 */
export const ASTRO_RENDER_DIR = 'cache/astro-render';
/** Where the data step records the render key of the current build (private: cache/ is not published). */
export const RENDER_KEY_FILE = 'cache/astro-render.key';

/** The paths, in the code's workspace, that the pages Astro renders are made from. */
export const ASTRO_CODE_PATHS = [
  'apps/docs/src',
  'apps/docs/public',
  'apps/docs/astro.config.mjs',
  // The build script starts `astro build` (its arguments and environment).
  'apps/docs/scripts',
  'apps/docs/package.json',
  'apps/docs/tsconfig.json',
  'pnpm-lock.yaml',
  'packages/core/src',
  'packages/ingest/src',
  'packages/schema/src',
] as const;

/** The paths, in the repository layout being built, that the pages Astro renders read. */
export const ASTRO_LAYOUT_PATHS = [
  'schemas',
  'data/releases',
  'data/CHANGELOG.md',
  // The quality page shows the build's report; it changes when the evaluation does, not with the articles.
  'data/dist/quality.json',
  // The escaping check page renders this made-up article.
  'apps/docs/test/fixtures',
] as const;

function hashPaths(hash: Hash, label: string, root: string, paths: readonly string[]): void {
  const files = [...new Set(paths.flatMap((p) => filesUnder(root, join(root, p))))].sort();
  for (const file of files) {
    hash.update(`${label}:`);
    hashFile(hash, root, file);
  }
}

export function astroInputsKey(
  roots: { code: string; layout: string },
  inputs: AstroInputs,
  env: NodeJS.ProcessEnv = process.env,
): string {
  const hash = createHash('sha256');
  // Where the code is: Astro's scoped class names (astro-xxxxxxxx) differ between two checkouts of the same
  // code (seen: the same commit built at two paths), so a render is not reused by a checkout elsewhere.
  hash.update(`codeRoot=${roots.code}\0`);
  hashPaths(hash, 'code', roots.code, inputs.codePaths);
  hashPaths(hash, 'layout', roots.layout, inputs.layoutPaths);
  for (const name of KEYED_ENVIRONMENT) hash.update(`${name}=${env[name] ?? ''}\0`);
  const values = Object.keys(inputs.values).sort();
  for (const name of values) hash.update(`${name}=${JSON.stringify(inputs.values[name])}\0`);
  return hash.digest('hex');
}

/** Resource fields that change with every build of the data and that no page Astro renders shows. */
const DATA_FIELDS = new Set(['bytes', 'hash', 'rows']);

/**
 * What the pages Astro renders show of datapackage.json (its texts, version, licences and tables), without
 * the files' sizes and hashes, which change with the data (the downloads page shows them through a slot), and
 * without `sources`, one entry per article.
 */
export function datapackageShape(pkg: { resources?: readonly object[]; sources?: unknown }): unknown {
  const resources = (pkg.resources ?? []).map((r) =>
    Object.fromEntries(Object.entries(r).filter(([field]) => !DATA_FIELDS.has(field))),
  );
  // `sources` lists every article; no page Astro renders shows it.
  const { sources: _articles, ...shown } = pkg;
  return { ...shown, resources };
}

/** Every file under `dir` with its bytes, hashed in path order (the article pages' model files). */
function folderDigest(dir: string): string {
  const hash = createHash('sha256');
  for (const file of filesUnder(dir, dir)) hashFile(hash, dir, file);
  return hash.digest('hex');
}

/**
 * The data's shape, as far as the pages Astro renders depend on it: the datapackage's texts and tables,
 * whether there is an entity page template to render, which tables the SQL page offers as Parquet, whether
 * articles get pages of their own, and (only
 * then, on small datasets) those pages' model files, which Astro renders whole.
 */
export function dataShape(model: {
  datapackage: { resources?: readonly object[] };
  hasEntityPages: boolean;
  articlePages: boolean;
  articleModelDir: string;
  /** The SQL page's tables: the Parquet files' names and URLs (which tables have them), not their bytes. */
  sqlTables: unknown;
}): Record<string, unknown> {
  return {
    sqlTables: model.sqlTables,
    datapackage: datapackageShape(model.datapackage),
    hasEntityPages: model.hasEntityPages,
    articlePages: model.articlePages,
    articleModel: model.articlePages ? folderDigest(model.articleModelDir) : null,
  };
}
