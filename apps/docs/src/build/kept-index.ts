/**
 * Pagefind's index kept between builds (issue 23), beside Astro's kept render (src/build/astro-render.ts) and
 * dropped with it: the `pagefind/` folder of the last build that ran Pagefind, with the key of its input
 * (src/build/pagefind-input.ts). The key file is written last, so a build that stopped halfway leaves none.
 */
import { cpSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ASTRO_RENDER_DIR } from '../lib/slots/astro-key.ts';

const keptDir = (storeRoot: string) => join(storeRoot, ASTRO_RENDER_DIR, 'pagefind');
const keyFile = (storeRoot: string) => join(keptDir(storeRoot), 'key');
const indexDir = (storeRoot: string) => join(keptDir(storeRoot), 'index');

/** Copies the kept index into `outDir`/pagefind/ when it was made from input with this key; says whether it did. */
export function copyKeptIndex(storeRoot: string, key: string, outDir: string): boolean {
  let kept: string;
  try {
    kept = readFileSync(keyFile(storeRoot), 'utf8');
  } catch {
    return false;
  }
  if (kept !== key) return false;
  rmSync(join(outDir, 'pagefind'), { recursive: true, force: true });
  cpSync(indexDir(storeRoot), join(outDir, 'pagefind'), { recursive: true });
  return true;
}

/** Keeps `outDir`/pagefind/ in the store as the index of input with this key. */
export function keepIndex(storeRoot: string, key: string, outDir: string): void {
  rmSync(keptDir(storeRoot), { recursive: true, force: true });
  mkdirSync(keptDir(storeRoot), { recursive: true });
  cpSync(join(outDir, 'pagefind'), indexDir(storeRoot), { recursive: true });
  writeFileSync(`${keyFile(storeRoot)}.tmp`, key);
  renameSync(`${keyFile(storeRoot)}.tmp`, keyFile(storeRoot));
}
