import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { macroAverage, microAverage, prf } from './prf.js';

describe('prf', () => {
  it('computes precision, recall and F1', () => {
    expect(prf({ tp: 3, fp: 1, fn: 2 })).toEqual({ tp: 3, fp: 1, fn: 2, precision: 0.75, recall: 0.6, f1: 0.6667 });
  });
  it('scores nothing-to-find-and-nothing-found as 1, and an empty prediction against gold as 0', () => {
    expect(prf({ tp: 0, fp: 0, fn: 0 })).toMatchObject({ precision: 1, recall: 1, f1: 1 });
    expect(prf({ tp: 0, fp: 0, fn: 4 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
    expect(prf({ tp: 0, fp: 3, fn: 0 })).toMatchObject({ precision: 0, recall: 0, f1: 0 });
  });
  it('keeps every score within [0, 1]', () => {
    fc.assert(
      fc.property(fc.nat(100), fc.nat(100), fc.nat(100), (tp, fp, fn) => {
        const p = prf({ tp, fp, fn });
        return [p.precision, p.recall, p.f1].every((x) => x >= 0 && x <= 1);
      }),
    );
  });
  it('pools counts for micro and averages articles for macro', () => {
    const articles = [
      { tp: 9, fp: 0, fn: 1 },
      { tp: 0, fp: 0, fn: 1 },
      { tp: 0, fp: 0, fn: 0 },
    ];
    expect(microAverage(articles).recall).toBe(0.8182);
    expect(macroAverage(articles)).toEqual({ precision: 0.5, recall: 0.45, f1: 0.4737, articles: 2 });
  });
});
