/** OpenGraph, `article:*` and the other `<meta>` declarations of a page, and its visible byline. */
import type { DeclaredMetadata } from './json-ld.js';
import { namesFromByline } from './byline.js';

function metaContent(doc: Document, keys: string[]): string | undefined {
  for (const key of keys) {
    for (const el of doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"], meta[itemprop="${key}"]`)) {
      const content = el.getAttribute('content')?.trim();
      if (content) return content;
    }
  }
  return undefined;
}

function metaContents(doc: Document, key: string): string[] {
  return [...doc.querySelectorAll(`meta[property="${key}"], meta[name="${key}"]`)]
    .map((el) => el.getAttribute('content')?.trim() ?? '')
    .filter((c) => c && !/^https?:\/\//.test(c));
}

export function metaTagMetadata(doc: Document): DeclaredMetadata {
  const authors = metaContents(doc, 'article:author');
  const named = (authors.length ? authors : metaContents(doc, 'author')).flatMap(namesFromByline);
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  return {
    title: metaContent(doc, ['og:title', 'twitter:title']),
    published: metaContent(doc, [
      'article:published_time',
      'og:article:published_time',
      'datePublished',
      'pubdate',
      'publish-date',
      'parsely-pub-date',
      'sailthru.date',
      'dc.date',
      'DC.date.issued',
    ]),
    authors: named.length ? named : undefined,
    outlet: metaContent(doc, ['og:site_name', 'application-name']),
    url: metaContent(doc, ['og:url']) ?? (canonical || undefined),
  };
}
