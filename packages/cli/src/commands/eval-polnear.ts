/**
 * `pnpm eval`'s PolNeAR section: convert one split of ../shared/benchmarks/polnear-train-dev into articles in a
 * temporary folder, build them, and score direct quotes and their speakers (see packages/evaluate/src/polnear).
 * Skipped with a note when the folder is absent.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatDiagnostic } from '@dossier/core';
import { loadPolnear, renderPolnear, scorePolnear, writePolnearArticles, type PolnearReport, type PolnearSplit } from '@dossier/evaluate';
import { buildDataset } from '@dossier/pipeline';
import { readDataset } from '@dossier/validate';


export async function scorePolnearFolder(dir: string, split: PolnearSplit, quiet: boolean, limit = Infinity): Promise<PolnearReport | null> {
  if (!existsSync(dir)) {
    process.stdout.write(`polnear: ${dir} does not exist here; skipped\n`);
    return null;
  }
  const input = mkdtempSync(join(tmpdir(), 'dossier-polnear-in-'));
  const out = mkdtempSync(join(tmpdir(), 'dossier-polnear-out-'));
  try {
    const docs = loadPolnear(dir, split, limit);
    writePolnearArticles(docs, input);
    await buildDataset({ inputDir: input, outDir: out });
    const { tables, diagnostics } = readDataset(out);
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const report = scorePolnear(tables, docs, split);
    process.stdout.write(renderPolnear(report, `polnear ${split} (${dir})`, quiet));
    return report;
  } finally {
    rmSync(input, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
