/**
 * The static entity pages kept between builds (issue 23). A page is the template Astro rendered filled from
 * the entity's shard in the page model (src/lib/entity-pages.ts), and nothing else: the shard already holds its
 * links, made by the data step with the link policy, and the fill's code is in the render key. So a page whose
 * key (the render key, the template's bytes, the shard's bytes) is the previous build's is copied from the
 * store instead of being parsed, built and escaped again.
 *
 * In the store, under KEPT_PAGES_DIR: one file per page named by its key (`<key>.html`, written temp then
 * rename, so a file bearing a key's name is whole), and INDEX_FILE, written last (temp then rename): the keys
 * kept, each with what Pagefind reads of its page (src/build/pagefind-input.ts), so that the build's Pagefind
 * key needs no page read back. A key the index lacks is rendered again. Once the index is written, the page
 * files of keys this build did not use are removed. The folder is dropped with Astro's kept render
 * (src/build/astro-render.ts), whose template it was filled from.
 */
import { copyFileSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { indexedText } from '../build/pagefind-input.ts';
import { ASTRO_RENDER_DIR } from './slots/astro-key.ts';
import { currentRenderKey, partsKey } from './slots/kept-html.ts';

/** The kept entity pages' folder in the store. */
export const KEPT_PAGES_DIR = `${ASTRO_RENDER_DIR}/entity-pages`;
const INDEX_FILE = 'index.json';
/** A kept page's file name: its key (SHA-256, hex). */
const PAGE_FILE = /^[0-9a-f]{64}\.html(\.tmp)?$/u;

/** What Pagefind reads of a page (null: it has no body region), by page key. */
type KeptIndex = Record<string, string | null>;

/** How many pages of this process were copied from the store, and how many were filled (the build logs it). */
export const keptPageCounts = { kept: 0, filled: 0 };

export class KeptEntityPages {
  private readonly dir: string;
  private readonly previous: KeptIndex;
  private readonly next: KeptIndex = {};
  private readonly salt: string;

  /** undefined when no build recorded a render key (`astro dev`, unit tests of the fill): nothing is kept. */
  static open(siteDataDir: string, template: string): KeptEntityPages | undefined {
    const renderKey = currentRenderKey(siteDataDir);
    return renderKey
      ? new KeptEntityPages(join(siteDataDir, KEPT_PAGES_DIR), partsKey([renderKey, template]))
      : undefined;
  }

  private constructor(dir: string, salt: string) {
    this.dir = dir;
    this.salt = salt;
    this.previous = readIndex(join(dir, INDEX_FILE));
  }

  /** The key of the page filled from a shard with these bytes. */
  keyOf(shard: Uint8Array): string {
    return partsKey([this.salt, shard]);
  }

  /**
   * Copies the page kept for `key` to `file`; returns what Pagefind reads of it (null: no body region), or
   * undefined when none is kept (the caller fills the page and `keep`s it).
   */
  copyTo(key: string, file: string): string | null | undefined {
    if (!Object.hasOwn(this.previous, key)) return undefined;
    try {
      copyFileSync(join(this.dir, `${key}.html`), file);
    } catch {
      return undefined; // the index names a page whose file is gone: filled again
    }
    keptPageCounts.kept++;
    const indexed = this.previous[key]!;
    this.next[key] = indexed;
    return indexed;
  }

  /** Keeps a page just filled under its key; returns what Pagefind reads of it (null: no body region). */
  keep(key: string, html: string): string | null {
    keptPageCounts.filled++;
    mkdirSync(this.dir, { recursive: true });
    const file = join(this.dir, `${key}.html`);
    writeFileSync(`${file}.tmp`, html);
    renameSync(`${file}.tmp`, file);
    const indexed = indexedText(html) ?? null;
    this.next[key] = indexed;
    return indexed;
  }

  /** Writes the index of the pages this build used, then removes the other kept pages. */
  finish(): void {
    mkdirSync(this.dir, { recursive: true });
    const index = join(this.dir, INDEX_FILE);
    writeFileSync(`${index}.tmp`, JSON.stringify(this.next));
    renameSync(`${index}.tmp`, index);
    const unused = (name: string) => name.endsWith('.tmp') || !Object.hasOwn(this.next, name.slice(0, 64));
    for (const name of readdirSync(this.dir)) if (PAGE_FILE.test(name) && unused(name)) rmSync(join(this.dir, name));
  }
}

function readIndex(file: string): KeptIndex {
  try {
    const index = JSON.parse(readFileSync(file, 'utf8')) as unknown;
    return index && typeof index === 'object' && !Array.isArray(index) ? (index as KeptIndex) : {};
  } catch {
    return {}; // none yet, or not one this module wrote whole: every page is filled
  }
}
