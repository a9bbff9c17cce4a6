/**
 * Writes the sharded data the article and entity viewers and the site search read, and the page model the
 * static pages read (src/lib/site-data.ts), streaming the dataset before Astro renders the pages. The
 * pages find the model through the SITE_DATA_DIR_VARIABLE environment variable. The shards live in a folder that survives builds
 * (DOSSIER_SITE_DATA, default apps/docs/.site-data/ of the repository being built) and are written only when
 * their bytes change; after the build they are hard-linked into the site (dist/data/).
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { releaseSiteModel } from '../lib/model.ts';
import { MODEL_DIR, SITE_DATA_DIR_VARIABLE } from '../lib/page-model.ts';
import { DOCS_DIR } from '../lib/paths.ts';
import { ShardStore } from '../lib/shard-store.ts';
import { CACHE_DIR, writeSiteData } from '../lib/site-data.ts';

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
  const run = (logger: AstroIntegrationLogger) => {
    const started = performance.now();
    store = new ShardStore(process.env.DOSSIER_SITE_DATA || join(DOCS_DIR, '.site-data'));
    process.env[SITE_DATA_DIR_VARIABLE] = store.root;
    const work = mkdtempSync(join(tmpdir(), 'dossier-site-data-'));
    try {
      writeSiteData(store, codeKey(options.codeDir), work);
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
    releaseSiteModel();
    const report = store.finish();
    logger.info(
      `${report.files} data files (${(report.bytes / 1e6).toFixed(1)} MB): ${report.written} written, ${report.unchanged} unchanged, ${report.removed} removed, ${report.reused} reused without recomputing, in ${((performance.now() - started) / 1000).toFixed(1)} s`,
    );
  };
  return {
    name: 'dossier-site-data',
    hooks: {
      'astro:build:start': ({ logger }) => run(logger),
      // `astro dev` renders the pages too, so they need the page model (the data files are not served).
      'astro:server:setup': ({ logger }) => run(logger),
      'astro:build:done': ({ dir }) => {
        store?.linkInto(fileURLToPath(dir), [MODEL_DIR, CACHE_DIR]);
      },
    },
  };
}
