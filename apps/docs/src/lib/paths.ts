/**
 * Where the site reads its inputs. The build runs inside apps/docs (turbo and pnpm run package scripts
 * there), but Vite moves this module into build chunks, so import.meta.url cannot be trusted: we walk up
 * from the working directory to the workspace root instead. DOSSIER_ROOT overrides it for tools.
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

function findWorkspaceRoot(from: string): string {
  let dir = resolve(from);
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir;
    const parent = dirname(dir);
    if (parent === dir) {
      throw new Error(
        `no pnpm-workspace.yaml above ${from}: expected the docs to be built inside the Dossier repository`,
      );
    }
    dir = parent;
  }
}

export const REPO_ROOT = process.env.DOSSIER_ROOT
  ? resolve(process.env.DOSSIER_ROOT)
  : findWorkspaceRoot(process.cwd());
export const DATA_DIST = join(REPO_ROOT, 'data', 'dist');
export const RELEASES_DIR = join(REPO_ROOT, 'data', 'releases');
export const CHANGELOG_FILE = join(REPO_ROOT, 'data', 'CHANGELOG.md');
export const SCHEMAS_DIR = join(REPO_ROOT, 'schemas');
export const EVENT_CODELIST_FILE = join(SCHEMAS_DIR, 'codelists', 'event-types.json');
export const DOCS_DIR = join(REPO_ROOT, 'apps', 'docs');
