/**
 * JSON Lines: one article per line, with these fields (README, "JSON Lines"):
 *   text | body   the article text, paragraphs separated by blank lines or line ends (required)
 *   published     the publication date, ISO 8601 (YYYY-MM-DD or a timestamp; its day is kept) (required)
 *   authors       a list of names, or one string ("A and B"); absent or empty means no named author
 *   outlet        the publisher (required, or a url to take the host name from)
 *   url, title    the article's address and headline (optional)
 * Each line is imported or refused on its own. Pure.
 */
import { hostOf, oneLine, type ImportedArticle } from './article.js';
import { publicationDay } from './html/dates.js';
import { namesFromByline } from './html/byline.js';
import { ImportRefusal } from './refusal.js';

export interface LineOutcome {
  line: number;
  article?: ImportedArticle;
  refusal?: ImportRefusal;
}

const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim() : undefined);

function authorsOf(value: unknown): string[] {
  if (Array.isArray(value)) return value.map(str).filter((s): s is string => s !== undefined);
  const s = str(value);
  return s ? namesFromByline(s) : [];
}

/** Paragraphs are separated by line ends; blank lines between them are not paragraphs. */
export function splitTextParagraphs(text: string): string[] {
  return text
    .split(/\r\n|\r|\n/)
    .map(oneLine)
    .filter(Boolean);
}

export function articleFromJson(value: unknown, file: string, line: number, fallbackDate?: string): ImportedArticle {
  const refuse = (reason: string) => new ImportRefusal(file, reason, line);
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw refuse('the line is not a JSON object');
  const o = value as Record<string, unknown>;
  const text = str(o['text']) ?? str(o['body']);
  if (!text) throw refuse('no article text: expected a non-empty "text" or "body" string');
  const declared = str(o['published']);
  const published = publicationDay(declared) ?? fallbackDate;
  if (!published)
    throw refuse(
      declared
        ? `"published" is "${declared}", not a date (expected YYYY-MM-DD or an ISO 8601 timestamp); fix it or give the day with --date YYYY-MM-DD`
        : 'no "published" date; give the day with --date YYYY-MM-DD',
    );
  const url = str(o['url']) ?? null;
  const outlet = str(o['outlet']) ?? hostOf(url ?? undefined);
  if (!outlet) throw refuse('no "outlet" and no "url" to take the publisher from');
  return {
    sourceFile: file,
    sourceLine: line,
    url,
    title: str(o['title']) ?? null,
    published,
    authors: authorsOf(o['authors']),
    outlet,
    paragraphs: splitTextParagraphs(text),
  };
}

/** Every non-blank line, imported or refused with its 1-based line number. */
export function parseJsonLines(text: string, file: string, fallbackDate?: string): LineOutcome[] {
  const outcomes: LineOutcome[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    const source = raw.replace(/\r$/, '');
    if (!source.trim()) return;
    let value: unknown;
    try {
      value = JSON.parse(source);
    } catch (e) {
      outcomes.push({
        line,
        refusal: new ImportRefusal(file, `the line is not valid JSON (${(e as Error).message})`, line),
      });
      return;
    }
    try {
      outcomes.push({ line, article: articleFromJson(value, file, line, fallbackDate) });
    } catch (e) {
      if (!(e instanceof ImportRefusal)) throw e;
      outcomes.push({ line, refusal: e });
    }
  });
  return outcomes;
}
