/** quality.json and quality.md, the files a build adds to the dataset so that each release states its accuracy. */
import type { TableSet } from '@dossier/validate';
import type { BenchmarksFile } from './benchmarks.js';
import { renderMarkdown } from './render.js';
import { scoreDataset, type GoldFile, type QualityReport } from './report.js';

/** Same shape as ExtraFile of @dossier/export (kept structural so this package needs no export dependency). */
export interface QualityFile {
  path: string;
  content: string;
  resource: Record<string, unknown>;
}

/**
 * With `benchmarks` (the published dataset's build), quality.json also carries the out-of-sample figures and
 * says that its own gold is in-sample; without, it is the gold report alone.
 */
export function qualityFiles(report: QualityReport, benchmarks?: BenchmarksFile): QualityFile[] {
  const json = benchmarks ? { ...report, gold_is: benchmarks.in_sample.label, benchmarks } : report;
  return [
    {
      path: 'quality.json',
      content: `${JSON.stringify(json, null, 2)}\n`,
      resource: {
        name: 'quality',
        path: 'quality.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        title: 'Extraction quality',
        description:
          'Precision, recall and F1 of this dataset against hand-written gold annotations, per article and averaged (micro is the headline), with every missed and spurious item; in the published dataset also the figures on public benchmarks (benchmarks), which are the headline, as the gold articles are the ones the pipeline was developed on.',
      },
    },
    {
      path: 'quality.md',
      content: renderMarkdown(report, benchmarks),
      resource: {
        name: 'quality-md',
        path: 'quality.md',
        format: 'md',
        mediatype: 'text/markdown',
        encoding: 'utf-8',
        title: 'Extraction quality (Markdown)',
        description: 'The totals of quality.json as Markdown tables.',
      },
    },
  ];
}

/** Scores in-memory tables (as the build holds them) and renders both files. */
export function qualityFilesFor(tables: TableSet, golds: GoldFile[], benchmarks?: BenchmarksFile): QualityFile[] {
  return qualityFiles(scoreDataset(tables, golds), benchmarks);
}
