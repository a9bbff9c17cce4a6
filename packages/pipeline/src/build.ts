/**
 * buildDataset: read → process each article → check collisions → assemble → validate → write (the last three
 * scheduled by staged-export.ts). Nothing is written unless every article parsed and every row validated.
 */
import { DiagnosticsError, type Diagnostic } from '@dossier/core';
import { checkCollisions, listArticleEntries } from '@dossier/ingest';
import type { ArticleRows, Tables } from '@dossier/assemble';
import type { ExtraFile, SourceNote } from '@dossier/export';
import type { QuarantineRow } from '@dossier/schema';
import type { ArticleOutcome } from './process.js';
import { createArticleProcessor, decideThreads, type ProcessorStats } from './pool.js';
import type { QueueModeOptions } from './queue-coordinator.js';
import { invalidArticles, isExtractionFailure, quarantineRow } from './quarantine.js';
import { assembleValidateAndWrite, InvalidTablesError } from './staged-export.js';
import { guardOutputDir } from './out-guard.js';
import { readSourceNotes } from './sources.js';
import { CorpusSink, type ArticleFacts } from './corpus-sink.js';
import { join } from 'node:path';
import {
  streamAssembleValidateAndWrite,
  StreamedValidationFailed,
  type ArticleDigest,
  type StreamedCorpusOptions,
} from './streamed-corpus.js';
import { FragmentCache } from './fragment-cache.js';

/**
 * From this many articles, the corpus step runs table by table from rows spilled to disk (streamed-corpus.ts)
 * rather than on every row in memory. Below it the in-memory step is faster and its memory is small anyway.
 */
export const STREAM_THRESHOLD = 1000;

export interface BuildOptions {
  inputDir: string;
  outDir: string;
  version?: string;
  /** Called after each article, for progress display. */
  onArticle?: (done: number, total: number, outcome: ArticleOutcome) => void;
  /** Extra files to write beside the tables (e.g. quality.json), computed from the assembled tables once they passed validation. */
  extraFiles?: (tables: Tables) => ExtraFile[];
  /** Threads for the per-article stage (this one and jobs - 1 workers) and for the export (1 = in-process; default: all cores, in-process below POOL_THRESHOLD (100) articles). */
  jobs?: number;
  /** Per-article cache folder (see cache.ts); undefined = no cache. */
  cacheDir?: string;
  /** Fail, writing nothing, instead of quarantining an article (see quarantine.ts). */
  strict?: boolean;
  /**
   * How the corpus step holds the rows: 'memory' (every table at once, `BuildResult.tables`) or 'stream'
   * (one table at a time, from disk). Default: 'stream' from STREAM_THRESHOLD articles when no `extraFiles`
   * is asked for (they are computed from the whole tables), else 'memory'.
   */
  corpusStep?: 'memory' | 'stream';
  /**
   * Run the per-article stage as BullMQ jobs for `dossier worker`s (queue-coordinator.ts) instead of on this
   * machine; `cacheDir` is then the results folder the workers share, and is required.
   */
  queue?: QueueModeOptions;
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
  /** Every table, when the corpus step held them in memory (see `BuildOptions.corpusStep`). */
  tables?: Tables;
  /** Rows per table, in schema order. */
  rowCounts: Record<string, number>;
  /** Articles in the dataset (quarantined ones not counted). */
  articles: number;
  /** The articles left out, also written as the quarantine table; empty in a clean build. */
  quarantined: QuarantineRow[];
  bytesIn: number;
  timings: StageTimings;
  warnings: Diagnostic[];
  /** Threads used and cache hits. */
  processing: ProcessorStats;
  /** Threads that rendered the tables, this one included (1 = in-process). */
  exportThreads: number;
  /**
   * Articles whose rendered rows the streamed corpus step took from the fragment cache (hits) or rendered
   * afresh (misses), and those it copied from the previous build's tables instead (copied, table-store.ts);
   * set when it ran with a cache folder (fragment-cache.ts).
   */
  fragments?: { hits: number; misses: number; copied: number };
}

/** Optional sources.json in the input folder: { "<file>.txt": { "title": "...", "path": "https://..." } }. */
function readSources(
  inputDir: string,
  articles: Array<Pick<ArticleFacts, 'source_file' | 'outlet' | 'published'>>,
): SourceNote[] {
  const notes = readSourceNotes(inputDir);
  return articles.map((article) => {
    const note = notes[article.source_file];
    const fallback = `${article.outlet}, ${article.published} (${article.source_file})`;
    return note ? { title: note.title ?? fallback, ...(note.path ? { path: note.path } : {}) } : { title: fallback };
  });
}

/** The local processor, or the queue's (which serves no digests, so has no loadOutcome). */
type Processor = Omit<ReturnType<typeof createArticleProcessor>, 'loadOutcome'> &
  Partial<Pick<ReturnType<typeof createArticleProcessor>, 'loadOutcome'>>;

interface Processed {
  processed: ArticleRows[];
  quarantined: QuarantineRow[];
  bytesIn: number;
  warnings: Diagnostic[];
  processor: Processor;
  /** Holds the articles' rows on disk when the corpus step streams; `processed` is then empty. */
  sink?: CorpusSink;
}

/** The local processor, or the queue's; BullMQ and ioredis are loaded only for the queue mode. */
async function createProcessor(options: BuildOptions): Promise<Processor> {
  if (!options.queue) return createArticleProcessor({ jobs: options.jobs, cacheDir: options.cacheDir });
  if (options.cacheDir === undefined) throw new Error('the queue mode needs a results folder (cacheDir)');
  const { createQueueProcessor } = await import('./queue-coordinator.js');
  return createQueueProcessor(options.queue, options.cacheDir);
}

/**
 * Read, the per-article stage and the collision checks. Kept apart from assembly, validation and export so that
 * the per-article outcomes can be released once their rows are collected. An article an extractor threw on
 * is quarantined (or, with `strict`, stops the build); any other error stops the build.
 */
async function processArticles(options: BuildOptions, timings: StageTimings): Promise<Processed> {
  const t = performance.now();
  const listed = listArticleEntries(options.inputDir);
  const files = listed.files;
  // sources.json is checked before the articles are processed, so a typo in it costs no processing time.
  readSourceNotes(options.inputDir);
  if (files.length === 0 && listed.diagnostics.length === 0) {
    throw new DiagnosticsError([
      {
        ruleId: 'ingest/no-articles',
        source: 'ingest',
        severity: 'error',
        place: { file: options.inputDir },
        message: 'the input folder has no article files',
        expected: 'one or more *.txt files',
        actual: 'none',
      },
    ]);
  }
  let done = 0;
  const processor = await createProcessor(options);
  const load = processor.loadOutcome;
  const sink = streams(options, files.length)
    ? new CorpusSink(load && ((file: string) => load(options.inputDir, file)))
    : undefined;
  const indexOf = new Map(files.map((file, index) => [file, index]));
  let outcomes: Awaited<ReturnType<typeof processor.processAll>>;
  try {
    outcomes = await processor.processAll(
      options.inputDir,
      files,
      (outcome) => {
        done++;
        options.onArticle?.(done, files.length, outcome);
        sink?.take(indexOf.get(outcome.sourceFile)!, outcome);
      },
      { digests: sink !== undefined },
    );
  } catch (e) {
    sink?.remove();
    throw e;
  }
  timings.read = performance.now() - t;

  // Names that look like articles but cannot be read as one (a folder named x.txt, a link out of the folder).
  const diagnostics: Diagnostic[] = [...listed.diagnostics];
  const processed: ArticleRows[] = [];
  const quarantined: QuarantineRow[] = [];
  let bytesIn = 0;
  for (const [index, o] of outcomes.entries()) {
    timings.ingest += o.timings.ingest;
    timings.extract += o.timings.extract;
    const failures = options.strict ? [] : o.diagnostics.filter(isExtractionFailure);
    if (failures.length) quarantined.push(quarantineRow(o.sourceFile, 'extract', failures));
    diagnostics.push(...o.diagnostics.filter((d) => !failures.includes(d)));
    if (o.processed) {
      processed.push(o.processed);
      bytesIn += Buffer.byteLength(o.processed.rows.articles[0]!.body);
    } else bytesIn += sink?.factsOf(index)?.bodyBytes ?? 0;
  }
  diagnostics.push(
    ...checkCollisions(
      outcomes.map((o, index) => ({
        sourceFile: o.sourceFile,
        sha256: o.processed?.rows.articles[0]?.sha256 ?? sink?.factsOf(index)?.sha256,
      })),
    ),
  );
  const errors = diagnostics.filter((d) => d.severity === 'error');
  if (errors.length) {
    sink?.remove();
    throw new DiagnosticsError(errors);
  }
  return {
    processed,
    quarantined,
    bytesIn,
    warnings: [...processor.stats.cacheWarnings, ...diagnostics.filter((d) => d.severity === 'warning')],
    processor,
    ...(sink ? { sink } : {}),
  };
}

function streams(options: BuildOptions, articles: number): boolean {
  if (options.corpusStep === 'stream' && options.extraFiles)
    throw new Error("corpusStep 'stream' cannot compute extraFiles, which need every table in memory");
  return (
    (options.corpusStep ?? (articles >= STREAM_THRESHOLD && !options.extraFiles ? 'stream' : 'memory')) === 'stream'
  );
}

/**
 * The corpus step table by table from the spill. Undefined when validation found a problem: the caller then
 * runs the in-memory step, which lists the problems and quarantines the articles they belong to.
 */
async function streamCorpus(
  options: BuildOptions,
  sink: CorpusSink,
  fragments: StreamedCorpusOptions['fragments'],
  quarantined: QuarantineRow[],
  timings: StageTimings,
): Promise<Record<string, number> | undefined> {
  sink.spill.finish();
  const digests = sink.articleDigests();
  try {
    return await streamAssembleValidateAndWrite(
      options.outDir,
      sink,
      digests,
      {
        version: options.version ?? '0.0.0',
        sources: readSources(
          options.inputDir,
          digests.map((d) => sink.factsOf(d.index)!),
        ),
        quarantine: quarantined,
        validation: sink.validation,
        ...(fragments ? { fragments } : {}),
      },
      timings,
    );
  } catch (e) {
    if (e instanceof StreamedValidationFailed) return undefined;
    throw e;
  }
}

function countRows(tables: Tables): Record<string, number> {
  return Object.fromEntries(Object.entries(tables).map(([name, rows]) => [name, rows.length]));
}

export async function buildDataset(options: BuildOptions): Promise<BuildResult> {
  const timings: StageTimings = { read: 0, ingest: 0, extract: 0, assemble: 0, validate: 0, export: 0 };
  // Before any work: the output folder is replaced wholesale, so refuse one that holds anything but a previous build.
  guardOutputDir(options.inputDir, options.outDir);
  const { processed, quarantined, bytesIn, warnings, processor, sink } = await processArticles(options, timings);
  let articles = processed;
  const lateWarnings = sink?.warnings ?? [];
  if (sink) {
    try {
      // Beside the per-article entries (two-hex-digit folders), so one folder holds a build's whole cache.
      const fragments =
        options.cacheDir === undefined
          ? undefined
          : {
              cache: new FragmentCache(join(options.cacheDir, 'fragments')),
              articleKey: (digest: ArticleDigest) => processor.keyOf(sink.factsOf(digest.index)!.source_file),
              storeDir: join(options.cacheDir, 'tables'),
              copied: 0,
            };
      const rowCounts = await streamCorpus(options, sink, fragments, quarantined, timings);
      if (rowCounts) {
        const result = { articles: rowCounts.articles ?? 0, quarantined, bytesIn, timings, exportThreads: 1 };
        const reused = fragments
          ? { fragments: { hits: fragments.cache.hits, misses: fragments.cache.misses, copied: fragments.copied } }
          : {};
        return {
          ...result,
          rowCounts,
          warnings: [...warnings, ...sink.warnings],
          processing: processor.stats,
          ...reused,
        };
      }
      // A row did not validate: the in-memory step below finds which articles, as a build without the spill does.
      articles = sink.articleRows();
    } finally {
      sink.remove();
    }
  }
  const exportThreads = decideThreads(options.jobs, articles.length);
  const write = () =>
    assembleValidateAndWrite(
      options.outDir,
      articles,
      {
        version: options.version ?? '0.0.0',
        sources: readSources(
          options.inputDir,
          articles.map((a) => a.rows.articles[0]!),
        ),
        threads: exportThreads,
        quarantine: quarantined,
        ...(options.extraFiles ? { extraFiles: options.extraFiles } : {}),
      },
      timings,
    );
  let tables: Tables;
  try {
    tables = await write();
  } catch (e) {
    // Validation failed. Articles whose own rows are invalid are quarantined and the rest written; a problem
    // that belongs to no single article, or any problem under `strict`, fails the build.
    if (!(e instanceof InvalidTablesError) || options.strict) throw e;
    const invalid = invalidArticles(e.tables);
    if (invalid.size === 0) throw e;
    for (const [sourceFile, problems] of invalid) quarantined.push(quarantineRow(sourceFile, 'validate', problems));
    // Their rows came from the cache or were just written to it: never serve them as good data again.
    processor.forget([...invalid.keys()]);
    articles = articles.filter((a) => !invalid.has(a.rows.articles[0]!.source_file));
    tables = await write();
  }
  return {
    tables,
    rowCounts: countRows(tables),
    articles: articles.length,
    quarantined,
    bytesIn,
    timings,
    exportThreads,
    warnings: [...warnings, ...lateWarnings],
    processing: processor.stats,
  };
}
