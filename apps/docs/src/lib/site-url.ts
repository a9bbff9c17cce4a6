/**
 * The address the site is published at: citations give each release's full URL from it, and the sitemap
 * needs it. Set DOSSIER_SITE_URL when deploying; the default is where `node apps/docs/test/serve.mjs 4321`
 * serves the built site, so a local build cites URLs that work on this machine. Read by astro.config.mjs and
 * by the build script, which writes the sitemap itself when it reuses Astro's output.
 */
export const DEFAULT_SITE_URL = 'http://127.0.0.1:4321/';

export const siteUrl = (env: NodeJS.ProcessEnv = process.env): string => env.DOSSIER_SITE_URL || DEFAULT_SITE_URL;
