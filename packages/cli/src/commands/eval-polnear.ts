/**
 * `pnpm eval`'s PolNeAR section: convert one split of ../shared/benchmarks/polnear-train-dev into articles in a
 * temporary folder, build them, and score direct quotes and their speakers (see packages/evaluate/src/polnear).
 * Skipped with a note when the folder is absent.
 */
import {
  loadPolnear,
  renderPolnear,
  scorePolnear,
  writePolnearArticles,
  type PolnearReport,
  type PolnearSplit,
} from '@dossier/evaluate';
import { buildAndScore } from './eval-benchmark.js';

export function scorePolnearFolder(
  dir: string,
  split: PolnearSplit,
  quiet: boolean,
  limit = Infinity,
): Promise<PolnearReport | null> {
  return buildAndScore({
    name: 'polnear',
    path: dir,
    load: (path) => loadPolnear(path, split, limit),
    write: writePolnearArticles,
    score: (tables, docs) => scorePolnear(tables, docs, split),
    render: (report) => renderPolnear(report, `polnear ${split} (${dir})`, quiet),
  });
}
