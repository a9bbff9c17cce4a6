/** `dossier eval` on TempEval-3 (TBAQ-cleaned: TimeBank + AQUAINT): convert, build, score timexes. */
import { loadTimeml, renderTempeval, scoreTempeval, writeTimemlArticles, type TempevalReport } from '@dossier/evaluate';
import { buildAndScore } from './eval-benchmark.js';

export const TEMPEVAL_DEFAULT = '../shared/benchmarks/tempeval3-train/TBAQ-cleaned';

/** Converts every .tml under `dir` into a temporary input folder, builds it, and prints the TempEval-3 scores. */
export function scoreTempevalFolder(dir: string): Promise<TempevalReport | null> {
  return buildAndScore({
    name: 'tempeval-3',
    path: dir,
    load: loadTimeml,
    write: writeTimemlArticles,
    score: scoreTempeval,
    render: (report) => renderTempeval(report, `tempeval-3 train (${dir}, TimeBank + AQUAINT)`),
  });
}
