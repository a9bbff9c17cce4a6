/**
 * Scores imported articles against the news-html benchmark's expected.json (the output of fundus's
 * hand-written per-outlet parsers). Pure. Paragraphs are compared after NFKC, straight quotes and collapsed
 * white space; two match when equal, or when one contains the other and their lengths differ by at most 10%
 * (a trailing credit or a dropped ellipsis is not a different paragraph).
 */

export interface ExpectedPage {
  stem: string;
  title: string | null;
  published: string | null;
  authors: string[];
  paragraphs: string[];
}

export interface ProducedArticle {
  /** The input file the article came from, as recorded in sources.json. */
  importedFrom: string;
  published: string;
  authors: string[];
  headline: string | null;
  paragraphs: string[];
}

export interface PageScore {
  stem: string;
  /** False when no imported article came from the page: it then scores 0 everywhere. */
  imported: boolean;
  recall: number;
  precision: number;
  dateRight: boolean;
  authorsRight: boolean;
  missed: string[];
  spurious: string[];
  expectedDate: string | null;
  producedDate: string | null;
  expectedAuthors: string[];
  producedAuthors: string[];
}

export function normalizeParagraph(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2018\u2019\u201a\u201b\u2032`]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\s+/g, ' ')
    .trim();
}

export function paragraphsMatch(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short.length > 0 && long.includes(short) && long.length - short.length <= 0.1 * long.length;
}

function covered(items: string[], by: string[]): boolean[] {
  return items.map((p) => by.some((q) => paragraphsMatch(p, q)));
}

const authorKey = (name: string) => normalizeParagraph(name).toLocaleLowerCase('en');

function sameSet(a: string[], b: string[]): boolean {
  const x = new Set(a.map(authorKey));
  const y = new Set(b.map(authorKey));
  return x.size === y.size && [...x].every((k) => y.has(k));
}

export function scorePage(expected: ExpectedPage, produced: ProducedArticle | undefined): PageScore {
  const want = expected.paragraphs.map(normalizeParagraph).filter(Boolean);
  const got = (produced?.paragraphs ?? []).map(normalizeParagraph).filter(Boolean);
  const recalled = covered(want, got);
  const precise = covered(got, want);
  const share = (flags: boolean[]) => (flags.length ? flags.filter(Boolean).length / flags.length : 1);
  return {
    stem: expected.stem,
    imported: produced !== undefined,
    recall: produced ? share(recalled) : 0,
    precision: produced ? share(precise) : 0,
    dateRight: produced !== undefined && produced.published === expected.published,
    authorsRight: produced !== undefined && sameSet(produced.authors, expected.authors),
    missed: want.filter((_, i) => !recalled[i]),
    spurious: got.filter((_, i) => !precise[i]),
    expectedDate: expected.published,
    producedDate: produced?.published ?? null,
    expectedAuthors: expected.authors,
    producedAuthors: produced?.authors ?? [],
  };
}

export interface NewsHtmlReport {
  pages: number;
  imported: number;
  recall: number;
  precision: number;
  dates: number;
  authors: number;
  perPage: PageScore[];
}

const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

/** Averages over pages, so that every page weighs the same whatever its length. */
export function summarize(perPage: PageScore[]): NewsHtmlReport {
  return {
    pages: perPage.length,
    imported: perPage.filter((p) => p.imported).length,
    recall: mean(perPage.map((p) => p.recall)),
    precision: mean(perPage.map((p) => p.precision)),
    dates: mean(perPage.map((p) => (p.dateRight ? 1 : 0))),
    authors: mean(perPage.map((p) => (p.authorsRight ? 1 : 0))),
    perPage,
  };
}

/** An article belongs to the page whose stem its source file name contains. */
export function scoreImport(expected: ExpectedPage[], produced: ProducedArticle[]): NewsHtmlReport {
  return summarize(
    expected.map((page) =>
      scorePage(
        page,
        produced.find((a) => a.importedFrom.includes(page.stem)),
      ),
    ),
  );
}
