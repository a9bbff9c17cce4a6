import { describe, expect, it } from 'vitest';
import {
  normalizeParagraph,
  paragraphsMatch,
  scoreImport,
  scorePage,
  type ExpectedPage,
  type ProducedArticle,
} from './score.js';

const expected: ExpectedPage = {
  stem: 'xx_Gazette_2024_01_02',
  title: 'T',
  published: '2024-01-01',
  authors: ['Mara Quellen', 'Tobin Ashgrove'],
  paragraphs: [
    'The council met on Monday.',
    'It voted “yes” to the plan.',
    'Work starts in May.',
    'Residents were pleased.',
  ],
};
const produced: ProducedArticle = {
  importedFrom: 'xx_Gazette_2024_01_02.html.gz',
  published: '2024-01-01',
  authors: ['tobin ashgrove', 'MARA QUELLEN'],
  headline: 'T',
  paragraphs: [
    'The council met on Monday.',
    'It voted "yes" to the plan.',
    'Work starts in May.',
    'Sign up for our newsletter.',
  ],
};

describe('news-html scorer', () => {
  it('normalizes quotes and white space, and matches a paragraph contained in one at most 10% longer', () => {
    expect(normalizeParagraph(' It  voted “yes” ')).toBe('It voted "yes"');
    expect(paragraphsMatch('Work starts in May.', 'Work starts in May. (AP)')).toBe(false);
    expect(
      paragraphsMatch('The work on the northern quay starts in May', 'The work on the northern quay starts in May.'),
    ).toBe(true);
  });

  it('scores recall and precision of paragraphs, the day and the author set (case-insensitive)', () => {
    const s = scorePage(expected, produced);
    expect(s).toMatchObject({
      recall: 0.75,
      precision: 0.75,
      dateRight: true,
      authorsRight: true,
      missed: ['Residents were pleased.'],
      spurious: ['Sign up for our newsletter.'],
    });
    expect(scorePage(expected, { ...produced, published: '2024-01-02', authors: ['Mara Quellen'] })).toMatchObject({
      dateRight: false,
      authorsRight: false,
    });
  });

  it('matches an article to its page by the source file name, and scores a page with no article as zero', () => {
    const report = scoreImport([expected, { ...expected, stem: 'yy_Other_2024_01_02' }], [produced]);
    expect(report).toMatchObject({ pages: 2, imported: 1, recall: 0.375, dates: 0.5 });
  });
});
