/**
 * Slot HTML kept between builds (issue 23): a slot whose HTML is costly to render and that one more article
 * rarely changes (a Tables page's 5,000 rows: about 2.8 s of a rebuild's fill at 10,000 articles) is kept in
 * the store with the key of its inputs, and reused when the key is the same.
 *
 * Two things decide a reuse. The key: a hash of everything the renderer reads that the caller can name (the
 * render key, which holds the code, the schemas and the page limits; the slot's argument; the page model file's
 * bytes). And the entities the HTML shows: their names and links come from the entities table and the link
 * policy, which change with the data; so the IDs are kept with the HTML, and on reuse each one's current name
 * and link are hashed and compared with theirs when the HTML was made.
 *
 * One file per slot: a JSON header line, then the HTML, written temp then rename so that a reader never sees a
 * header without its HTML. The folder is dropped with Astro's kept render (src/build/astro-render.ts).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { ASTRO_RENDER_DIR, RENDER_KEY_FILE } from './astro-key.ts';

/** The kept slot HTML's folder in the store. */
export const KEPT_HTML_DIR = `${ASTRO_RENDER_DIR}/fill`;

/** The unreleased build's file hashes kept by the files' stat (src/lib/known-hashes.ts), beside the HTML. */
export const KNOWN_HASHES_FILE = `${KEPT_HTML_DIR}/unreleased-file-hashes.json`;

interface KeptHeader {
  key: string;
  /** The entities the HTML shows, sorted, and the hash of their names and links when it was made. */
  entities: string[];
  entitiesDigest: string;
}

/** How many slots of this process took their kept HTML, and how many were rendered (the build logs it). */
export const keptHtmlCounts = { kept: 0, rendered: 0 };

/** What a rendering made: its HTML and the IDs of the entities whose names or links it shows. */
export interface RenderedHtml {
  html: string;
  entities: readonly string[];
}

/** The render key of the current build, or undefined when no build recorded one (`astro dev`). */
export function currentRenderKey(siteDataDir: string): string | undefined {
  try {
    return readFileSync(join(siteDataDir, RENDER_KEY_FILE), 'utf8').trim() || undefined;
  } catch {
    return undefined;
  }
}

/** A hash of its parts, each ended by a NUL so that no two lists of parts run together. */
export function partsKey(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) hash.update(part).update('\0');
  return hash.digest('hex');
}

function entitiesDigest(ids: readonly string[], entityState: (id: string) => string): string {
  const hash = createHash('sha256');
  for (const id of ids) hash.update(`${id}\0${entityState(id)}\0`);
  return hash.digest('hex');
}

function readKept(file: string): { header: KeptHeader; html: string } | undefined {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  const end = text.indexOf('\n');
  if (end < 0) return undefined;
  try {
    return { header: JSON.parse(text.slice(0, end)) as KeptHeader, html: text.slice(end + 1) };
  } catch {
    return undefined; // not a file this module wrote whole: rendered again
  }
}

/**
 * The HTML kept in `file` when it was made for `key` and the entities it shows still have the names and links
 * they had (`entityState` gives an entity's, as the renderer would show it); otherwise `render()`'s, kept for
 * the next build.
 */
export function keptHtml(
  file: string,
  key: string,
  entityState: (id: string) => string,
  render: () => RenderedHtml,
): string {
  const kept = readKept(file);
  if (
    kept?.header.key === key &&
    Array.isArray(kept.header.entities) &&
    entitiesDigest(kept.header.entities, entityState) === kept.header.entitiesDigest
  ) {
    keptHtmlCounts.kept++;
    return kept.html;
  }
  keptHtmlCounts.rendered++;
  const { html, entities } = render();
  const ids = [...new Set(entities)].sort();
  const header: KeptHeader = { key, entities: ids, entitiesDigest: entitiesDigest(ids, entityState) };
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(`${file}.tmp`, `${JSON.stringify(header)}\n${html}`);
  renameSync(`${file}.tmp`, file);
  return html;
}
