/**
 * The regression gate (runs in `pnpm test`): builds the seed articles in data/raw with the real pipeline,
 * reads the result as a consumer would, scores it against data/gold and fails when any score is below
 * data/quality-baseline.json. Raise the baseline on purpose with `pnpm eval --update-baseline`.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDataset } from '@dossier/pipeline';
import { readDataset, type TableSet } from '@dossier/validate';
import { compareToBaseline, type Baseline } from './baseline.js';
import { qualityFilesFor } from './quality-files.js';
import { readGold } from './read-gold.js';
import { scoreDataset, type GoldFile, type QualityReport } from './report.js';

const root = fileURLToPath(new URL('../../../', import.meta.url));
const baseline = JSON.parse(readFileSync(join(root, 'data/quality-baseline.json'), 'utf8')) as Baseline;

let out: string;
let golds: GoldFile[];
let tables: TableSet;
let report: QualityReport;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), 'dossier-gate-'));
  const gold = readGold(join(root, 'data/gold'));
  expect(gold.diagnostics).toEqual([]);
  golds = gold.golds;
  await buildDataset({
    inputDir: join(root, 'data/raw'),
    outDir: out,
    extraFiles: (t) => qualityFilesFor(t as unknown as TableSet, golds),
  });
  const read = readDataset(out);
  expect(read.diagnostics).toEqual([]);
  tables = read.tables;
  report = scoreDataset(tables, golds);
});
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe('quality gate on the seed', () => {
  it('scores every seed article that has gold, and the gold fits its article', () => {
    expect(report.articles_scored).toBe(golds.length);
    expect(report.gold_problems).toEqual([]);
  });

  it('scores no metric below data/quality-baseline.json', () => {
    const regressions = compareToBaseline(report, baseline);
    expect(
      regressions.map((r) => r.message),
      'run `pnpm eval` to see what was missed; lower the baseline only on purpose',
    ).toEqual([]);
  });

  it('ships the same scores in quality.json as a consumer computes from the CSVs', () => {
    const shipped = JSON.parse(readFileSync(join(out, 'quality.json'), 'utf8')) as QualityReport;
    expect(shipped).toEqual(JSON.parse(JSON.stringify(report)));
  });
});
