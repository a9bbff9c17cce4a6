/**
 * Readability finds the article but also cleans it, and its cleaning drops subheadings that sit in boxes of
 * their own (a live blog's entry headings, a section title in a styled div). So its result is also used as
 * a locator: in the untouched page, the element that holds (nearly) all the paragraphs Readability kept is
 * read again, and the headings found there between Readability's paragraphs are put back in place.
 */
import { oneLine } from '../article.js';
import type { Block } from './paragraphs.js';

/** Share of Readability's paragraphs the chosen element must hold. */
const COVERAGE = 0.9;

const key = (text: string) => oneLine(text).toLowerCase();

function ancestors(el: Element): Element[] {
  const chain: Element[] = [];
  for (let e: Element | null = el; e; e = e.parentElement) chain.push(e);
  return chain;
}

/** The deepest element of `page` containing at least COVERAGE of the paragraphs Readability kept. */
export function locateArticle(page: Document, kept: Element): Element | null {
  const wanted = new Set(
    [...kept.querySelectorAll('p')].map((p) => key(p.textContent ?? '')).filter((t) => t.length >= 20),
  );
  if (wanted.size === 0) return null;
  const found = [...page.querySelectorAll('p')].filter((p) => wanted.has(key(p.textContent ?? '')));
  if (found.length < COVERAGE * wanted.size) return null;
  const counts = new Map<Element, number>();
  for (const p of found) for (const a of ancestors(p)) counts.set(a, (counts.get(a) ?? 0) + 1);
  const need = Math.ceil(COVERAGE * found.length);
  let best: Element | null = null;
  let bestDepth = -1;
  for (const [el, n] of counts) {
    if (n < need) continue;
    const depth = ancestors(el).length;
    if (depth > bestDepth) {
      best = el;
      bestDepth = depth;
    }
  }
  return best;
}

/**
 * Readability's blocks, with the headings of the located element that it dropped inserted before the
 * block that follows them there. Headings before the first or after the last kept block stay out: those
 * are the page's header and footer.
 */
export function restoreHeadings(kept: Block[], located: Block[]): Block[] {
  const keptKeys = new Set(kept.map((b) => key(b.text)));
  const matched = located.map((b) => keptKeys.has(key(b.text)));
  const first = matched.indexOf(true);
  const last = matched.lastIndexOf(true);
  const insertBefore = new Map<string, Block[]>();
  let pending: Block[] = [];
  for (let i = first; i >= 0 && i <= last; i++) {
    const b = located[i]!;
    if (matched[i]) {
      if (pending.length) insertBefore.set(key(b.text), pending);
      pending = [];
    } else if (b.heading && matched[i + 1]) pending.push(b);
    // A heading counts only when the story continues right below it; any other block in between (a promo,
    // a teaser) means the heading belonged to that box.
    else pending = [];
  }
  return kept.flatMap((b) => {
    const before = insertBefore.get(key(b.text)) ?? [];
    insertBefore.delete(key(b.text));
    return [...before, b];
  });
}
