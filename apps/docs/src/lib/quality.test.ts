import { describe, expect, it } from 'vitest';
import { formatScore, scoreRows } from './quality.ts';

describe('scoreRows', () => {
  it('finds every precision/recall/F1 object with where it sits in the report', () => {
    const report = {
      headline: 'micro',
      micro: { persons: { tp: 8, fp: 2, fn: 0, precision: 0.8, recall: 1, f1: 0.8889 } },
      articles: [{ article_id: 'a1', scores: { quotes: { precision: 0.5, recall: 0.25, f1: 0.3333 } } }],
      notes: 'not a score',
    };
    expect(scoreRows(report)).toEqual([
      { path: ['micro', 'persons'], precision: 0.8, recall: 1, f1: 0.8889, counts: { tp: 8, fp: 2, fn: 0 }, missed: [], spurious: [] },
      { path: ['articles', 'a1', 'scores', 'quotes'], precision: 0.5, recall: 0.25, f1: 0.3333, counts: {}, missed: [], spurious: [] },
    ]);
  });

  it('keeps the missed and spurious items, as text', () => {
    const [row] = scoreRows({ persons: { precision: 1, recall: 0.5, f1: 0.6667, missed: [{ text: 'Jane Doe' }], spurious: ['Mr Nobody'] } });
    expect(row).toMatchObject({ missed: ['Jane Doe'], spurious: ['Mr Nobody'] });
  });

  it('shows a missing score as a dash, not as zero', () => {
    expect(formatScore(undefined)).toBe('—');
    expect(formatScore(0)).toBe('0.000');
    expect(formatScore(2 / 3)).toBe('0.667');
  });
});
