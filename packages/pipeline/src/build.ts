/**
 * buildDataset: read → process each article → check collisions → assemble → validate → write.
 * Nothing is written unless every article parsed and every row validated.
 */
import { DiagnosticsError, type Diagnostic } from '@dossier/core';
import { checkCollisions, listArticleEntries, readArticleFile } from '@dossier/ingest';
import { assembleEntityFreeTables, ResolvedAssembly, type ArticleRows, type Tables } from '@dossier/assemble';
import { validateTables } from '@dossier/validate';
import { writeDataset, type ExtraFile, type SourceNote } from '@dossier/export';
import { processArticle, type ArticleOutcome } from './process.js';
import { createArticleProcessor, decideThreads, type ProcessorStats } from './pool.js';
import { tableWriterWithWorkers } from './export-pool.js';
import { guardOutputDir } from './out-guard.js';
import { readSourceNotes } from './sources.js';

export interface BuildOptions {
  inputDir: string;
  outDir: string;
  version?: string;
  /** Called after each article, for progress display. */
  onArticle?: (done: number, total: number, outcome: ArticleOutcome) => void;
  /** Extra files to write beside the tables (e.g. quality.json), computed from the assembled tables once they passed validation. */
  extraFiles?: (tables: Tables) => ExtraFile[];
  /** Replaces the in-process loop, e.g. with a worker pool; must return outcomes in input order. */
  processAll?: (inputDir: string, files: string[], onDone: (outcome: ArticleOutcome) => void) => Promise<ArticleOutcome[]>;
  /** Worker threads for the per-article stage and for the export (1 = in-process; default: all cores, in-process below POOL_THRESHOLD (100) articles). */
  jobs?: number;
  /** Per-article cache folder (see cache.ts); undefined = no cache. */
  cacheDir?: string;
}

export interface StageTimings {
  read: number;
  ingest: number;
  extract: number;
  assemble: number;
  validate: number;
  export: number;
}

export interface BuildResult {
  tables: Tables;
  articles: number;
  bytesIn: number;
  timings: StageTimings;
  warnings: Diagnostic[];
  /** Threads used and cache hits (absent when options.processAll replaced the default processor). */
  processing?: ProcessorStats;
  /** Threads that rendered the tables, this one included (1 = in-process). */
  exportThreads: number;
}

/** Optional sources.json in the input folder (see sources.ts): a title and a link per article. */
function readSources(inputDir: string, processed: ArticleRows[]): SourceNote[] {
  const notes = readSourceNotes(inputDir);
  return processed.map(({ rows }) => {
    const article = rows.articles[0]!;
    const note = notes[article.source_file];
    const fallback = `${article.outlet}, ${article.published} (${article.source_file})`;
    return note ? { title: note.title ?? fallback, ...(note.path ? { path: note.path } : {}) } : { title: fallback };
  });
}

async function processInProcess(inputDir: string, files: string[], onDone: (o: ArticleOutcome) => void): Promise<ArticleOutcome[]> {
  return files.map((f) => {
    const outcome = processArticle(readArticleFile(inputDir, f));
    onDone(outcome);
    return outcome;
  });
}

interface Processed {
  processed: ArticleRows[];
  sources: SourceNote[];
  bytesIn: number;
  warnings: Diagnostic[];
  processing?: ProcessorStats;
}

/**
 * Read, the per-article stage and the collision checks. Kept apart from assembly, validation and export so that
 * the per-article outcomes can be released once their rows are collected.
 */
async function processArticles(options: BuildOptions, timings: StageTimings): Promise<Processed> {
  const t = performance.now();
  const listed = listArticleEntries(options.inputDir);
  const files = listed.files;
  // sources.json is checked before the articles are processed, so a typo in it costs no processing time.
  readSourceNotes(options.inputDir);
  if (files.length === 0 && listed.diagnostics.length === 0) {
    throw new DiagnosticsError([{ ruleId: 'ingest/no-articles', source: 'ingest', severity: 'error', place: { file: options.inputDir }, message: 'the input folder has no article files', expected: 'one or more *.txt files', actual: 'none' }]);
  }
  let done = 0;
  const processor = options.processAll ? undefined : createArticleProcessor({ jobs: options.jobs, cacheDir: options.cacheDir });
  const processAll = options.processAll ?? processor?.processAll ?? processInProcess;
  const outcomes = await processAll(options.inputDir, files, (outcome) => {
    done++;
    options.onArticle?.(done, files.length, outcome);
  });
  timings.read = performance.now() - t;

  // Names that look like articles but cannot be read as one (a folder named x.txt, a link out of the folder).
  const diagnostics: Diagnostic[] = [...listed.diagnostics];
  const processed: ArticleRows[] = [];
  let bytesIn = 0;
  for (const o of outcomes) {
    diagnostics.push(...o.diagnostics);
    timings.ingest += o.timings.ingest;
    timings.extract += o.timings.extract;
    if (o.processed) {
      processed.push(o.processed);
      bytesIn += Buffer.byteLength(o.processed.rows.articles[0]!.body);
    }
  }
  diagnostics.push(...checkCollisions(outcomes.map((o) => ({ sourceFile: o.sourceFile, sha256: o.processed?.rows.articles[0]!.sha256 }))));
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) throw new DiagnosticsError(errors);
  return {
    processed,
    sources: readSources(options.inputDir, processed),
    bytesIn,
    warnings: [...(processor?.stats.cacheWarnings ?? []), ...diagnostics.filter((d) => d.severity === 'warning')],
    ...(processor ? { processing: processor.stats } : {}),
  };
}

type AnyTables = Record<string, Array<Record<string, unknown>>>;

export async function buildDataset(options: BuildOptions): Promise<BuildResult> {
  const timings: StageTimings = { read: 0, ingest: 0, extract: 0, assemble: 0, validate: 0, export: 0 };
  // Before any work: the output folder is replaced wholesale, so refuse one that holds anything but a previous build.
  guardOutputDir(options.inputDir, options.outDir);
  const { processed, sources, bytesIn, warnings, processing } = await processArticles(options, timings);
  const articles = processed.length;

  // Assembly in steps, so that the export (on a worker thread for a large corpus) starts on each table as soon
  // as it is final: the tables without entity IDs at once, then mentions, the biggest, once entities are
  // resolved across articles, then the others.
  let t = performance.now();
  const entityFree = assembleEntityFreeTables(processed);
  const resolved = new ResolvedAssembly(processed, entityFree);
  timings.assemble = performance.now() - t;
  const step = (run: () => object) => () => {
    const t0 = performance.now();
    const tables = run() as AnyTables;
    timings.assemble += performance.now() - t0;
    return tables;
  };
  const later = [step(() => ({ mentions: resolved.mentions() })), step(() => resolved.rest())];

  // Validation runs while the export renders (on a large corpus, some tables render on a worker thread in the
  // meantime); a problem aborts the write, so the previous output stays as it was.
  const check = () => {
    const t0 = performance.now();
    const problems = validateTables(resolved.tables() as unknown as AnyTables);
    timings.validate = performance.now() - t0;
    if (problems.length) throw new DiagnosticsError(problems);
  };
  t = performance.now();
  const assembledBefore = timings.assemble;
  const exportThreads = decideThreads(options.jobs, articles);
  await writeDataset(options.outDir, { ready: entityFree as unknown as AnyTables, later }, {
    version: options.version ?? '0.0.0',
    sources,
    extraFiles: () => options.extraFiles?.(resolved.tables()) ?? [],
    check,
    ...(exportThreads > 1 ? { writeTables: tableWriterWithWorkers(exportThreads - 1) } : {}),
  });
  timings.export = performance.now() - t - timings.validate - (timings.assemble - assembledBefore);

  return { tables: resolved.tables(), articles, bytesIn, timings, exportThreads, warnings, ...(processing ? { processing } : {}) };
}
