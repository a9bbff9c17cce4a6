/**
 * Writes the sharded data the article and entity viewers and the site search read (src/lib/site-data.ts).
 * It runs before Astro renders the pages, in the config's own copy of the site model, which it then drops,
 * so the build never holds two copies of the dataset. The shards live in a folder that survives builds
 * (DOSSIER_SITE_DATA, default apps/docs/.site-data/ of the repository being built) and are written only when
 * their bytes change; after the build they are hard-linked into the site (dist/data/).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { releaseSiteModel } from '../lib/model.ts';
import { DOCS_DIR } from '../lib/paths.ts';
import { ShardStore } from '../lib/shard-store.ts';
import { writeSiteData } from '../lib/site-data.ts';

/**
 * A hash of the site's own code (`codeDir`, every file under it): a shard made by other code is made again.
 */
function codeKey(codeDir: string): string {
  const hash = createHash('sha256');
  const files = readdirSync(codeDir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(codeDir, f)).isFile())
    .sort();
  for (const file of files)
    hash
      .update(file)
      .update('\0')
      .update(readFileSync(join(codeDir, file)))
      .update('\0');
  return hash.digest('hex');
}

export function siteData(options: { codeDir: string }): AstroIntegration {
  let store: ShardStore | undefined;
  return {
    name: 'dossier-site-data',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        store = new ShardStore(process.env.DOSSIER_SITE_DATA || join(DOCS_DIR, '.site-data'));
        writeSiteData(store, codeKey(options.codeDir));
        releaseSiteModel();
        const report = store.finish();
        logger.info(
          `${report.files} data files (${(report.bytes / 1e6).toFixed(1)} MB): ${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed, ${report.reused} reused without recomputing, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
      'astro:build:done': ({ dir }) => {
        store?.linkInto(fileURLToPath(dir));
      },
    },
  };
}
