/** `dossier eval` on TempEval-3 (TBAQ-cleaned: TimeBank + AQUAINT): convert, build, score timexes. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticsError, formatDiagnostic } from '@dossier/core';
import { loadTimeml, renderTempeval, scoreTempeval, writeTimemlArticles, type TempevalReport } from '@dossier/evaluate';
import { buildDataset } from '@dossier/pipeline';
import { readDataset } from '@dossier/validate';

export const TEMPEVAL_DEFAULT = '../shared/benchmarks/tempeval3-train/TBAQ-cleaned';

/** Converts every .tml under `dir` into a temporary input folder, builds it, and prints the TempEval-3 scores. */
export async function scoreTempevalFolder(dir: string): Promise<TempevalReport | null> {
  if (!existsSync(dir)) {
    process.stdout.write(`tempeval-3: ${dir} does not exist here; skipped\n`);
    return null;
  }
  const input = mkdtempSync(join(tmpdir(), 'dossier-tempeval-in-'));
  const out = mkdtempSync(join(tmpdir(), 'dossier-tempeval-out-'));
  try {
    const articles = loadTimeml(dir);
    writeTimemlArticles(articles, input);
    await buildDataset({ inputDir: input, outDir: out });
    const { tables, diagnostics } = readDataset(out);
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const report = scoreTempeval(tables, articles);
    process.stdout.write(renderTempeval(report, `tempeval-3 train (${dir}, TimeBank + AQUAINT)`));
    return report;
  } catch (e) {
    if (e instanceof DiagnosticsError) {
      for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      throw new Error(`building the TempEval-3 articles failed with ${e.diagnostics.length} problem(s)`);
    }
    throw e;
  } finally {
    rmSync(input, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
