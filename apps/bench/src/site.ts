/**
 * `pnpm bench:site` (or `pnpm bench --site 1000,10000`): the docs site at scale (issue 23). Per size, in a
 * temporary repository layout: generate the corpus (src/generate.ts), build the dataset with the pipeline
 * (not measured here: the main benchmark measures it), then measure a cold build of the docs site
 * (wall time, peak RSS, the built site's size, pages and data files, the search index's size) and the
 * search's query time. At the largest size, one more article is added, the dataset rebuilt, and the warm
 * site build measured: how long it takes and how many data files it rewrote.
 * Writes results/site.md and results/site.json (unless --no-write).
 *
 * Options: --sizes 1000,10000,100000  --seed N  --keep  --no-write
 *   --plus-one SIZE   measure the one-more-article build at this size (default: the largest)
 *   --work DIR        build in DIR and keep it; a size whose dataset DIR/n<size>/data/dist already holds is
 *                     reused as it is (the 100,000-article dataset takes minutes to build), not regenerated
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { generateCorpus } from './generate.js';
import { renderSiteReport, searchLatency, type SiteBuild, type SiteSize } from './site-report.js';

const here = fileURLToPath(new URL('.', import.meta.url));
const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const docsDir = join(repoRoot, 'apps/docs');

export function siteBenchOptions(argv = process.argv.slice(2)) {
  return parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string', default: '1000,10000,100000' },
      seed: { type: 'string', default: '20261126' },
      keep: { type: 'boolean', default: false },
      'no-write': { type: 'boolean', default: false },
      'plus-one': { type: 'string' },
      work: { type: 'string' },
    },
  }).values;
}

const log = (line: string) => process.stderr.write(`${line}\n`);

/** Every file under `dir` with its size; hard links count once per path, as a host serves them. */
function folderStats(dir: string): { files: number; bytes: number; largest: number } {
  let files = 0;
  let bytes = 0;
  let largest = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const size = statSync(join(entry.parentPath, entry.name)).size;
    files++;
    bytes += size;
    largest = Math.max(largest, size);
  }
  return { files, bytes, largest };
}

function countPages(dir: string): number {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter(
    (f) => f === 'index.html' || f.endsWith('/index.html'),
  ).length;
}

/** A repository layout the docs build reads with DOSSIER_ROOT: the dataset, the schemas, the test fixtures. */
function layout(root: string): void {
  cpSync(join(repoRoot, 'schemas'), join(root, 'schemas'), { recursive: true });
  cpSync(join(repoRoot, 'pnpm-workspace.yaml'), join(root, 'pnpm-workspace.yaml'));
  cpSync(join(docsDir, 'test/fixtures'), join(root, 'apps/docs/test/fixtures'), { recursive: true });
}

/** The dataset, built by the benchmark's own measured-build child (the pipeline's buildDataset, all cores). */
function buildDataset(raw: string, root: string): void {
  execFileSync(process.execPath, [join(here, 'child-build.js'), raw, join(root, 'data/dist'), 'auto', 'none'], {
    stdio: ['ignore', 'ignore', 'inherit'],
  });
}

/** One docs build under GNU time, which reports the peak RSS of the build's largest process. */
function buildSite(root: string, out: string): SiteBuild {
  const started = performance.now();
  const run = spawnSync(
    '/usr/bin/time',
    // The docs package's build: the data step, then `astro build` only when Astro's inputs changed.
    ['-f', 'peak-rss-kb %M cpu-s %U %S', process.execPath, join(docsDir, 'scripts/build.mjs'), '--outDir', out],
    {
      cwd: docsDir,
      env: {
        ...process.env,
        DOSSIER_ROOT: root,
        DOSSIER_SITE_DATA: join(root, 'site-data'),
        ASTRO_TELEMETRY_DISABLED: '1',
      },
      encoding: 'utf8',
      maxBuffer: 512 * 1024 * 1024,
    },
  );
  const wallMs = performance.now() - started;
  if (run.status !== 0)
    throw new Error(`docs build of ${root} failed (exit ${run.status}):\n${`${run.stdout}${run.stderr}`.slice(-4000)}`);
  const time = /peak-rss-kb (\d+) cpu-s ([\d.]+) ([\d.]+)/u.exec(run.stderr);
  return {
    wallMs,
    peakRssMb: time ? Number(time[1]) / 1024 : Number.NaN,
    ...(time ? { cpuMs: (Number(time[2]) + Number(time[3])) * 1000 } : {}),
    ...dataStep(run.stdout),
  };
}

/** The site-data step's log line ("N data files (… MB): W written, U unchanged, R removed, K reused …, in S s"). */
function dataStep(output: string): Pick<SiteBuild, 'dataFiles' | 'dataStepMs'> {
  const m =
    /(\d+) data files \([\d.]+ MB\): (\d+) written, (\d+) unchanged, (\d+) removed, (\d+) reused without recomputing, in ([\d.]+) s/u.exec(
      output,
    );
  if (!m) return {};
  const [files, written, unchanged, removed, reused, seconds] = m.slice(1).map(Number) as [
    number,
    number,
    number,
    number,
    number,
    number,
  ];
  return { dataFiles: { files, written, unchanged, removed, reused }, dataStepMs: seconds * 1000 };
}

function measureSize(work: string, size: number, seed: number, sources: string[], incremental: boolean): SiteSize {
  const root = join(work, `n${size}`);
  const raw = join(root, 'raw');
  let corpus: { bytes: number };
  if (existsSync(join(root, 'data/dist/datapackage.json')) && existsSync(raw)) {
    log(`site ${size}: reusing the dataset in ${root}`);
    corpus = { bytes: folderStats(raw).bytes };
  } else {
    log(`site ${size}: generating and building the dataset`);
    corpus = generateCorpus({ dir: raw, count: size, seed, sources });
    layout(root);
    buildDataset(raw, root);
  }
  log(`site ${size}: cold docs build`);
  const out = join(root, 'site');
  const cold = buildSite(root, out);
  const site = folderStats(out);
  const search = folderStats(join(out, 'data/search'));
  const result: SiteSize = {
    size,
    corpusBytes: corpus.bytes,
    cold,
    site: { ...site, pages: countPages(out) },
    search: { ...search, ...searchLatency(join(out, 'data/search'), join(root, 'data/dist/entities.json')) },
  };
  if (incremental) {
    log(`site ${size}: one more article, warm docs build`);
    generateCorpus({ dir: raw, count: 1, seed, sources, startAt: readdirSync(raw).length + 1 });
    buildDataset(raw, root);
    result.plusOne = buildSite(root, out);
  }
  return result;
}

export function runSiteBench(argv = process.argv.slice(2)): string {
  const values = siteBenchOptions(argv);
  const sizes = values.sizes.split(',').map(Number);
  const seed = Number(values.seed);
  const sources = [join(repoRoot, 'data/raw'), join(repoRoot, '../shared/corpus')].filter((s) => existsSync(s));
  const plusOneAt = values['plus-one'] ? Number(values['plus-one']) : Math.max(...sizes);
  const work = values.work ?? mkdtempSync(join(tmpdir(), 'dossier-bench-site-'));
  mkdirSync(work, { recursive: true });
  const loadBefore = loadavg();
  const reports: SiteSize[] = [];
  try {
    for (const size of sizes) reports.push(measureSize(work, size, seed, sources, size === plusOneAt));
  } finally {
    if (!values.keep && !values.work) rmSync(work, { recursive: true, force: true });
    else log(`kept ${work}`);
  }
  const markdown = renderSiteReport({
    command: `pnpm bench:site --sizes ${values.sizes}${values['plus-one'] ? ` --plus-one ${values['plus-one']}` : ''}`,
    seed,
    loadBefore,
    loadAfter: loadavg(),
    reports,
  });
  process.stdout.write(markdown);
  if (!values['no-write']) {
    const dir = fileURLToPath(new URL('../results/', import.meta.url));
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'site.md'), markdown);
    writeFileSync(join(dir, 'site.json'), `${JSON.stringify({ seed, sizes, reports }, null, 2)}\n`);
  }
  return markdown;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) runSiteBench();
