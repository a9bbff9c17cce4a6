/**
 * `pnpm bench`: generates seeded corpora (default 100, 1,000 and 10,000 articles) in a temp folder and
 * measures, per size, a full parallel build, a single-threaded build (sizes ≤ 1,000, compared byte for
 * byte with the parallel output), the baselines, and for the largest size an incremental rebuild after
 * adding one article. Prints a Markdown report and writes it to apps/bench/results/.
 *
 * Options: --sizes 100,1000,10000  --seed N  --runs N (full builds per size, median reported; default 3)
 *          --large (add 30,000 and 100,000 articles, one full build each)
 *          --queue-size N (the size at which the queue mode is measured against the pool; default 1000, 0 = skip)
 *          --keep (keep the temp folder)  --no-write (don't touch results/)
 *          --site 1000,10000 (also the docs site at these sizes: src/site.ts, results/site.md)
 */
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { availableParallelism, cpus, loadavg, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.js';
import { runSiteBench } from './site.js';
import { measureQueueMode, renderQueueMode, type QueueModeRun } from './queue-mode.js';
import { renderReport, type BaselineRun, type BuildRun, type SizeReport } from './report.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));

const { values } = parseArgs({
  options: {
    sizes: { type: 'string', default: '100,1000,10000' },
    seed: { type: 'string', default: '20261126' },
    runs: { type: 'string', default: '3' },
    large: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    'no-write': { type: 'boolean', default: false },
    // The docs site at these sizes too (src/site.ts; slow: a docs build per size).
    site: { type: 'string' },
    'queue-size': { type: 'string', default: '1000' },
  },
});
/**
 * The sizes that show whether memory stays flat (issue 21): a cold build of 100,000 articles takes many
 * minutes, so they run only when asked for, and once each rather than `runs` times.
 */
const LARGE_SIZES = [30_000, 100_000];
const sizes = [...values.sizes.split(',').map(Number), ...(values.large ? LARGE_SIZES : [])];
const runsFor = (size: number) => (values.large && LARGE_SIZES.includes(size) ? 1 : runs);
const seed = Number(values.seed);
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1)
  throw new Error(`--runs must be a whole number of 1 or more, found ${values.runs}`);
const sources = [join(repoRoot, 'data/raw'), join(repoRoot, '../shared/corpus')];
const usedSources = sources.filter((s) => existsSync(s));

/**
 * Copies the compiled packages, the schemas and this app into the work folder, with the third-party
 * node_modules linked, and runs every measured build from that copy. Builds by other people on the same
 * checkout then cannot change the code halfway through a run (which would spoil the cache and identity checks).
 */
function snapshotCode(into: string): string {
  const snap = join(into, 'code');
  for (const part of ['packages', 'schemas', 'apps/bench']) {
    cpSync(join(repoRoot, part), join(snap, part), {
      recursive: true,
      verbatimSymlinks: true,
      filter: (src) => !/[\\/](src|\.turbo)$/.test(src) || src.includes('node_modules'),
    });
  }
  symlinkSync(join(repoRoot, 'node_modules'), join(snap, 'node_modules'));
  return join(snap, 'apps/bench/dist');
}

let childDir = here;

/**
 * The Node flags in the shebang of the `dossier` command (packages/cli/bin/dossier.js), so that measured
 * builds run as a user's `dossier build` does.
 */
function cliNodeFlags(): string[] {
  const shebang = readFileSync(join(repoRoot, 'packages/cli/bin/dossier.js'), 'utf8').split('\n', 1)[0]!;
  const match = /^#!\/usr\/bin\/env (?:-S )?node((?: --[\w-]+(?:=\S+)?)*)$/.exec(shebang);
  if (!match)
    throw new Error(
      `packages/cli/bin/dossier.js: expected a shebang like "#!/usr/bin/env -S node --flag", found ${JSON.stringify(shebang)}`,
    );
  return match[1]!.trim().split(' ').filter(Boolean);
}
const buildFlags = cliNodeFlags();

function runChild<T>(script: string, args: string[], nodeFlags: string[] = []): T {
  const out = execFileSync(process.execPath, [...nodeFlags, join(childDir, script), ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

function sameFolders(a: string, b: string): boolean {
  const names = readdirSync(a).sort();
  if (names.join('\0') !== readdirSync(b).sort().join('\0')) return false;
  return names.every((n) => readFileSync(join(a, n)).equals(readFileSync(join(b, n))));
}

const log = (message: string) => process.stderr.write(`bench: ${message}\n`);
const loadBefore = loadavg();
const work = mkdtempSync(join(tmpdir(), 'dossier-bench-'));
const reports: SizeReport[] = [];
let queueMode: QueueModeRun | undefined;
try {
  childDir = snapshotCode(work);
  for (const size of sizes) {
    const input = join(work, `corpus-${size}`);
    const corpus = generateCorpus({ dir: input, count: size, seed, sources: usedSources });
    // The machine is shared and a single build's time varies by several percent: each size is built `runs`
    // times and the median run is reported, with every run's wall time beside it.
    const parallelRuns: BuildRun[] = [];
    for (let run = 1; run <= runsFor(size); run++) {
      log(
        `${size} articles generated (${(corpus.bytes / 1e6).toFixed(1)} MB); parallel build ${run} of ${runsFor(size)}…`,
      );
      parallelRuns.push(
        runChild<BuildRun>('child-build.js', [input, join(work, `out-${size}-parallel`), 'auto', 'none'], buildFlags),
      );
    }
    const parallel = [...parallelRuns].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((parallelRuns.length - 1) / 2)]!;
    let single: BuildRun | undefined;
    let identical: boolean | undefined;
    if (size <= 1000) {
      log(`${size}: single-threaded build…`);
      single = runChild<BuildRun>('child-build.js', [input, join(work, `out-${size}-single`), '1', 'none'], buildFlags);
      identical = sameFolders(join(work, `out-${size}-parallel`), join(work, `out-${size}-single`));
    }
    log(`${size}: baselines…`);
    const baseline = runChild<BaselineRun>('child-baseline.js', [input]);
    const report: SizeReport = {
      size,
      bytes: corpus.bytes,
      parallel,
      parallelWalls: parallelRuns.map((r) => r.wallMs),
      single,
      identical,
      baseline,
    };
    // Before the incremental step, which adds an article to this corpus.
    if (size === Number(values['queue-size']))
      queueMode = await measureQueueMode({
        size,
        bytes: corpus.bytes,
        input,
        work,
        cli: join(childDir, '../../../packages/cli/bin/dossier.js'),
        nodeFlags: buildFlags,
        pool: parallel,
        poolOut: join(work, `out-${size}-parallel`),
        build: (args) => runChild<BuildRun>('child-build.js', args, buildFlags),
        sameFolders,
        log,
      });
    if (size === Math.max(...sizes)) {
      const cache = join(work, `cache-${size}`);
      log(`${size}: cold build filling the cache…`);
      const cold = runChild<BuildRun>(
        'child-build.js',
        [input, join(work, `out-${size}-cold`), 'auto', cache],
        buildFlags,
      );
      generateCorpus({ dir: input, count: 1, startAt: size + 1, seed, sources: usedSources });
      log(`${size}: one article added; warm rebuild…`);
      const warm = runChild<BuildRun>(
        'child-build.js',
        [input, join(work, `out-${size}-warm`), 'auto', cache],
        buildFlags,
      );
      report.incremental = { cold, warm };
    }
    reports.push(report);
  }
} finally {
  if (values.keep) log(`kept ${work}`);
  else rmSync(work, { recursive: true, force: true });
}

const machine = {
  cpus: availableParallelism(),
  cpuModel: cpus()[0]?.model ?? 'unknown',
  memoryGb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  date: new Date().toISOString(),
  loadBefore,
  loadAfter: loadavg(),
};
const command = `pnpm bench${values.sizes !== '100,1000,10000' ? ` --sizes ${values.sizes}` : ''}${runs !== 3 ? ` --runs ${runs}` : ''}${values.large ? ' --large' : ''}${values['queue-size'] !== '1000' ? ` --queue-size ${values['queue-size']}` : ''}`;
const mainReport = renderReport({
  command,
  seed,
  sources: usedSources.map((s) => s.replace(repoRoot, '')),
  machine,
  nodeFlags: buildFlags,
  reports,
});
const markdown = `${mainReport}${queueMode ? renderQueueMode(queueMode) : ''}`;
process.stdout.write(markdown);
if (!values['no-write']) {
  const dir = join(here, '../results');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'latest.md'), markdown);
  writeFileSync(
    join(dir, 'latest.json'),
    `${JSON.stringify({ command, seed, machine, nodeFlags: buildFlags, reports, queueMode }, null, 2)}\n`,
  );
  log(`wrote ${join(dir, 'latest.md')} and latest.json`);
}
if (values.site)
  runSiteBench(['--sizes', values.site, '--seed', String(seed), ...(values['no-write'] ? ['--no-write'] : [])]);
