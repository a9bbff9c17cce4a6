import { describe, expect, it } from 'vitest';
import { benchmarkViews, formatScore, inSampleLabel, scoreRows } from './quality.ts';

describe('scoreRows', () => {
  it('finds every precision/recall/F1 object with where it sits in the report', () => {
    const report = {
      headline: 'micro',
      micro: { persons: { tp: 8, fp: 2, fn: 0, precision: 0.8, recall: 1, f1: 0.8889 } },
      articles: [{ article_id: 'a1', scores: { quotes: { precision: 0.5, recall: 0.25, f1: 0.3333 } } }],
      notes: 'not a score',
    };
    expect(scoreRows(report)).toEqual([
      {
        path: ['micro', 'persons'],
        precision: 0.8,
        recall: 1,
        f1: 0.8889,
        counts: { tp: 8, fp: 2, fn: 0 },
        missed: [],
        spurious: [],
      },
      {
        path: ['articles', 'a1', 'scores', 'quotes'],
        precision: 0.5,
        recall: 0.25,
        f1: 0.3333,
        counts: {},
        missed: [],
        spurious: [],
      },
    ]);
  });

  it('keeps the missed and spurious items, as text', () => {
    const [row] = scoreRows({
      persons: { precision: 1, recall: 0.5, f1: 0.6667, missed: [{ text: 'Jane Doe' }], spurious: ['Mr Nobody'] },
    });
    expect(row).toMatchObject({ missed: ['Jane Doe'], spurious: ['Mr Nobody'] });
  });

  it('shows a missing score as a dash, not as zero', () => {
    expect(formatScore(undefined)).toBe('—');
    expect(formatScore(0)).toBe('0.000');
    expect(formatScore(2 / 3)).toBe('0.667');
  });
});

describe('benchmarkViews', () => {
  const report = {
    gold_is: 'articles the pipeline was developed on',
    benchmarks: {
      benchmarks: [
        {
          id: 'b1',
          name: 'Bench One',
          source: 's',
          licence: 'CC BY 4.0',
          development_note: 'Used in development.',
          headline: 'value',
          metrics: [
            { metric: 'spans', label: 'spans' },
            { metric: 'value', label: 'value F1', target: { of: 'f1', min: 0.82 } },
          ],
          measured: {
            dataset_version: '1.1.0',
            documents: 3,
            scores: { value: { precision: 0.7, recall: 0.8, f1: 0.7467 }, spans: { precision: 1, recall: 1, f1: 1 } },
          },
        },
        {
          id: 'b2',
          name: 'Bench Two',
          source: 's',
          licence: 'research only',
          development_note: 'Used in development.',
          headline: 'PER',
          metrics: [{ metric: 'PER', label: 'persons', target: { of: 'f1', min: 0.9 } }],
          measured: null,
        },
      ],
    },
  };

  it("puts each benchmark's headline metric first, with its target and whether it is met", () => {
    const [one, two] = benchmarkViews(report);
    expect(one!.figures.map((f) => f.label)).toEqual(['value F1', 'spans']);
    expect(one!.figures[0]).toMatchObject({ f1OrValue: 0.7467, target: 'F1 ≥ 0.82 (not met)', measured: true });
    expect(two!.figures[0]).toMatchObject({ f1OrValue: undefined, target: 'F1 ≥ 0.90', measured: false });
    expect(inSampleLabel(report)).toBe('articles the pipeline was developed on');
  });

  it('finds no benchmarks in a report without them', () => {
    expect(benchmarkViews({ micro: {} })).toEqual([]);
    expect(inSampleLabel({})).toBeUndefined();
  });
});
