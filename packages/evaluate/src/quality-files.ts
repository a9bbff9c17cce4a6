/** quality.json and quality.md, the files a build adds to the dataset so that each release states its accuracy. */
import type { TableSet } from '@dossier/validate';
import { renderMarkdown } from './render.js';
import { scoreDataset, type GoldFile, type QualityReport } from './report.js';

/** Same shape as ExtraFile of @dossier/export (kept structural so this package needs no export dependency). */
export interface QualityFile {
  path: string;
  content: string;
  resource: Record<string, unknown>;
}

export function qualityFiles(report: QualityReport): QualityFile[] {
  return [
    {
      path: 'quality.json',
      content: `${JSON.stringify(report, null, 2)}\n`,
      resource: {
        name: 'quality',
        path: 'quality.json',
        format: 'json',
        mediatype: 'application/json',
        encoding: 'utf-8',
        title: 'Extraction quality',
        description: 'Precision, recall and F1 of this dataset against hand-written gold annotations, per article and averaged (micro is the headline), with every missed and spurious item.',
      },
    },
    {
      path: 'quality.md',
      content: renderMarkdown(report),
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
export function qualityFilesFor(tables: TableSet, golds: GoldFile[]): QualityFile[] {
  return qualityFiles(scoreDataset(tables, golds));
}
