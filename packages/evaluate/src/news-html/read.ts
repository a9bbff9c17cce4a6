/** The I/O edge of the news-html scorer: the benchmark folder, and a folder `dossier import` wrote. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArticle } from '@dossier/ingest';
import type { ExpectedPage, ProducedArticle } from './score.js';

interface IndexFile {
  pages: Array<{ stem: string; html: string; expected: string }>;
}

interface ExpectedFile {
  title: string | null;
  published: string | null;
  authors: string[] | null;
  paragraphs: string[];
}

/** The benchmark's pages: each HTML file's path and what fundus's parser expects from it. */
export function loadNewsHtmlBench(dir: string): Array<ExpectedPage & { html: string }> {
  const index = JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as IndexFile;
  return index.pages.map((page) => {
    const expected = JSON.parse(readFileSync(join(dir, page.expected), 'utf8')) as ExpectedFile;
    return {
      stem: page.stem,
      html: join(dir, page.html),
      title: expected.title,
      published: expected.published,
      authors: expected.authors ?? [],
      paragraphs: expected.paragraphs,
    };
  });
}

/** The article files of an import folder, each with the input file sources.json says it came from. */
export function readImported(dir: string): ProducedArticle[] {
  const sources = JSON.parse(readFileSync(join(dir, 'sources.json'), 'utf8')) as Record<
    string,
    { imported_from?: string }
  >;
  const files = readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort();
  return files.flatMap((file) => {
    const { doc } = parseArticle(file, readFileSync(join(dir, file)));
    if (!doc) return [];
    return [
      {
        importedFrom: sources[file]?.imported_from ?? file,
        published: doc.published,
        authors: doc.authors,
        headline: doc.headline,
        paragraphs: doc.paragraphs.map((p) => doc.body.slice(p.start, p.end)),
      },
    ];
  });
}
