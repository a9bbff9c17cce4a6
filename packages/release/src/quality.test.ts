import { describe, expect, it } from 'vitest';
import { summarizeQuality } from './quality.js';

describe('summarizeQuality', () => {
  it('tabulates the micro averages and accuracies of a dossier-quality/1 report', () => {
    const report = {
      format: 'dossier-quality/1',
      articles_scored: 3,
      micro: {
        persons: { tp: 8, fp: 2, fn: 1, precision: 0.8, recall: 0.8889, f1: 0.8421 },
        quotes: { tp: 0, fp: 0, fn: 4, precision: 0, recall: 0, f1: 0 },
      },
      accuracy: {
        timex_values: { correct: 5, total: 6, accuracy: 0.8333 },
        quote_speakers: { correct: 0, total: 0, accuracy: null },
      },
      round_trip_failures: 0,
      per_article: [{ metrics: { persons: { f1: 0.1 } } }],
    };
    const md = summarizeQuality(report)!;
    expect(md).toContain('Scored against gold annotations for 3 article(s); micro averages.');
    expect(md).toContain('| persons | 0.800 | 0.889 | 0.842 |');
    expect(md).toContain('| quotes | 0.000 | 0.000 | 0.000 |');
    expect(md).toContain('| timex_values | 5 / 6 | 0.833 |');
    expect(md).toContain('| quote_speakers | 0 / 0 | – |');
    expect(md).not.toContain('0.100');
  });

  it('leads with the benchmark headlines and labels the gold scores in-sample when the report carries them', () => {
    const report = {
      format: 'dossier-quality/1',
      articles_scored: 3,
      gold_is: 'articles the pipeline was developed on',
      micro: { persons: { tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 } },
      benchmarks: {
        benchmarks: [
          {
            name: 'Bench One',
            headline: 'value',
            metrics: [{ metric: 'value', label: 'value F1' }],
            measured: { scores: { value: { f1: 0.7467 } } },
          },
          { name: 'Bench Two', headline: 'PER', metrics: [{ metric: 'PER', label: 'persons' }], measured: null },
        ],
      },
    };
    const md = summarizeQuality(report)!;
    expect(md).toContain('| Bench One | value F1 | 0.747 |');
    expect(md).toContain('| Bench Two | persons | not yet measured |');
    expect(md).toContain(
      'In sample: scored against the gold of 3 article(s), the articles the pipeline was developed on; micro averages.',
    );
    expect(md.indexOf('Bench One')).toBeLessThan(md.indexOf('In sample'));
  });

  it('falls back to every f1 it finds in another shape, skipping per-article detail', () => {
    const md = summarizeQuality({
      totals: { roles: { precision: 0.5, recall: 1, f1: 0.6667 } },
      articles: [{ f1: 0.2 }],
    })!;
    expect(md).toContain('| totals.roles | 0.500 | 1.000 | 0.667 |');
    expect(md).not.toContain('0.200');
  });

  it('returns null when there is nothing to report', () => {
    expect(summarizeQuality({ note: 'no gold' })).toBeNull();
    expect(summarizeQuality([1, 2])).toBeNull();
  });
});
