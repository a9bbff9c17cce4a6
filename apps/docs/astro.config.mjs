// The dataset's website. Everything it shows is read at build time from ../../data and ../../schemas;
// nothing is fetched at run time and nothing is sent anywhere (telemetry is off in the package script).
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';
import { copyDownloads } from './src/integrations/downloads.ts';
import { entityPages, entityPagesInSitemap } from './src/integrations/entity-pages.ts';
import { siteData } from './src/integrations/site-data.ts';
import { siteUrl } from './src/lib/site-url.ts';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));

// Issue 10 owns this page; it joins the sidebar once it exists.
const scalingPage = ['scaling.md', 'scaling.mdx'].some((file) => existsSync(here(`./src/content/docs/${file}`)));

// The address the site is published at (src/lib/site-url.ts: DOSSIER_SITE_URL, else where test/serve.mjs serves it).
const site = siteUrl();

export default defineConfig({
  site,
  // Relative links everywhere, so the built folder can be served from any host or opened offline.
  trailingSlash: 'always',
  build: { format: 'directory' },
  vite: {
    // Workspace packages run as plain Node modules (their dist/), not re-bundled by Vite.
    ssr: { external: ['@dossier/core', '@dossier/ingest', '@dossier/schema'] },
    // Vite's size report gzips every chunk, DuckDB's 34 MB .wasm included, on every build: sizes nobody reads.
    build: { reportCompressedSize: false },
  },
  integrations: [
    // Before Starlight: its Pagefind indexes the entity pages this writes after the build.
    entityPages(),
    starlight({
      title: 'Dossier dataset',
      description:
        'Who did what, when, and who said it: a versioned dataset extracted from news articles, with every row traceable to its source sentence.',
      // src/pages/404.astro is the 404 page (Starlight's own wants a docs entry and warns on every build without one).
      disable404Route: true,
      // No web fonts: Starlight's system font stack needs no download.
      lastUpdated: false,
      pagination: false,
      customCss: ['./src/styles/dossier.css'],
      // Escapes the <title>, which Starlight renders as raw HTML (see src/route-data.ts).
      routeMiddleware: './src/route-data.ts',
      sidebar: [
        { label: 'Overview', link: '/' },
        { label: 'People, organizations, places', link: '/entities/' },
        { label: 'Articles', link: '/articles/' },
        { label: 'Timeline', link: '/timeline/' },
        { label: 'Tables', link: '/tables/' },
        { label: 'Data dictionary', link: '/dictionary/' },
        { label: 'SQL in the browser', link: '/sql/' },
        { label: 'Downloads', link: '/downloads/' },
        { label: 'Changelog', link: '/changelog/' },
        { label: 'Quality', link: '/quality/' },
        {
          label: 'Guides',
          items: [
            { label: 'Check a row against its source', link: '/guides/verify/' },
            { label: 'Bring your own articles', link: '/guides/import/' },
          ],
        },
        ...(scalingPage ? [{ label: 'Speed and scale', link: '/scaling/' }] : []),
      ],
    }),
    // The shards are recomputed when this code changes (src/: the shard makers and the pages' helpers).
    siteData({ codeDir: here('./src') }),
    copyDownloads(),
    entityPagesInSitemap(),
  ],
});
