/**
 * One saved page (already decoded to text) to an article record. Pure apart from building a DOM in memory:
 * linkedom parses, it never runs the page's scripts or fetches anything it links to.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { hostOf, oneLine, type ImportedArticle } from '../article.js';
import { ImportRefusal } from '../refusal.js';
import { splitTextParagraphs } from '../jsonl.js';
import { visibleAuthors, visibleDate } from './visible-byline.js';
import { namesFromByline } from './byline.js';
import { publicationDay } from './dates.js';
import { jsonLdMetadata, type DeclaredMetadata } from './json-ld.js';
import { metaTagMetadata } from './meta-tags.js';
import { blocksOf } from './paragraphs.js';
import { cleanParagraphs } from './boilerplate.js';
import { locateArticle, restoreHeadings } from './locate.js';

/** Readability gives up on documents with more elements than this: a page that big is not an article. */
export const MAX_ELEMENTS = 60_000;

/** Less text than this is a stub, a teaser or a navigation page, not an article to build a dataset on. */
const MIN_ARTICLE_CHARS = 200;

export interface PageOptions {
  /** YYYY-MM-DD the user supplies for pages that declare no publication date. */
  date?: string;
  /** Builds the DOM; linkedom by default. Swappable so that other DOMs can be measured (README). */
  parseDom?: (html: string) => Document;
  /** Put back the subheadings Readability's cleaning drops (locate.ts); on by default, off to measure it. */
  restoreHeadings?: boolean;
}

export const linkedomDocument = (html: string): Document => parseHTML(html).document as unknown as Document;

function firstOf<K extends keyof DeclaredMetadata>(key: K, ...sources: DeclaredMetadata[]): DeclaredMetadata[K] {
  for (const s of sources) if (s[key] !== undefined) return s[key];
  return undefined;
}

function namesFromReadability(byline: string | null | undefined): string[] {
  return byline ? namesFromByline(oneLine(byline)) : [];
}

function jsonLdBlocks(doc: Document): string[] {
  return [...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
}

function parseDocument(html: string, file: string, parseDom: (html: string) => Document): Document {
  let doc: Document;
  try {
    doc = parseDom(html);
  } catch (e) {
    throw new ImportRefusal(file, `the page could not be parsed as HTML (${(e as Error).message})`);
  }
  revealPaywalledText(doc);
  return doc;
}

const PAYWALL_CLASS = /(^|[\s_-])paywall(ed)?([\s_-]|$)/i;

/**
 * Publishers mark the paragraphs past a paywall `aria-hidden`, so that non-subscribers' screen readers skip
 * them, and Readability then drops them as invisible. On a page the user saved they are the rest of the story.
 */
function revealPaywalledText(doc: Document): void {
  for (const el of doc.querySelectorAll('[aria-hidden="true"]'))
    if (PAYWALL_CLASS.test(el.getAttribute('class') ?? '')) el.removeAttribute('aria-hidden');
}

function runReadability(doc: Document, file: string) {
  // Counted here because linkedom answers getElementsByTagName('*') with nothing, which turns Readability's
  // own maxElemsToParse check off.
  const elements = doc.querySelectorAll('*').length;
  if (elements > MAX_ELEMENTS)
    throw new ImportRefusal(
      file,
      `the page is too large to read: ${elements} elements, more than the ${MAX_ELEMENTS} an article page needs`,
    );
  try {
    return new Readability<Element>(doc, {
      maxElemsToParse: MAX_ELEMENTS,
      serializer: (node) => node as Element,
      keepClasses: true,
    }).parse();
  } catch (e) {
    throw new ImportRefusal(file, `the page is too large or malformed to find an article in (${(e as Error).message})`);
  }
}

const textLength = (paragraphs: string[]) => paragraphs.reduce((n, p) => n + p.length, 0);

/** The paragraphs of the element Readability chose, with the subheadings its cleaning dropped put back. */
function articleParagraphs(
  html: string,
  file: string,
  content: Element,
  options: PageOptions & { parseDom: (html: string) => Document },
): string[] {
  const kept = blocksOf(content);
  // Readability took the document apart; a fresh copy shows what its cleaning dropped.
  const located =
    options.restoreHeadings === false ? null : locateArticle(parseDocument(html, file, options.parseDom), content);
  return (located ? restoreHeadings(kept, blocksOf(located)) : kept).map((b) => b.text);
}

interface PageMetadata {
  published: string;
  url: string | null;
  outlet: string;
  title: string | null;
  authors: string[];
}

/** JSON-LD first, then meta tags, then what the page shows; the date is never taken from anywhere else. */
function resolveMetadata(
  file: string,
  options: PageOptions,
  jsonLd: DeclaredMetadata,
  meta: DeclaredMetadata,
  visible: DeclaredMetadata,
): PageMetadata {
  // The first declaration that is a date wins; one that is not a date is passed over, not guessed from.
  const declarations = [jsonLd, meta, visible].map((m) => m.published).filter((d): d is string => d !== undefined);
  const declared = declarations[0];
  const published = declarations.map(publicationDay).find((d): d is string => d !== null) ?? options.date;
  if (!published) {
    const why = declared
      ? `its declared date "${declared}" is not a date`
      : 'it declares no publication date (no JSON-LD datePublished, no article:published_time, no <time datetime> in the article)';
    throw new ImportRefusal(file, `${why}; give the day with --date YYYY-MM-DD`);
  }
  const url = firstOf('url', jsonLd, meta) ?? null;
  const outlet = firstOf('outlet', jsonLd, meta) ?? hostOf(url ?? undefined);
  if (!outlet)
    throw new ImportRefusal(
      file,
      'the page names no publisher (JSON-LD publisher, og:site_name) and no URL to take it from',
    );
  return {
    published,
    url,
    outlet,
    title: firstOf('title', jsonLd, meta, visible) ?? null,
    authors: firstOf('authors', jsonLd, meta, visible) ?? [],
  };
}

export function importPage(html: string, file: string, options: PageOptions = {}): ImportedArticle {
  const parseDom = options.parseDom ?? linkedomDocument;
  const doc = parseDocument(html, file, parseDom);
  const jsonLd = jsonLdMetadata(jsonLdBlocks(doc));
  const meta = metaTagMetadata(doc);
  // Read before Readability, which takes the document apart.
  const microdata = visibleAuthors(doc, null);
  const shownDate = visibleDate(doc);
  const article = runReadability(doc, file);
  const shown = microdata.length ? microdata : namesFromReadability(article?.byline);
  const visible: DeclaredMetadata = {
    authors: shown.length ? shown : undefined,
    title: article?.title ?? undefined,
    published: shownDate,
  };
  const metadata = resolveMetadata(file, options, jsonLd, meta, visible);

  const titles = [jsonLd.title, meta.title, article?.title].filter((t): t is string => Boolean(t));
  const fromMarkup = article?.content ? articleParagraphs(html, file, article.content, { ...options, parseDom }) : [];
  // A page whose markup yields no article may still declare its text in JSON-LD articleBody.
  const raw = textLength(fromMarkup) < MIN_ARTICLE_CHARS && jsonLd.body ? splitTextParagraphs(jsonLd.body) : fromMarkup;
  const paragraphs = cleanParagraphs(raw, { titles, authors: metadata.authors });
  const length = textLength(paragraphs);
  if (length < MIN_ARTICLE_CHARS)
    throw new ImportRefusal(
      file,
      `no article text found on the page: ${length} characters of paragraphs once navigation, captions, bylines and promotions are removed (is it an index, a gallery or an error page?)`,
    );
  return { sourceFile: file, ...metadata, paragraphs };
}
