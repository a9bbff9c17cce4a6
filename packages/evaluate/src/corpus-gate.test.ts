/**
 * Issue 4's targets on the development corpus (../shared/corpus, outside the repository), measured by the same
 * scorer as `pnpm eval`: persons F1 ≥ 0.95 and roles F1 ≥ 0.90. Skips when the corpus is absent (a user's clone).
 * The thresholds are the issue's targets, not the measured scores, so the test guards against regressions
 * without pinning numbers.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { buildDataset } from '@dossier/pipeline';
import { readDataset } from '@dossier/validate';
import { readGold } from './read-gold.js';
import { scoreDataset, type QualityReport } from './report.js';

const corpus = fileURLToPath(new URL('../../../../shared/corpus/', import.meta.url));
const present = existsSync(corpus);
const out = mkdtempSync(join(tmpdir(), 'dossier-corpus-gate-'));
afterAll(() => rmSync(out, { recursive: true, force: true }));

describe.skipIf(!present)('development corpus against its gold', () => {
  let report: QualityReport;
  const scored = (async () => {
    await buildDataset({ inputDir: corpus, outDir: join(out, 'dist') });
    const gold = readGold(corpus);
    report = scoreDataset(readDataset(join(out, 'dist')).tables, gold.golds);
  })();

  it('finds the gold persons (F1 ≥ 0.95) and no spurious ones', async () => {
    await scored;
    expect(report.articles_scored).toBeGreaterThan(0);
    expect(report.micro.persons.f1, JSON.stringify(report.micro.persons)).toBeGreaterThanOrEqual(0.95);
    const spurious = report.per_article.flatMap((a) => a.metrics.persons.spurious.map((p) => `${a.article_id}: ${p}`));
    expect(spurious).toEqual([]);
  });

  it('finds the gold roles with person, title and affiliation (F1 ≥ 0.90)', async () => {
    await scored;
    expect(report.micro.roles.f1, JSON.stringify(report.micro.roles)).toBeGreaterThanOrEqual(0.9);
  });
});
