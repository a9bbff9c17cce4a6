/** `pnpm eval`'s CoNLL-2003 dev part: convert the stories into a temporary input folder, build, read back, score. */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticsError, formatDiagnostic } from '@dossier/core';
import { loadConll, renderConll, scoreConll, writeConllArticles, type ConllReport } from '@dossier/evaluate';
import { buildDataset } from '@dossier/pipeline';
import { readDataset } from '@dossier/validate';

export const CONLL_DEV = '../shared/benchmarks/conll2003-dev/valid.txt';

export async function scoreConllFile(file: string = CONLL_DEV): Promise<ConllReport | null> {
  if (!existsSync(file)) {
    process.stdout.write(`conll: ${file} does not exist here; skipped\n`);
    return null;
  }
  const input = mkdtempSync(join(tmpdir(), 'dossier-conll-in-'));
  const out = mkdtempSync(join(tmpdir(), 'dossier-conll-out-'));
  try {
    const docs = loadConll(file);
    writeConllArticles(docs, input);
    await buildDataset({ inputDir: input, outDir: out });
    const { tables, diagnostics } = readDataset(out);
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const report = scoreConll(tables, docs);
    process.stdout.write(renderConll(report, `conll2003 dev (${file}, rebuilt from tokens)`));
    return report;
  } catch (e) {
    if (e instanceof DiagnosticsError) {
      for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      throw new Error(`building the CoNLL articles failed with ${e.diagnostics.length} problem(s)`);
    }
    throw e;
  } finally {
    rmSync(input, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
