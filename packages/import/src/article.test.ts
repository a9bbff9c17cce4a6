import { describe, expect, it } from 'vitest';
import { articleFileName, renderArticle, type ImportedArticle } from './article.js';

const article: ImportedArticle = {
  sourceFile: 'p.html',
  url: 'https://gazette.example/x',
  title: 'Sea wall: repairs  to start\nsoon',
  published: '2024-03-05',
  authors: ['Mara Quellen', 'Tobin Ashgrove, Jr'],
  outlet: 'Harbour Gazette, Coast edition',
  paragraphs: ['One  line.', '', 'Two\nlines.'],
};

describe('renderArticle', () => {
  it('writes the header, the "# headline" line, a blank line and one paragraph per line', () => {
    expect(renderArticle(article)).toBe(
      'date 2024-03-05 By Mara Quellen and Tobin Ashgrove Jr, Harbour Gazette Coast edition\n# Sea wall: repairs to start soon\n\nOne line.\nTwo lines.\n',
    );
  });

  it('writes "By Staff" when no author is named, and no headline line without a title', () => {
    expect(renderArticle({ ...article, authors: [], title: null })).toBe(
      'date 2024-03-05 By Staff, Harbour Gazette Coast edition\n\nOne line.\nTwo lines.\n',
    );
  });
});

describe('articleFileName', () => {
  it('is made of the day, outlet and title slugs and a hash of the URL', () => {
    expect(articleFileName(article)).toMatch(
      /^2024-03-05_harbour-gazette-coast-ed_sea-wall-repairs-to-start-soon_[0-9a-f]{8}\.txt$/,
    );
  });

  it('differs for two pages with the same title, and is safe for any title', () => {
    expect(articleFileName({ ...article, url: 'https://gazette.example/y' })).not.toBe(articleFileName(article));
    expect(articleFileName({ ...article, title: '../../etc/passwd' })).toMatch(/^2024-03-05_[a-z0-9_-]+\.txt$/);
  });
});
