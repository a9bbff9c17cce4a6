/**
 * The byline as the page shows it, for pages whose declarations name no author: schema.org microdata
 * (`itemprop="author"`), then `rel="author"` links, then Readability's byline. Names only, never a link's URL.
 */
import { oneLine } from '../article.js';
import { namesFromByline } from './byline.js';

const unique = (xs: string[]) => [...new Set(xs)];

function microdataAuthors(doc: Document): string[] {
  const first = doc.querySelector('[itemprop~="author"]');
  if (!first) return [];
  const scope = first.parentElement ?? first;
  const named = [...scope.querySelectorAll('[itemprop~="author"] [itemprop~="name"]')].map(
    (el) => el.getAttribute('content') ?? el.textContent ?? '',
  );
  const texts = named.length
    ? named
    : [...scope.querySelectorAll('[itemprop~="author"]')].map(
        (el) => el.getAttribute('content') ?? el.textContent ?? '',
      );
  return unique(texts.flatMap((t) => namesFromByline(oneLine(t))));
}

/** Every rel="author" link beside the first one (same parent): one byline, not the related-article list. */
function relAuthors(doc: Document): string[] {
  const first = doc.querySelector('a[rel~="author"]');
  if (!first?.parentElement) return [];
  const links = [...first.parentElement.querySelectorAll('a[rel~="author"]')];
  return unique(links.flatMap((a) => namesFromByline(oneLine(a.textContent ?? ''))));
}

/** Links to an author page (`/author/…`, `/authors/…`) beside the first one whose text is a name. */
function authorPageLinks(doc: Document): string[] {
  const links = [...doc.querySelectorAll('a[href*="/author/"], a[href*="/authors/"]')];
  const first = links.find((a) => looksLikeName(oneLine(a.textContent ?? '')));
  if (!first?.parentElement) return [];
  const siblings = links.filter((a) => a.parentElement === first.parentElement);
  return unique(siblings.map((a) => oneLine(a.textContent ?? '')).filter(looksLikeName));
}

/** Two to four capitalized words: a person's name rather than "More from this author". */
function looksLikeName(text: string): boolean {
  const words = text.split(' ');
  return words.length >= 2 && words.length <= 4 && words.every((w) => /^\p{Lu}/u.test(w));
}

export function visibleAuthors(doc: Document, readabilityByline: string | null | undefined): string[] {
  const micro = microdataAuthors(doc);
  if (micro.length) return micro;
  const rel = relAuthors(doc);
  if (rel.length) return rel;
  const linked = authorPageLinks(doc);
  if (linked.length) return linked;
  return readabilityByline ? namesFromByline(oneLine(readabilityByline)) : [];
}

/**
 * The date the page shows with the article: a `<time datetime>` marked as the publication date, else the
 * first one inside the `<article>` element. Only the machine-readable attribute is read, never free text.
 */
export function visibleDate(doc: Document): string | undefined {
  const marked = doc.querySelector(
    '[itemprop~="datePublished"][datetime], time[pubdate][datetime], [itemprop~="datePublished"] time[datetime]',
  );
  const el = marked ?? doc.querySelector('article time[datetime]');
  return el?.getAttribute('datetime')?.trim() || undefined;
}
