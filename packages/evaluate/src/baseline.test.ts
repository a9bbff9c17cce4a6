import { describe, expect, it } from 'vitest';
import { baselineOf, compareToBaseline, improvements } from './baseline.js';
import { scoreDataset } from './report.js';
import { GOLD, emptyTables, perfectTables } from './fixture.test-helpers.js';

const golds = [{ file: 'a1.gold.json', gold: GOLD }];

describe('compareToBaseline', () => {
  it('passes a report against its own baseline', () => {
    const report = scoreDataset(perfectTables(), golds);
    expect(compareToBaseline(report, baselineOf(report))).toEqual([]);
  });

  it('names the metric, the baseline and the actual score when a score drops', () => {
    const baseline = baselineOf(scoreDataset(perfectTables(), golds));
    const worse = perfectTables();
    worse.roles![0] = { ...worse.roles![0]!, title: 'Chairman' };
    const regressions = compareToBaseline(scoreDataset(worse, golds), baseline);
    expect(regressions.map((r) => r.metric)).toEqual(['roles.precision', 'roles.recall', 'roles.f1']);
    expect(regressions[2]).toMatchObject({
      baseline: 1,
      actual: 0.5,
      message: 'roles.f1 dropped below the baseline: expected ≥ 1, found 0.5',
    });
  });

  it('fails when more spans stop round-tripping than the baseline allows', () => {
    const tables = perfectTables();
    const baseline = baselineOf(scoreDataset(tables, golds));
    tables.quotes![0] = { ...tables.quotes![0]!, start: (tables.quotes![0]!.start as number) + 1 };
    expect(compareToBaseline(scoreDataset(tables, golds), baseline).map((r) => r.metric)).toContain(
      'round_trip_failures',
    );
  });

  it('lists improvements so that the baseline can be raised on purpose', () => {
    const baseline = baselineOf(scoreDataset(emptyTables(), golds));
    const better = scoreDataset(perfectTables(), golds);
    expect(compareToBaseline(better, baseline)).toEqual([]);
    expect(improvements(better, baseline)).toContain('persons.f1 0 → 1');
  });

  it('flags a baseline metric the report no longer has', () => {
    const report = scoreDataset(perfectTables(), golds);
    const baseline = baselineOf(report);
    baseline.scores['events.f1'] = 0.5;
    expect(compareToBaseline(report, baseline).map((r) => r.metric)).toEqual(['events.f1']);
  });
});
