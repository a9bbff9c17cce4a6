/**
 * Writes the sharded data the article and entity viewers and the site search read (src/lib/site-data.ts).
 * It runs before Astro renders the pages, in the config's own copy of the site model, which it then drops,
 * so the build never holds two copies of the dataset. The shards live in a folder that survives builds
 * (DOSSIER_SITE_DATA, default apps/docs/.site-data/ of the repository being built) and are written only when
 * their bytes change; after the build they are hard-linked into the site (dist/data/).
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { releaseSiteModel } from '../lib/model.ts';
import { DOCS_DIR } from '../lib/paths.ts';
import { ShardStore } from '../lib/shard-store.ts';
import { writeSiteData } from '../lib/site-data.ts';

export function siteData(): AstroIntegration {
  let store: ShardStore | undefined;
  return {
    name: 'dossier-site-data',
    hooks: {
      'astro:build:start': ({ logger }) => {
        const started = performance.now();
        store = new ShardStore(process.env.DOSSIER_SITE_DATA || join(DOCS_DIR, '.site-data'));
        writeSiteData(store);
        releaseSiteModel();
        const report = store.finish();
        logger.info(
          `${report.files} data files (${(report.bytes / 1e6).toFixed(1)} MB): ${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
        );
      },
      'astro:build:done': ({ dir }) => {
        store?.linkInto(fileURLToPath(dir));
      },
    },
  };
}
