/**
 * The static entity pages, written without Astro. Astro renders one page, the template
 * (src/pages/[section]/[slug].astro), whose data-dependent parts are markers; this module fills the markers
 * from each entity's shard in the page model and writes one page per entity with a static page.
 *
 * Why: Astro spent most of its page-rendering time on these 500 pages (thousands of evidence components each),
 * and that time was paid again on every build, however little the data had changed (issue 23). Filling a
 * template is string work: the same 500 pages take a fraction of a second, and their number no longer costs
 * Astro anything. The chrome (head, sidebar, theme, scripts) is Astro's and Starlight's own, rendered once.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexedText } from '../build/pagefind-input.ts';
import { entityBodyHtml, entityHeadings } from './entity-page-html.ts';
import type { EntityShard } from './entity-shard.ts';
import { escapeHtmlAttribute, escapeHtmlText } from './html-text.ts';
import { KeptEntityPages } from './kept-entity-pages.ts';
import { entityPageFile, pageModelIds } from './page-model.ts';
import { entityRoute } from './urls.ts';

/** A marker: letters and digits only, so that no escaping on Astro's or Starlight's side changes it. */
const marker = (name: string) => `DOSSIERFILL${name}X`;
const MARKER_PATTERN = /DOSSIERFILL([a-z0-9]+)X/gu;

/** What the template page is rendered with: its route and the values that are markers. */
export const TEMPLATE = {
  params: { section: marker('section'), slug: marker('slug') },
  title: marker('title'),
  description: marker('description'),
  // The slugs are the same on every entity page; the texts carry counts.
  headings: ['roles', 'mentions', 'quotes', 'events'].map((slug, i) => ({ depth: 2, slug, text: marker(`h${i}`) })),
  body: marker('body'),
};
/** The template's own folder in the build output, removed once the pages are written. */
export const TEMPLATE_DIR = `${TEMPLATE.params.section}/${TEMPLATE.params.slug}`;

type Part = { literal: string } | { name: string; inAttribute: boolean };

/**
 * The template cut at its markers. A marker inside a tag (an attribute value: the description, og:title, the
 * canonical URL) is escaped as an attribute; elsewhere as text; the body is HTML already.
 */
export function parseTemplate(html: string): Part[] {
  const parts: Part[] = [];
  let last = 0;
  for (const match of html.matchAll(MARKER_PATTERN)) {
    const at = match.index;
    parts.push({ literal: html.slice(last, at) });
    const before = html.slice(0, at);
    parts.push({ name: match[1]!, inAttribute: before.lastIndexOf('<') > before.lastIndexOf('>') });
    last = at + match[0].length;
  }
  parts.push({ literal: html.slice(last) });
  return parts;
}

/** The values of an entity's page, by marker name. */
export function entityPageValues(page: EntityShard): Record<string, { text: string } | { html: string }> {
  const { section, slug } = entityRoute(page.id);
  const values: Record<string, { text: string } | { html: string }> = {
    section: { text: section },
    slug: { text: slug },
    title: { text: page.name },
    description: { text: page.description },
    body: { html: entityBodyHtml(page) },
  };
  entityHeadings(page).forEach((h, i) => {
    values[`h${i}`] = { text: h.text };
  });
  return values;
}

export function fillTemplate(parts: readonly Part[], page: EntityShard): string {
  const values = entityPageValues(page);
  let html = '';
  for (const part of parts) {
    if ('literal' in part) {
      html += part.literal;
      continue;
    }
    const value = values[part.name];
    if (!value) throw new Error(`the entity page template has a marker "${part.name}" that no value fills`);
    if ('html' in value) html += value.html;
    else html += part.inAttribute ? escapeHtmlAttribute(value.text) : escapeHtmlText(value.text);
  }
  return html;
}

/**
 * Writes every static entity page into the built site from the template Astro rendered, then removes the
 * template. A page whose template and shard are those of a page kept in the store is copied from there
 * (src/lib/kept-entity-pages.ts); the others are filled and kept. `onIndexed` is told each page with what
 * Pagefind reads of it (src/build/pagefind-input.ts). Returns the pages' paths (for the sitemap).
 */
export function writeEntityPages(
  outDir: string,
  siteDataDir: string,
  onIndexed?: (file: string, indexed: string | undefined) => void,
): string[] {
  // The entities with a static page: the shards the site-data step wrote to the page model.
  const ids = pageModelIds(siteDataDir, 'entities');
  if (ids.length === 0) return [];
  const templateFile = join(outDir, TEMPLATE_DIR, 'index.html');
  let template: string;
  try {
    template = readFileSync(templateFile, 'utf8');
  } catch (cause) {
    throw new Error(`the entity page template ${templateFile} was not rendered`, { cause });
  }
  const parts = parseTemplate(template);
  const kept = KeptEntityPages.open(siteDataDir, template);
  const paths: string[] = [];
  for (const id of ids) {
    const shard = readFileSync(join(siteDataDir, entityPageFile(id)));
    const { section, slug } = entityRoute(id);
    mkdirSync(join(outDir, section, slug), { recursive: true });
    const file = `${section}/${slug}/index.html`;
    const indexed = writeEntityPage(join(outDir, file), parts, shard, kept);
    onIndexed?.(file, indexed ?? undefined);
    paths.push(`/${section}/${slug}/`);
  }
  kept?.finish();
  rmSync(join(outDir, TEMPLATE.params.section), { recursive: true, force: true });
  return paths;
}

/**
 * Writes one entity's page to `file`, copied when `kept` holds it, else filled (and kept). Returns what
 * Pagefind reads of it (null: no body region).
 */
function writeEntityPage(
  file: string,
  parts: readonly Part[],
  shard: Buffer,
  kept: KeptEntityPages | undefined,
): string | null {
  const key = kept?.keyOf(shard);
  if (key !== undefined) {
    const copied = kept!.copyTo(key, file);
    if (copied !== undefined) return copied;
  }
  const html = fillTemplate(parts, JSON.parse(shard.toString('utf8')) as EntityShard);
  writeFileSync(file, html);
  return key === undefined ? (indexedText(html) ?? null) : kept!.keep(key, html);
}

/**
 * The sitemap @astrojs/sitemap wrote (from the pages Astro rendered) with the template replaced by the entity
 * pages, every URL in order as the sitemap lists them.
 */
export function sitemapWithEntityPages(sitemap: string, site: string, paths: readonly string[]): string {
  const start = sitemap.indexOf('<url>');
  const end = sitemap.lastIndexOf('</url>') + '</url>'.length;
  if (start < 0) return sitemap;
  const entries = sitemap
    .slice(start, end)
    .split('</url>')
    .filter(Boolean)
    .map((e) => `${e}</url>`);
  const kept = entries.filter((e) => !e.includes(TEMPLATE_DIR));
  const base = site.endsWith('/') ? site.slice(0, -1) : site;
  const added = paths.map((p) => `<url><loc>${escapeHtmlText(`${base}${p}`)}</loc></url>`);
  const locOf = (e: string) => /<loc>([^<]*)<\/loc>/u.exec(e)?.[1] ?? '';
  const all = [...kept, ...added].sort((a, b) => (locOf(a) < locOf(b) ? -1 : locOf(a) > locOf(b) ? 1 : 0));
  return sitemap.slice(0, start) + all.join('') + sitemap.slice(end);
}
