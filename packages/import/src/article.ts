/**
 * The imported article record, and how it becomes a file in the `data/raw/` format. Pure functions.
 */
import { sha256, slugify } from '@dossier/core';

export interface ImportedArticle {
  /** The input file it came from (a page, or a JSON Lines file), as the user named it. */
  sourceFile: string;
  /** 1-based line of a JSON Lines file; absent for a page. */
  sourceLine?: number;
  url: string | null;
  title: string | null;
  /** YYYY-MM-DD, the article's own publication day. */
  published: string;
  authors: string[];
  outlet: string;
  /** Body paragraphs in order, subheadings among them; each one line of text. */
  paragraphs: string[];
}

/** The host name of a URL without "www.", for an outlet that names itself nowhere else. */
export function hostOf(url: string | null | undefined): string | undefined {
  if (!url) return undefined;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** Collapses every run of white space (line ends included) to one space and trims. */
export function oneLine(text: string): string {
  return text.replace(/[\s\u00a0\u200b-\u200d\u2028\u2029\u2060\ufeff]+/g, ' ').trim();
}

/**
 * The header keeps its grammar: "By A and B, OUTLET". Commas inside a name or an outlet would be read as
 * separators, so they become spaces; an empty author list is written "By Staff" (no named author).
 */
function headerLine(article: ImportedArticle): string {
  const clean = (s: string) => oneLine(s.replace(/[,&]/g, ' ').replace(/\s+and\s+/gi, ' '));
  const authors = article.authors.map(clean).filter(Boolean);
  const byline = authors.length ? authors.join(' and ') : 'Staff';
  return `date ${article.published} By ${byline}, ${clean(article.outlet)}`;
}

/** The article file: header, the optional `# headline` line, a blank line, one paragraph per line. */
export function renderArticle(article: ImportedArticle): string {
  const lines = [headerLine(article)];
  const title = article.title ? oneLine(article.title) : '';
  if (title) lines.push(`# ${title}`);
  lines.push('', ...article.paragraphs.map(oneLine).filter(Boolean));
  return `${lines.join('\n')}\n`;
}

/**
 * A deterministic, file-system-safe name: date, outlet and title slugs (lower-case ASCII, bounded length)
 * and a short hash of the URL, or of the rendered text when there is no URL, so that two articles with the
 * same title never collide and the same page always gets the same name.
 */
export function articleFileName(article: ImportedArticle): string {
  const slug = (s: string, max: number) => slugify(s).slice(0, max).replace(/-+$/, '');
  const title = article.title ? slug(article.title, 60) : 'untitled';
  const key = article.url ?? renderArticle(article);
  return `${article.published}_${slug(article.outlet, 24)}_${title}_${sha256(key).slice(0, 8)}.txt`;
}
