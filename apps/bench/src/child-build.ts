/**
 * One measured build, run in its own process so that its peak RSS (worker threads included) is its own.
 * Usage: node child-build.js INPUT OUT JOBS|auto CACHE_DIR|none [QUEUE_URL] — prints one JSON line on stdout.
 * With QUEUE_URL, the per-article stage runs on `dossier worker`s and CACHE_DIR is their results folder.
 */
import { buildDataset, codeHash } from '@dossier/pipeline';

const [input, out, jobsArg, cacheArg, queueUrl] = process.argv.slice(2) as [string, string, string, string, string?];
// Other builds may recompile the packages meanwhile; the report flags runs whose code changed under them.
const codeBefore = codeHash();
const started = performance.now();
const result = await buildDataset({
  inputDir: input,
  outDir: out,
  jobs: jobsArg === 'auto' ? undefined : Number(jobsArg),
  cacheDir: cacheArg === 'none' ? undefined : cacheArg,
  ...(queueUrl ? { queue: { url: queueUrl } } : {}),
});
const wallMs = performance.now() - started;
const rows = result.rowCounts;
process.stdout.write(
  `${JSON.stringify({ wallMs, articles: result.articles, bytesIn: result.bytesIn, timings: result.timings, processing: result.processing, rows, peakRssMb: process.resourceUsage().maxRSS / 1024, codeChanged: codeHash() !== codeBefore, code: codeBefore.slice(0, 12) })}\n`,
);
