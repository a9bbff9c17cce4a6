/**
 * How to cite a release: authors, title, version, year and the release's full URL on this site. The URL is
 * built from the site's configured address (`site` in astro.config.mjs, DOSSIER_SITE_URL), never a bare path.
 */
import { execFileSync } from 'node:child_process';
import { REPO_ROOT } from './paths.ts';
import { downloadUrl } from './urls.ts';

export interface CitationInput {
  authors: string;
  title: string;
  version: string;
  /** Null when the year is unknown (an unreleased build): the citation says "n.d.", as style guides do. */
  year: number | null;
  licence: string;
  /** The site's base URL, e.g. "https://data.example.net/". */
  site: URL | string;
  /** Cite this URL instead of the release folder's (for the unreleased build). */
  url?: string;
}

/** The release's folder on this site as an absolute URL: <site>/downloads/<version>/. */
export function releaseUrl(site: URL | string, version: string): string {
  return new URL(downloadUrl(version, '').replace(/^\//u, ''), ensureSlash(site)).href;
}

function ensureSlash(site: URL | string): string {
  const s = String(site);
  return s.endsWith('/') ? s : `${s}/`;
}

const urlOf = (c: CitationInput) => c.url ?? releaseUrl(c.site, c.version);

export function citationText(c: CitationInput): string {
  return `${c.authors} (${c.year ?? 'n.d.'}). ${c.title} (Version ${c.version}) [Data set]. ${urlOf(c)}`;
}

export function citationBibtex(c: CitationInput): string {
  const key = `dossier_${c.version.replace(/[^0-9A-Za-z]+/gu, '_')}`;
  const lines = [
    `@misc{${key},`,
    `  author  = {{${c.authors}}},`,
    `  title   = {{${c.title}}},`,
    `  version = {${c.version}},`,
    ...(c.year === null ? [] : [`  year    = {${c.year}},`]),
    `  url     = {${urlOf(c)}},`,
    `  note    = {Data set. Licence: ${c.licence}},`,
    '}',
  ];
  return lines.join('\n');
}

const yearCache = new Map<string, number | null>();

/**
 * The year a release was cut: the date of the commit that added its SHA256SUMS (the release flow commits
 * the folder once and never again). Null when git cannot say (not a checkout, or not committed yet).
 */
export function releaseYear(version: string): number | null {
  if (yearCache.has(version)) return yearCache.get(version)!;
  let year: number | null = null;
  try {
    const out = execFileSync(
      'git',
      ['log', '--diff-filter=A', '--format=%cs', '--', `data/releases/${version}/SHA256SUMS`],
      { cwd: REPO_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] },
    );
    const first = out.trim().split('\n').filter(Boolean).at(-1);
    year = first ? Number(first.slice(0, 4)) : null;
  } catch {
    year = null;
  }
  yearCache.set(version, year);
  return year;
}
