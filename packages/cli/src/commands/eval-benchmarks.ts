/**
 * data/benchmarks.json, the committed out-of-sample figures: `pnpm eval --write-benchmarks` rewrites it from
 * what this run measured (benchmarks whose folder is absent keep their last figures), and `dossier build
 * --benchmarks FILE` ships it inside quality.json and quality.md.
 */
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import {
  BENCHMARKS_FORMAT,
  benchmarksFile,
  renderBenchmarksText,
  type BenchmarksFile,
  type Measured,
} from '@dossier/evaluate';

export const BENCHMARKS_FILE = 'data/benchmarks.json';
/** The dataset's version names the code that measured the figures (no clock time: the file stays deterministic). */
const DATASET_PACKAGE = 'data/package.json';

/** Reads a benchmarks file, or throws naming the file and what is wrong with it. */
export function readBenchmarks(file: string): BenchmarksFile {
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`${file}: cannot read the benchmark figures: ${(e as Error).message}`);
  }
  const format = (parsed as { format?: unknown } | null)?.format;
  if (format !== BENCHMARKS_FORMAT || !Array.isArray((parsed as { benchmarks?: unknown }).benchmarks)) {
    throw new Error(
      `${file}: expected a "${BENCHMARKS_FORMAT}" file with a benchmarks list, found format ${JSON.stringify(format)}`,
    );
  }
  return parsed as BenchmarksFile;
}

export function writeBenchmarks(measured: ReadonlyMap<string, Measured>, file: string = BENCHMARKS_FILE): void {
  const version = (JSON.parse(readFileSync(DATASET_PACKAGE, 'utf8')) as { version: string }).version;
  const previous = existsSync(file) ? readBenchmarks(file) : undefined;
  const next = benchmarksFile(measured, version, previous);
  const temp = `${file}.tmp-${process.pid}`;
  writeFileSync(temp, `${JSON.stringify(next, null, 2)}\n`);
  renameSync(temp, file);
  process.stdout.write(
    `wrote ${file} (${measured.size} benchmark(s) measured now, dataset version ${version}):\n${renderBenchmarksText(next)}`,
  );
}
