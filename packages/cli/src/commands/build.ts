import { parseArgs } from 'node:util';
import { DiagnosticsError, formatDiagnostic } from '@dossier/core';
import { buildDataset, isUnsafeOutput, queueUrlProblem } from '@dossier/pipeline';
import { EXIT, type Command } from '../command.js';
import { createLog } from '../log.js';
import { createProgress } from '../progress.js';

const usage = `Usage: dossier build [--input DIR] [--out DIR] [--dataset-version X.Y.Z] [--jobs N] [--cache DIR|--no-cache] [--gold DIR [--benchmarks FILE]] [--strict] [--quiet|--verbose]
       dossier build --queue redis://HOST:PORT[/DB] --results DIR [other options as above]

Turns every *.txt article in the input folder into a validated dataset in the output folder:
one CSV and one JSON file per table, and datapackage.json. Nothing is written unless every
article parses; the previous output stays as it was. An article that an extractor fails on, or
whose rows do not validate, is left out and listed in quarantine.csv, and the rest is written
(exit code 3); with --strict, nothing is written instead (exit code 1).

Options:
  --input DIR            folder of article files (default: data/raw)
  --out DIR              output folder (default: data/dist)
  --dataset-version V    version written into datapackage.json (default: 0.0.0)
  --jobs N               threads for the per-article stage, this one included (default: all cores;
                         fewer than 100 articles to process run in-process; 1 = always)
  --cache DIR            per-article cache folder (default: node_modules/.cache/dossier)
  --no-cache             process every article afresh and write no cache
  --gold DIR             gold annotations (*.gold.json): adds quality.json and quality.md,
                         the dataset's scores against them, as resources of the dataset
  --benchmarks FILE      with --gold: the out-of-sample figures (data/benchmarks.json, written by
                         pnpm eval --write-benchmarks) to lead quality.json and quality.md with;
                         the gold articles are then labelled as the ones the pipeline was developed on
  --queue URL            run the per-article stage on \`dossier worker\`s instead of this machine: the
                         articles not already in --results are queued on this Redis server
                         (redis://HOST:PORT[/DB]) in batches, and read back from --results as the
                         workers finish them; then the corpus step runs here as usual. Fails, writing
                         nothing, when Redis is unreachable for 10 s or a batch fails 3 times
  --results DIR          with --queue: the results folder every worker writes to (their --results;
                         shared, e.g. over NFS); it is this build's per-article cache (default: --cache)
  --strict               fail instead of quarantining an article (the published dataset
                         is built with it, so a release is all or nothing)
  --quiet                print errors only
  --verbose              print per-stage timings and warnings
  -h, --help             show this help

The output folder is replaced as a whole, so the build refuses (exit 2, nothing read or written) an --out
that equals, contains or lies inside --input; that contains a repository (a folder with .git) or lies in
a .git folder; that is an existing file; or that is an existing non-empty folder without a
datapackage.json written by dossier. Leftovers of killed builds (.OUT.tmp-PID-*, .OUT.old-PID-*) whose
process is gone are removed by the next build.

Exit codes: 0 built, 1 bad input or invalid data (every problem is listed), 2 bad command line or an
--out the build refuses to replace, 3 built without the quarantined articles (each is listed).`;

export const build: Command = {
  name: 'build',
  summary: 'build the dataset from a folder of articles',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        input: { type: 'string', default: 'data/raw' },
        out: { type: 'string', default: 'data/dist' },
        'dataset-version': { type: 'string', default: '0.0.0' },
        jobs: { type: 'string' },
        cache: { type: 'string', default: 'node_modules/.cache/dossier' },
        'no-cache': { type: 'boolean', default: false },
        gold: { type: 'string' },
        benchmarks: { type: 'string' },
        queue: { type: 'string' },
        results: { type: 'string' },
        strict: { type: 'boolean', default: false },
        quiet: { type: 'boolean', default: false },
        verbose: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    if (values.benchmarks && !values.gold) {
      process.stderr.write('dossier build: --benchmarks goes with --gold (the figures are shipped in quality.json)\n');
      return EXIT.usage;
    }
    const jobs = values.jobs === undefined ? undefined : Number(values.jobs);
    if (jobs !== undefined && !(Number.isInteger(jobs) && jobs >= 1)) {
      process.stderr.write(`dossier build: --jobs expects a whole number of 1 or more, found "${values.jobs}"\n`);
      return EXIT.usage;
    }
    const queueProblem = queueOptionsProblem(values.queue, values.results, values['no-cache']);
    if (queueProblem) {
      process.stderr.write(`dossier build: ${queueProblem}\n`);
      return EXIT.usage;
    }
    const log = createLog(values.quiet ? 'quiet' : values.verbose ? 'verbose' : 'normal');
    const progress = createProgress({ level: log.level });
    const started = performance.now();
    try {
      // The scoring code is imported only when --gold asks for it: loading it cost every build a few hundred
      // milliseconds of start-up.
      const quality = values.gold
        ? (await import('./eval.js')).qualityExtraFiles(values.gold, values.benchmarks)
        : undefined;
      const result = await buildDataset({
        inputDir: values.input,
        outDir: values.out,
        version: values['dataset-version'],
        jobs,
        cacheDir: values['no-cache'] ? undefined : (values.results ?? values.cache),
        ...(values.queue ? { queue: { url: values.queue, onStatus: log.info } } : {}),
        strict: values.strict,
        onArticle: (done, total) => progress.update(done, total),
        ...(quality ? { extraFiles: quality } : {}),
      }).finally(() => progress.stop());
      const p = result.processing;
      if (p?.queue)
        log.info(
          `per-article stage: ${p.queue.batches} batch(es) on ${p.queue.url}, ${p.cacheHits} article(s) already in the results folder`,
        );
      else if (p)
        log.detail(
          `per-article stage: ${p.pooled ? `${p.jobs} threads (this one and ${p.jobs - 1} worker${p.jobs > 2 ? 's' : ''})` : 'in-process'}, cache ${p.cacheHits} hit(s), ${p.cacheMisses} miss(es)`,
        );
      log.detail(`export: ${result.exportThreads > 1 ? `${result.exportThreads} worker threads` : 'in-process'}`);
      // A cache entry that did not verify is worth knowing about without --verbose: someone or something edited the cache.
      for (const w of result.warnings)
        (w.ruleId === 'pipeline/cache-entry-invalid' ? log.info : log.detail)(formatDiagnostic(w));
      const seconds = (performance.now() - started) / 1000;
      const counts = Object.entries(result.rowCounts)
        .map(([name, rows]) => `${name} ${rows}`)
        .join(', ');
      log.info(`built ${values.out} from ${result.articles} article(s) in ${seconds.toFixed(2)} s: ${counts}`);
      log.detail(
        `stage timings (ms): ${Object.entries(result.timings)
          .map(([k, v]) => `${k} ${v.toFixed(1)}`)
          .join(', ')}`,
      );
      if (result.quarantined.length === 0) return EXIT.ok;
      for (const q of result.quarantined) log.error(`${q.source_file}  quarantined  ${q.message}  [${q.rule}]`);
      log.error(
        `${result.quarantined.length} article(s) quarantined: left out of ${values.out} and listed in its quarantine.csv (please report them with the files; --strict fails instead)`,
      );
      return EXIT.quarantined;
    } catch (e) {
      if (e instanceof DiagnosticsError) {
        for (const d of e.diagnostics) log.error(formatDiagnostic(d));
        if (e.diagnostics.every(isUnsafeOutput)) {
          log.error(`build refused: ${values.out} was not changed and nothing was read`);
          return EXIT.usage;
        }
        log.error(`build failed: ${e.diagnostics.length} problem(s); ${values.out} was not changed`);
        return EXIT.dataError;
      }
      throw e;
    }
  },
};

function queueOptionsProblem(queue: string | undefined, results: string | undefined, noCache: boolean) {
  if (queue === undefined) return results === undefined ? undefined : '--results goes with --queue';
  if (noCache) return '--no-cache does not go with --queue: the workers hand their results over in the results folder';
  return queueUrlProblem(queue);
}
