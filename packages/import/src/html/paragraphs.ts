/**
 * The article element Readability picked, as paragraphs: each block element (p, h2…h6, li, blockquote…)
 * gives one paragraph, inline text between blocks gives one too. Captions, credits, bylines and
 * newsletter or "read more" boxes are dropped, by element and by the text's own wording.
 */
import { oneLine } from '../article.js';

const BLOCK = new Set([
  'P',
  'H1',
  'H2',
  'H3',
  'H4',
  'H5',
  'H6',
  'LI',
  'BLOCKQUOTE',
  'PRE',
  'DIV',
  'SECTION',
  'ARTICLE',
  'UL',
  'OL',
  'DL',
  'DT',
  'DD',
  'TABLE',
  'TR',
  'TD',
  'TH',
  'HEADER',
  'MAIN',
  'HR',
  'BR',
]);

/** Elements that never hold article text. */
const SKIP = new Set([
  'FIGURE',
  'FIGCAPTION',
  'PICTURE',
  'IMG',
  'SVG',
  'VIDEO',
  'AUDIO',
  'IFRAME',
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'BUTTON',
  'FORM',
  'INPUT',
  'SELECT',
  'NAV',
  'ASIDE',
  'FOOTER',
  'CAPTION',
]);

/** Class or id words of boxes that are not the article: captions, credits, bylines, promos, sign-ups. */
const SKIP_CLASS =
  /(^|[\s_-])(author|newsletter|signup|sign-up|subscribe|promo|related|read-?more|share|social|advert|ad-slot|sponsor|breadcrumb|timestamp|bio|hidden)([\s_-]|$)/i;
/** Words that name furniture wherever they sit in a class name ("newsCaption", "imageCredit"). */
const SKIP_CLASS_PART =
  /caption|credit|byline|pull-?quote|twitter-tweet|instagram-media|tiktok-embed|visually-hidden|sr-only|screen-reader-text/i;

/**
 * A box named like furniture is skipped only when it is small: a wrapper whose class happens to contain
 * "share" must not take the article with it. Links are never skipped by name (auto-tagged names in text).
 */
const MAX_SKIPPED_BY_NAME = 1500;

/**
 * Boxes whose names say they sit beside the story: fact boxes and info boxes (a list or a transcript set off
 * from the text), sign-in and registration walls, lists of related posts. These names do not turn up on
 * wrappers of the story itself, so such a box may be long; it is skipped unless it holds most of the text.
 */
const SIDE_BOX_CLASS =
  /fact-?box|info-?box|sign-?in|registration|inline-?sign-?up|related-(posts|stories|articles|links|content)/i;
const MAX_SIDE_BOX_SHARE = 0.5;

/** HTML's own pattern for a quotation is a figure holding a blockquote: the quote is text, its caption is not. */
function isQuotationFigure(el: Element): boolean {
  return (
    el.tagName === 'FIGURE' &&
    el.querySelector('blockquote') !== null &&
    el.querySelector('img, picture, video, iframe') === null
  );
}

function skipped(el: Element, rootLength: number): boolean {
  if (SKIP.has(el.tagName)) return !isQuotationFigure(el);
  if (el.getAttribute('hidden') !== null || el.getAttribute('aria-hidden') === 'true') return true;
  if (el.tagName === 'A') return false;
  const cls = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  const length = (el.textContent ?? '').length;
  if (SIDE_BOX_CLASS.test(cls) && length < MAX_SIDE_BOX_SHARE * rootLength) return true;
  return (SKIP_CLASS.test(cls) || SKIP_CLASS_PART.test(cls)) && length < MAX_SKIPPED_BY_NAME;
}

/** The text of the block being read, and how much of it sits inside links. */
interface Run {
  /** Characters of text in the element being read, against which a side box's size is judged. */
  rootLength: number;
  parts: string[];
  linked: number;
  heading: boolean;
}

export interface Block {
  text: string;
  /** Read from an h2…h6 element. */
  heading: boolean;
}

const HEADING = new Set(['H2', 'H3', 'H4', 'H5', 'H6']);

function walk(node: Node, out: Block[], run: Run, inLink: boolean): void {
  for (const child of node.childNodes) {
    if (child.nodeType === 3) {
      const text = child.textContent ?? '';
      run.parts.push(text);
      if (inLink) run.linked += text.replace(/\s+/g, '').length;
      continue;
    }
    if (child.nodeType !== 1) continue;
    const el = child as Element;
    if (skipped(el, run.rootLength)) continue;
    if (BLOCK.has(el.tagName)) {
      flush(out, run);
      run.heading = HEADING.has(el.tagName);
      walk(el, out, run, inLink);
      flush(out, run);
    } else walk(el, out, run, inLink || el.tagName === 'A');
  }
}

/**
 * A block that is nothing but a link is a pointer to another page ("related", a teaser headline), not
 * article text; a paragraph with no letter or digit is decoration.
 */
function flush(out: Block[], run: Run): void {
  const text = oneLine(run.parts.join(''));
  const allLinked = run.linked > 0 && run.linked >= text.replace(/\s+/g, '').length;
  const heading = run.heading;
  run.parts.length = 0;
  run.linked = 0;
  run.heading = false;
  if (text && !allLinked && /[\p{L}\p{N}]/u.test(text) && !/^\p{N}+$/u.test(text)) out.push({ text, heading });
}

export function blocksOf(root: Element): Block[] {
  const out: Block[] = [];
  const run: Run = { rootLength: (root.textContent ?? '').length, parts: [], linked: 0, heading: false };
  walk(root, out, run, false);
  flush(out, run);
  return out;
}

export function blockTexts(root: Element): string[] {
  return blocksOf(root).map((b) => b.text);
}
