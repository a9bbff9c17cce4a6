import { describe, expect, it } from 'vitest';
import { BENCHMARKS, benchmarksFile, type Measured } from './benchmarks.js';
import { qualityFiles } from './quality-files.js';
import { renderBenchmarksMarkdown, targetText } from './render-benchmarks.js';
import { scoreDataset } from './report.js';
import { GOLD, perfectTables } from './fixture.test-helpers.js';

const tempeval: Measured = {
  documents: 4,
  scores: { value: { precision: 0.7, recall: 0.8, f1: 0.7467 }, relaxed: { precision: 0.9, recall: 0.9, f1: 0.9 } },
};

describe('benchmarksFile', () => {
  it('lists every benchmark in order, measured now, kept from before, or not yet measured', () => {
    const first = benchmarksFile(new Map([['tempeval3', tempeval]]), '1.1.0');
    expect(first.benchmarks.map((b) => b.id)).toEqual(BENCHMARKS.map((b) => b.id));
    expect(first.benchmarks.find((b) => b.id === 'tempeval3')!.measured).toEqual({
      dataset_version: '1.1.0',
      ...tempeval,
    });
    expect(first.benchmarks.find((b) => b.id === 'conll2003-dev')!.measured).toBeNull();
    // A later run without the TempEval-3 folder keeps its figures and the version that measured them.
    const second = benchmarksFile(new Map([['meantime', { documents: 2, scores: {} }]]), '2.0.0', first);
    expect(second.benchmarks.find((b) => b.id === 'tempeval3')!.measured?.dataset_version).toBe('1.1.0');
    expect(second.benchmarks.find((b) => b.id === 'meantime')!.measured?.dataset_version).toBe('2.0.0');
  });

  it('states for every benchmark its licence and that it was used in development', () => {
    for (const b of benchmarksFile(new Map(), '1.0.0').benchmarks) {
      expect(b.licence.length, b.id).toBeGreaterThan(5);
      expect(b.development_note, b.id).toMatch(/used in development/i);
      expect(
        b.metrics.some((m) => m.metric === b.headline),
        b.id,
      ).toBe(true);
    }
  });

  it('is deterministic: the same figures give the same file', () => {
    const a = JSON.stringify(benchmarksFile(new Map([['tempeval3', tempeval]]), '1.1.0'));
    expect(JSON.stringify(benchmarksFile(new Map([['tempeval3', tempeval]]), '1.1.0'))).toBe(a);
    expect(a).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
  });
});

describe('rendering the benchmark figures', () => {
  it('shows the target beside the figure and whether it is met', () => {
    const spec = { metric: 'value', label: 'v', target: { of: 'f1' as const, min: 0.82, source: 's' } };
    expect(targetText(spec, { f1: 0.7467 })).toBe('F1 ≥ 0.82 (not met)');
    expect(targetText(spec, { f1: 0.9 })).toBe('F1 ≥ 0.82 (met)');
    expect(targetText({ metric: 'x', label: 'x' }, { f1: 1 })).toBe('');
  });

  it('gives each benchmark a headline row, and says which are not yet measured', () => {
    const md = renderBenchmarksMarkdown(benchmarksFile(new Map([['tempeval3', tempeval]]), '1.1.0')).join('\n');
    expect(md).toMatch(
      /\| TempEval-3[^|]*\| timex value F1[^|]*\| 0\.747 \| 0\.700 \| 0\.800 \| F1 ≥ 0\.82 \(not met\) \|/,
    );
    expect(md).toMatch(
      /\| CoNLL-2003[^|]*\| persons \| not yet measured \| \| \| F1 ≥ 0\.90 \| Reuters Corpus: research use only \|/,
    );
  });
});

describe('quality files with benchmark figures', () => {
  const report = scoreDataset(perfectTables(), [{ file: 'a1.gold.json', gold: GOLD }]);
  const files = qualityFiles(report, benchmarksFile(new Map([['tempeval3', tempeval]]), '1.1.0'));
  const md = files.find((f) => f.path === 'quality.md')!.content;

  it('leads quality.md with the out-of-sample figures and labels the gold scores in-sample', () => {
    const out = md.indexOf('## Out of sample');
    const inSample = md.indexOf("## In sample: the dataset's own gold (articles the pipeline was developed on)");
    expect(out).toBeGreaterThan(0);
    expect(inSample).toBeGreaterThan(out);
    expect(md.indexOf('| persons | 1.000')).toBeGreaterThan(inSample);
  });

  it('puts the figures and the in-sample label into quality.json beside the gold report', () => {
    const json = JSON.parse(files.find((f) => f.path === 'quality.json')!.content);
    expect(json.gold_is).toBe('articles the pipeline was developed on');
    expect(json.benchmarks.benchmarks.find((b: { id: string }) => b.id === 'tempeval3').measured.documents).toBe(4);
    expect(json.micro).toEqual(report.micro);
  });

  it('writes the gold report alone when there are no benchmark figures', () => {
    const plain = JSON.parse(qualityFiles(report)[0]!.content);
    expect(plain).toEqual(JSON.parse(JSON.stringify(report)));
    expect(qualityFiles(report)[1]!.content).not.toContain('Out of sample');
  });
});
