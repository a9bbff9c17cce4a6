/**
 * What Pagefind reads of the built site, as a key (issue 23): when the key is the previous build's, Pagefind's
 * index would be the same, and the build script copies the kept one instead of running Pagefind again.
 *
 * Starlight marks each page's `<main>` with `data-pagefind-body`, so Pagefind indexes only those regions (and
 * no page without one), minus the elements marked `data-pagefind-ignore`: the site marks the numbers and lists
 * that change with every article that way (the overview's counts, the entity list, the timeline, the evidence
 * on entity pages), so their changes leave the key alone. The key errs on the side of a change: a page
 * without a body region counts whole when no page has one; `<title>`, the `<html>` tag and every tag that
 * carries another `data-pagefind-*` attribute, an `id` or is an `<img>`/`<h1>` count wherever they are, ignored
 * regions included (Pagefind still reads filters, metadata and anchors there); and an ignored region is cut
 * only when its end tag is found by counting the tags in between (otherwise it counts whole).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const BODY = 'data-pagefind-body';
const IGNORE = 'data-pagefind-ignore';
/** Elements without an end tag. */
const VOID = new Set([
  'area',
  'base',
  'br',
  'col',
  'embed',
  'hr',
  'img',
  'input',
  'link',
  'meta',
  'source',
  'track',
  'wbr',
]);
/** A start tag at a position (sticky): its name, and its attributes with quoted values read whole. */
const START_TAG = /<([a-zA-Z][\w:-]*)([^>"']*(?:(?:"[^"]*"|'[^']*')[^>"']*)*)>/uy;
/** Tags Pagefind may read even inside an ignored region (filters, metadata, anchors, the title and image). */
const COUNTED_TAG = /<(?:img|h1)\b[^>]*>|<[a-zA-Z][^>]*?(?:\sid=|data-pagefind-(?!ignore|body))[^>]*>/giu;

/** The start tag that holds position `at` (an attribute's), or undefined when `at` is not inside one. */
function startTagAround(html: string, at: number): { start: number; end: number; name: string } | undefined {
  const start = html.lastIndexOf('<', at);
  if (start < 0) return undefined;
  START_TAG.lastIndex = start;
  const m = START_TAG.exec(html);
  if (!m || start + m[0].length <= at) return undefined;
  return { start, end: start + m[0].length, name: m[1]!.toLowerCase() };
}

/**
 * The end (just past its end tag) of a `name` element whose start tag ends at `from`, counting only the start
 * and end tags of the same name in between; -1 when there is none. Enough for the HTML this site writes, where
 * every such element is closed (its text escapes `<`).
 */
function elementEnd(html: string, name: string, from: number): number {
  if (VOID.has(name)) return from;
  const open = `<${name}`;
  const close = `</${name}`;
  let depth = 1;
  let at = from;
  for (;;) {
    const nextClose = html.indexOf(close, at);
    if (nextClose < 0) return -1;
    let nextOpen = html.indexOf(open, at);
    // `<span` is not `<spanx`: the name must end there.
    while (nextOpen >= 0 && nextOpen < nextClose && /[\w:-]/u.test(html[nextOpen + open.length] ?? ''))
      nextOpen = html.indexOf(open, nextOpen + 1);
    if (nextOpen >= 0 && nextOpen < nextClose) {
      depth++;
      at = nextOpen + open.length;
      continue;
    }
    const end = html.indexOf('>', nextClose);
    if (end < 0) return -1;
    if (--depth === 0) return end + 1;
    at = end + 1;
  }
}

/** The tags of a region that count even when it is ignored (see COUNTED_TAG), with an h1's text. */
function countedTags(region: string): string {
  let out = '';
  for (const m of region.matchAll(COUNTED_TAG)) out += m[0];
  for (const m of region.matchAll(/<h1\b[\s\S]*?<\/h1>/giu)) out += m[0];
  return out;
}

/**
 * `html` with every element marked `data-pagefind-ignore` cut out, a mark (with its counted tags) in its place;
 * elements cut one after the other, with only white space between them, leave one mark: how many entries an
 * ignored list has is not text Pagefind reads.
 */
export function withoutIgnored(html: string): string {
  let out = '';
  let last = 0;
  let afterCut = false;
  for (let at = html.indexOf(IGNORE); at >= 0; at = html.indexOf(IGNORE, Math.max(at + 1, last))) {
    if (at < last) continue;
    const tag = startTagAround(html, at);
    if (!tag) continue; // the words in text: counted as text
    const end = elementEnd(html, tag.name, tag.end);
    if (end < 0) continue; // no end found: counts whole
    const between = html.slice(last, tag.start);
    if (!afterCut || between.trim() !== '') out += `${between}\0`;
    out += countedTags(html.slice(tag.start, end));
    last = end;
    afterCut = true;
  }
  return out + html.slice(last);
}

/**
 * What of a page Pagefind reads when the site has body regions: those regions without their ignored parts, and
 * outside them the `<html>` tag, the title and the counted tags; undefined when the page has no body region.
 */
export function indexedText(html: string): string | undefined {
  let body = '';
  let outside = '';
  let last = 0;
  for (let at = html.indexOf(BODY); at >= 0; at = html.indexOf(BODY, Math.max(at + 1, last))) {
    if (at < last) continue;
    const tag = startTagAround(html, at);
    if (!tag) continue;
    const end = elementEnd(html, tag.name, tag.end);
    if (end < 0) return `\0${html}`; // counts whole
    outside += html.slice(last, tag.start);
    body += `\0${withoutIgnored(html.slice(tag.start, end))}`;
    last = end;
  }
  if (body === '') return undefined;
  outside += html.slice(last);
  const title = /<title>[\s\S]*?<\/title>/iu.exec(outside)?.[0] ?? '';
  const htmlTag = /<html\b[^>]*>/iu.exec(outside)?.[0] ?? '';
  return `${htmlTag}\0${title}\0${countedTags(outside)}${body}`;
}

/** Every HTML file of the built site Pagefind would read, sorted (its own folder aside). */
function htmlFiles(outDir: string): string[] {
  return readdirSync(outDir, { recursive: true, encoding: 'utf8' })
    .map((f) => f.split('\\').join('/'))
    .filter((f) => f.endsWith('.html') && !f.startsWith('pagefind/'))
    .sort();
}

/**
 * What Pagefind reads of the pages the build writes, recorded as they are written (the slot fill and the entity
 * pages, src/build/site-build.ts), so that the key need not read some 95 MB of HTML back from disk at 10,000
 * articles. Valid only until something else writes those files: the key is taken right after the fills.
 */
export class WrittenPages {
  private readonly texts = new Map<string, string | undefined>();

  /** Records a page (its path under the site, either separator) with the HTML just written to it. */
  readonly record = (file: string, html: string): void => {
    this.texts.set(file.split('\\').join('/'), indexedText(html));
  };

  /** Records a page by what Pagefind reads of it (a page kept from the previous build, already known). */
  readonly recordIndexed = (file: string, indexed: string | undefined): void => {
    this.texts.set(file.split('\\').join('/'), indexed);
  };

  has(file: string): boolean {
    return this.texts.has(file);
  }

  indexed(file: string): string | undefined {
    return this.texts.get(file);
  }
}

/**
 * The key of Pagefind's input under `outDir`: `salt` (what else the index depends on: the render key, which
 * holds the code and the lockfile, so Pagefind's version and options) and, for every HTML file, its path and
 * what Pagefind reads of it. A page without a body region counts as its path alone when other pages have one
 * (Pagefind then skips it), and whole when none has. Pages in `written` are taken from it, the others read.
 */
export function pagefindInputKey(outDir: string, salt: string, written?: WrittenPages): string {
  const pages = htmlFiles(outDir).map((file) => ({
    file,
    indexed: written?.has(file) ? written.indexed(file) : indexedText(readFileSync(join(outDir, file), 'utf8')),
  }));
  const anyBody = pages.some((p) => p.indexed !== undefined);
  const hash = createHash('sha256').update(`${salt}\0`);
  for (const { file, indexed } of pages) {
    hash.update(`${file}\0`);
    // Read again only on a site without body regions (none of this site's builds): no page is kept whole.
    if (!anyBody) hash.update(readFileSync(join(outDir, file), 'utf8'));
    else if (indexed !== undefined) hash.update(indexed);
    hash.update('\0\0');
  }
  return hash.digest('hex');
}
