import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { DiagnosticsError, formatDiagnostic, type Diagnostic } from '@dossier/core';
import {
  baselineOf,
  compareToBaseline,
  improvements,
  loadMeantime,
  qualityFilesFor,
  readGold,
  conllMeasured,
  goldMeasured,
  meantimeMeasured,
  polnearMeasured,
  newsHtmlMeasured,
  tempevalMeasured,
  type Measured,
  renderMeantime,
  renderText,
  scoreDataset,
  scoreMeantime,
  writeMeantimeArticles,
  type Baseline,
  type MeantimeReport,
  type QualityFile,
  type QualityReport,
} from '@dossier/evaluate';
import { buildDataset } from '@dossier/pipeline';
import { readDataset, type TableSet } from '@dossier/validate';
import { EXIT, type Command } from '../command.js';
import { buildAndScore } from './eval-benchmark.js';
import { scoreTempevalFolder, TEMPEVAL_DEFAULT } from './eval-tempeval.js';
import { scoreNewsHtmlFolder } from './eval-news-html.js';
import { scorePolnearFolder } from './eval-polnear.js';
import { scoreConllFile } from './eval-conll.js';
import { BENCHMARKS_FILE, readBenchmarks, writeBenchmarks } from './eval-benchmarks.js';

const usage = `Usage: dossier eval --dataset DIR --gold FILE|DIR [--baseline FILE] [--json FILE] [--quiet]
       dossier eval --seed-and-corpus [--corpus DIR] [--meantime DIR] [--update-baseline] [--write-benchmarks] [--json FILE] [--quiet]
       dossier eval --meantime DIR [--json FILE]
       dossier eval --tempeval DIR [--json FILE]
       dossier eval --polnear DIR [--polnear-split train|dev] [--polnear-limit N] [--json FILE]

Scores a built dataset against hand-written gold annotations (<article_id>.gold.json, written by
the rules in data/gold/GUIDELINES.md). The dataset is read as a consumer would: datapackage.json, then the CSVs.
For each article and on average (micro = headline, macro beside it) it prints precision, recall and
F1 for persons, organizations, countries, places, roles, temporal expressions, quotes and quantities,
the accuracy of dates, speakers and numbers on matched spans, and the rows whose span does not
round-trip; then each article's missed and spurious items. Articles without gold are skipped with a note.

Options:
  --dataset DIR        a built dataset folder (with datapackage.json)
  --gold FILE|DIR      one gold file, or a folder of *.gold.json files
  --baseline FILE      also fail (exit 1) when a micro score drops below this baseline file
  --json FILE          write the full report(s) as JSON
  --seed-and-corpus    what \`pnpm eval\` runs: score data/dist against data/gold and check the
                       baseline (data/quality-baseline.json); then, when the corpus folder exists,
                       build it into a temporary folder and score it against its own gold files
  --corpus DIR         the development corpus (default: ../shared/corpus); skipped with a note when absent
  --benchmarks DIR     with --seed-and-corpus: the folder of public benchmarks (default: ../shared/benchmarks):
                       news-gold-dev (six gold articles on other topics, reported and not gated), meantime,
                       tempeval3-train, news-html-dev, polnear-train-dev and conll2003-dev, each skipped with a
                       note when absent
  --meantime DIR       the MEANTIME corpus (NewsReader, 120 Wikinews articles, CC BY 4.0; default with
                       --seed-and-corpus: ../shared/benchmarks/meantime, skipped with a note when absent):
                       rebuilds each document's text into an article in a temporary folder, builds it,
                       and scores named person/organization/location mentions and TIMEX3 spans and values
  --tempeval DIR       TempEval-3 training data (TimeBank + AQUAINT .tml; default with --seed-and-corpus:
                       ${TEMPEVAL_DEFAULT}, skipped with a note when absent): timex spans
                       (strict, relaxed) and values, scored as TempEval-3 did
  --polnear DIR        PolNeAR (political news attributions; default with --seed-and-corpus:
                       ../shared/benchmarks/polnear-train-dev, skipped with a note when absent): builds one
                       split (--polnear-split, default dev) and scores direct quotes and named speakers
                       (--seed-and-corpus also scores CoNLL-2003 dev, ../shared/benchmarks/conll2003-dev/valid.txt,
                       skipped when absent: exact-match PER/ORG/LOC, as conlleval scores it)
  --update-baseline    with --seed-and-corpus: write the seed's current scores as the new baseline
  --write-benchmarks   with --seed-and-corpus: write the figures of every benchmark measured (the corpus,
                       news-gold-dev, MEANTIME, TempEval-3, news-html, PolNeAR, CoNLL) to ${BENCHMARKS_FILE},
                       the committed out-of-sample figures the build ships in quality.json and quality.md;
                       a benchmark whose folder is absent keeps its last figures
  --quiet              print the totals only, not each article's missed and spurious items
  -h, --help           show this help

Exit codes: 0 scored, 1 a score fell below the baseline or a gold file or the dataset is broken,
2 bad command line.`;

/** The folder that holds the public benchmarks (`--benchmarks`); each is skipped with a note when absent. */
const BENCHMARKS = '../shared/benchmarks';
const SEED = { dataset: 'data/dist', gold: 'data/gold', baseline: 'data/quality-baseline.json' };

interface Scored {
  report: QualityReport;
  problems: Diagnostic[];
}

function scoreFolder(datasetDir: string, gold: string): Scored {
  const { tables, diagnostics } = readDataset(datasetDir);
  const { golds, diagnostics: goldDiagnostics } = readGold(gold);
  return { report: scoreDataset(tables, golds), problems: [...diagnostics, ...goldDiagnostics] };
}

function print(title: string, { report, problems }: Scored, quiet: boolean): void {
  for (const d of problems) process.stderr.write(`${formatDiagnostic(d)}\n`);
  let text = renderText(report, title);
  if (quiet) text = `${text.split('\n── ')[0]!.trimEnd()}\n`;
  process.stdout.write(`${text}\n`);
}

function checkBaseline(report: QualityReport, file: string): boolean {
  const baseline = JSON.parse(readFileSync(file, 'utf8')) as Baseline;
  const regressions = compareToBaseline(report, baseline);
  for (const r of regressions) process.stderr.write(`regression: ${r.message}\n`);
  const better = improvements(report, baseline);
  if (regressions.length === 0) {
    process.stdout.write(
      `baseline ${file}: no score below it${better.length ? `; above it: ${better.join(', ')} (raise it with pnpm eval --update-baseline)` : ''}\n`,
    );
  }
  return regressions.length === 0;
}

/** Builds a folder of articles with gold files beside them and scores it; `name` labels the printed report. */
async function scoreCorpus(corpus: string, quiet: boolean, name = 'corpus'): Promise<Scored | null> {
  if (!existsSync(corpus)) {
    process.stdout.write(`${name}: ${corpus} does not exist here; skipped (the seed was scored)\n`);
    return null;
  }
  const out = mkdtempSync(join(tmpdir(), 'dossier-eval-'));
  try {
    await buildDataset({ inputDir: corpus, outDir: out });
    const scored = scoreFolder(out, corpus);
    print(`${name} (${corpus})`, scored, quiet);
    return scored;
  } catch (e) {
    if (e instanceof DiagnosticsError) {
      for (const d of e.diagnostics) process.stderr.write(`${formatDiagnostic(d)}\n`);
      throw new Error(`building the corpus ${corpus} failed with ${e.diagnostics.length} problem(s)`);
    }
    throw e;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

/** MEANTIME: the documents rebuilt from their tokens, built, and scored on names and dates. */
function scoreMeantimeFolder(dir: string): Promise<MeantimeReport | null> {
  return buildAndScore({
    name: 'meantime',
    path: dir,
    load: loadMeantime,
    write: writeMeantimeArticles,
    score: scoreMeantime,
    render: (report) => renderMeantime(report, `meantime (${dir}, rebuilt from tokens)`),
  });
}

export const evaluate: Command = {
  name: 'eval',
  summary: 'score a dataset against gold annotations',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        dataset: { type: 'string' },
        gold: { type: 'string' },
        baseline: { type: 'string' },
        json: { type: 'string' },
        'seed-and-corpus': { type: 'boolean', default: false },
        corpus: { type: 'string', default: '../shared/corpus' },
        benchmarks: { type: 'string', default: BENCHMARKS },
        meantime: { type: 'string' },
        tempeval: { type: 'string' },
        polnear: { type: 'string' },
        'polnear-split': { type: 'string', default: 'dev' },
        'polnear-limit': { type: 'string' },
        'update-baseline': { type: 'boolean', default: false },
        'write-benchmarks': { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    const fail = (message: string) => {
      process.stderr.write(`dossier eval: ${message}\n\n${usage}\n`);
      return EXIT.usage;
    };

    if (values['seed-and-corpus']) {
      if (values.dataset || values.gold)
        return fail('--seed-and-corpus scores data/dist and the corpus; it takes no --dataset or --gold');
      const seed = scoreFolder(SEED.dataset, SEED.gold);
      print(`seed (${SEED.dataset} vs ${SEED.gold})`, seed, values.quiet);
      let ok = !seed.problems.some((d) => d.severity === 'error');
      if (values['update-baseline']) {
        writeFileSync(SEED.baseline, `${JSON.stringify(baselineOf(seed.report), null, 2)}\n`);
        process.stdout.write(`wrote ${SEED.baseline} from the seed's current scores\n`);
      } else {
        ok = checkBaseline(seed.report, SEED.baseline) && ok;
      }
      process.stdout.write('\n');
      const corpus = await scoreCorpus(values.corpus, values.quiet);
      if (corpus?.problems.some((d) => d.severity === 'error')) ok = false;
      process.stdout.write('\n');
      // Six gold articles on other topics than the corpus's: reported, not gated.
      const bench = (path: string) => join(values.benchmarks, path);
      const newsGoldDev = await scoreCorpus(
        bench('news-gold-dev'),
        values.quiet,
        'news-gold-dev (other topics; reported, not gated)',
      );
      process.stdout.write('\n');
      const meantime = await scoreMeantimeFolder(values.meantime ?? bench('meantime'));
      process.stdout.write('\n');
      const tempeval = await scoreTempevalFolder(values.tempeval ?? bench('tempeval3-train/TBAQ-cleaned'));
      const newsHtml = scoreNewsHtmlFolder(bench('news-html-dev'), values.quiet);
      process.stdout.write('\n');
      const polnear = await scorePolnearFolder(values.polnear ?? bench('polnear-train-dev'), 'dev', true);
      process.stdout.write('\n');
      const conll = await scoreConllFile(bench('conll2003-dev/valid.txt'));
      if (values['write-benchmarks']) {
        const measured = new Map<string, Measured>();
        if (corpus) measured.set('dev-corpus', goldMeasured(corpus.report));
        if (newsGoldDev) measured.set('news-gold-dev', goldMeasured(newsGoldDev.report));
        if (meantime) measured.set('meantime', meantimeMeasured(meantime));
        if (tempeval) measured.set('tempeval3', tempevalMeasured(tempeval));
        if (newsHtml) measured.set('news-html', newsHtmlMeasured(newsHtml));
        if (polnear) measured.set('polnear-dev', polnearMeasured(polnear));
        if (conll) measured.set('conll2003-dev', conllMeasured(conll));
        writeBenchmarks(measured);
      }
      if (values.json) {
        const reports = {
          seed: seed.report,
          corpus: corpus?.report ?? null,
          news_gold_dev: newsGoldDev?.report ?? null,
          meantime,
          tempeval,
          polnear,
          conll,
        };
        writeFileSync(values.json, `${JSON.stringify(reports, null, 2)}\n`);
      }
      return ok ? EXIT.ok : EXIT.dataError;
    }

    if (values['update-baseline']) return fail('--update-baseline only works with --seed-and-corpus');
    if (values['write-benchmarks']) return fail('--write-benchmarks only works with --seed-and-corpus');
    if (values.tempeval && !values.dataset && !values.gold) {
      const report = await scoreTempevalFolder(values.tempeval);
      if (!report) return EXIT.dataError;
      if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
      return EXIT.ok;
    }
    if (values.meantime && !values.dataset && !values.gold) {
      const report = await scoreMeantimeFolder(values.meantime);
      if (!report) return EXIT.dataError;
      if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
      return EXIT.ok;
    }
    if (values.polnear && !values.dataset && !values.gold) {
      const split = values['polnear-split'];
      if (split !== 'dev' && split !== 'train') return fail('--polnear-split is train or dev');
      const report = await scorePolnearFolder(
        values.polnear,
        split,
        values.quiet,
        values['polnear-limit'] ? Number(values['polnear-limit']) : Infinity,
      );
      if (!report) return EXIT.dataError;
      if (values.json) writeFileSync(values.json, `${JSON.stringify(report, null, 2)}\n`);
      return EXIT.ok;
    }
    if (!values.dataset || !values.gold)
      return fail('expected --dataset DIR and --gold FILE|DIR (or --seed-and-corpus)');
    const scored = scoreFolder(values.dataset, values.gold);
    print(`${values.dataset} vs ${values.gold}`, scored, values.quiet);
    let ok = !scored.problems.some((d) => d.severity === 'error');
    if (values.baseline) ok = checkBaseline(scored.report, values.baseline) && ok;
    if (values.json) writeFileSync(values.json, `${JSON.stringify(scored.report, null, 2)}\n`);
    return ok ? EXIT.ok : EXIT.dataError;
  },
};

/**
 * For `dossier build --gold DIR`: reads the gold files up front (a broken gold file stops the build before
 * any work) and returns the BuildOptions.extraFiles hook that adds quality.json and quality.md.
 */
export function qualityExtraFiles(goldDir: string, benchmarksFile?: string): (tables: object) => QualityFile[] {
  const { golds, diagnostics } = readGold(goldDir);
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new DiagnosticsError(errors);
  const benchmarks = benchmarksFile ? readBenchmarks(benchmarksFile) : undefined;
  return (tables) => qualityFilesFor(tables as TableSet, golds, benchmarks);
}
