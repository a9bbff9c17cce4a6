/** `dossier eval` and `dossier build --gold`, end to end through the real pipeline, writer and reader. */
import { copyFileSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-helpers.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SEED = '000_5333fd87b6e1a47e';

function temp(prefix: string) {
  return mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
}

describe('dossier build --gold and dossier eval', () => {
  const input = temp('in');
  copyFileSync(join(ROOT, 'data/raw', `${SEED}.txt`), join(input, `${SEED}.txt`));
  // A second, invented article without gold: it must be skipped with a note.
  writeFileSync(
    join(input, 'zz_invented.txt'),
    ' date 2025-03-06 By Staff, Harbor Wire\n\nHarbor officials said on Tuesday that 40 ships were waiting.\n',
  );
  const out = join(temp('out'), 'dist');
  const built = runCli(['build', '--input', input, '--out', out, '--gold', join(ROOT, 'data/gold'), '--quiet']);

  it('adds quality.json and quality.md to the dataset as resources, and the dataset stays valid', async () => {
    expect((await built).code).toBe(0);
    const pkg = JSON.parse(readFileSync(join(out, 'datapackage.json'), 'utf8')) as {
      resources: Array<{ name: string; path: string; hash?: string }>;
    };
    const quality = pkg.resources.filter((r) => r.path.startsWith('quality.'));
    expect(quality.map((r) => r.name)).toEqual(['quality', 'quality-md']);
    expect(quality.every((r) => r.hash?.startsWith('sha256:'))).toBe(true);
    expect(JSON.parse(readFileSync(join(out, 'quality.json'), 'utf8'))).toMatchObject({
      format: 'dossier-quality/1',
      headline: 'micro',
      articles_scored: 1,
    });
    expect(readFileSync(join(out, 'quality.md'), 'utf8')).toMatch(/^# Extraction quality\n/);
    expect((await runCli(['validate', out])).code).toBe(0);
  });

  it('prints the table, lists per-article misses, notes articles without gold, and writes JSON', async () => {
    await built;
    const json = join(temp('json'), 'report.json');
    const run = await runCli(['eval', '--dataset', out, '--gold', join(ROOT, 'data/gold'), '--json', json]);
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/^persons +\d\.\d{3} +\d\.\d{3} +\d\.\d{3} +\d+\/\d+\/\d+/m);
    expect(run.stdout).toContain('note: skipped zz_invented: no gold file');
    expect(run.stdout).toContain(`── ${SEED}`);
    expect(run.stdout).toContain('rows whose span does not round-trip: 0');
    const report = JSON.parse(readFileSync(json, 'utf8'));
    expect(report.per_article.map((a: { article_id: string }) => a.article_id)).toEqual([SEED]);
    // The shipped quality.json is the same report a consumer computes from the CSVs.
    expect(JSON.parse(readFileSync(join(out, 'quality.json'), 'utf8'))).toEqual(report);
  });

  it('fails with exit 1 and names the metric when a score is below a baseline', async () => {
    await built;
    const baseline = join(temp('baseline'), 'baseline.json');
    writeFileSync(
      baseline,
      JSON.stringify({ description: 'test', scores: { 'persons.f1': 1.01 }, max_round_trip_failures: 0 }),
    );
    const run = await runCli([
      'eval',
      '--dataset',
      out,
      '--gold',
      join(ROOT, 'data/gold'),
      '--baseline',
      baseline,
      '--quiet',
    ]);
    expect(run.code).toBe(1);
    expect(run.stderr).toMatch(/regression: persons\.f1 dropped below the baseline: expected ≥ 1\.01, found \d/);
  });

  it('rejects a gold file that is malformed, naming the file and field', async () => {
    await built;
    const gold = temp('gold');
    const broken = JSON.parse(readFileSync(join(ROOT, 'data/gold', `${SEED}.gold.json`), 'utf8'));
    broken.timexes[0].nth = 'first';
    writeFileSync(join(gold, `${SEED}.gold.json`), JSON.stringify(broken));
    const run = await runCli(['eval', '--dataset', out, '--gold', gold, '--quiet']);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`${SEED}.gold.json`);
    expect(run.stderr).toContain('gold /timexes/0/nth must be integer');
  });

  it('explains a wrong command line', async () => {
    const run = await runCli(['eval', '--dataset', out]);
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('expected --dataset DIR and --gold FILE|DIR');
  });

  it.skipIf(!existsSync(join(ROOT, 'data/dist/datapackage.json')))(
    'pnpm eval mode skips an absent corpus with a note',
    async () => {
      const cwd = process.cwd();
      process.chdir(ROOT);
      try {
        const missing = join(temp('none'), 'corpus');
        // The benchmarks are pointed at absent folders too: this test is about the skip notes, not their scores.
        const run = await runCli([
          'eval',
          '--seed-and-corpus',
          '--corpus',
          missing,
          '--benchmarks',
          join(missing, 'benchmarks'),
          '--quiet',
        ]);
        expect(run.stdout).toContain(`corpus: ${missing} does not exist here; skipped`);
        expect(run.stdout).toContain(
          `polnear: ${join(missing, 'benchmarks', 'polnear-train-dev')} does not exist here; skipped`,
        );
        expect(run.stdout).toContain(
          `meantime: ${join(missing, 'benchmarks', 'meantime')} does not exist here; skipped`,
        );
        expect(run.stdout).toMatch(/^seed \(data\/dist vs data\/gold\)/m);
      } finally {
        process.chdir(cwd);
      }
    },
  );
});
