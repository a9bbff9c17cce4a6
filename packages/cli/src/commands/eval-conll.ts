/** `pnpm eval`'s CoNLL-2003 dev part: the stories rebuilt from their tokens, built, and scored as conlleval does. */
import { loadConll, renderConll, scoreConll, writeConllArticles, type ConllReport } from '@dossier/evaluate';
import { buildAndScore } from './eval-benchmark.js';

export const CONLL_DEV = '../shared/benchmarks/conll2003-dev/valid.txt';

export function scoreConllFile(file: string = CONLL_DEV): Promise<ConllReport | null> {
  return buildAndScore({
    name: 'conll',
    path: file,
    load: loadConll,
    write: writeConllArticles,
    score: scoreConll,
    render: (report) => renderConll(report, `conll2003 dev (${file}, rebuilt from tokens)`),
  });
}
