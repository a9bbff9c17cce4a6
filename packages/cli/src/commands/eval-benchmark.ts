/**
 * What every benchmark of `pnpm eval` does: convert its documents into article files in a temporary folder,
 * build them with the real pipeline, read the dataset back as a consumer would, score it and print the report.
 * A benchmark whose folder or file is absent is skipped with a note. Articles the build quarantined are named on
 * stderr, because the scores leave them out and whoever reads the figures must know.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticsError, formatDiagnostic } from '@dossier/core';
import { readDataset, type TableSet } from '@dossier/validate';
import { buildDataset } from '@dossier/pipeline';

export interface Benchmark<Docs, Report> {
  /** Short name for messages and temporary folders ("conll"). */
  name: string;
  /** The benchmark's folder or file. */
  path: string;
  load: (path: string) => Docs;
  write: (docs: Docs, inputDir: string) => void;
  score: (tables: TableSet, docs: Docs) => Report;
  render: (report: Report) => string;
}

export async function buildAndScore<Docs, Report>(b: Benchmark<Docs, Report>): Promise<Report | null> {
  if (!existsSync(b.path)) {
    process.stdout.write(`${b.name}: ${b.path} does not exist here; skipped\n`);
    return null;
  }
  const input = mkdtempSync(join(tmpdir(), `dossier-${b.name}-in-`));
  const out = mkdtempSync(join(tmpdir(), `dossier-${b.name}-out-`));
  try {
    const docs = b.load(b.path);
    b.write(docs, input);
    const { quarantined } = await buildDataset({ inputDir: input, outDir: out });
    for (const q of quarantined)
      process.stderr.write(
        `${b.name}: ${q.source_file} quarantined (${q.rule}: ${q.message}); the scores leave it out\n`,
      );
    const { tables, diagnostics } = readDataset(out);
    for (const d of diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
    const report = b.score(tables, docs);
    process.stdout.write(b.render(report));
    return report;
  } catch (e) {
    if (e instanceof DiagnosticsError) {
      for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      throw new Error(`building the ${b.name} articles failed with ${e.diagnostics.length} problem(s)`);
    }
    throw e;
  } finally {
    rmSync(input, { recursive: true, force: true });
    rmSync(out, { recursive: true, force: true });
  }
}
