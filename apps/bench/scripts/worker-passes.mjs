// Runs the pipeline's per-article worker (packages/pipeline/dist/worker.bundle.js, as a pool thread loads it) over
// the first COUNT articles of a folder, PASSES times, in this thread: a fixed amount of per-article work to count
// instructions on, without the pool, the cache or the corpus steps (README, "Counting instructions").
//
//   node --predictable --hash-seed=1 --random-seed=1 apps/bench/scripts/worker-passes.mjs REPO DIR [COUNT] [PASSES]
//
// REPO is the repository whose built worker bundle runs (a copy of another branch's built tree compares
// branches); DIR a folder of article files, e.g. generated ones. Prints the number of outcomes, so that the
// work cannot be skipped.
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [repo, dir, count = '200', passes = '2'] = process.argv.slice(2);
if (!repo || !dir) {
  console.error('usage: worker-passes.mjs REPO DIR [COUNT] [PASSES]');
  process.exit(2);
}
const bundle = pathToFileURL(resolve(repo, 'packages/pipeline/dist/worker.bundle.js')).href;
const { default: processInWorker } = await import(bundle);
const files = readdirSync(dir)
  .filter((name) => name.endsWith('.txt'))
  .sort()
  .slice(0, Number(count));
const batch = files.map((name) => ({
  sourceFile: join(dir, name),
  bytes: new Uint8Array(readFileSync(join(dir, name))),
}));
let outcomes = 0;
for (let pass = 0; pass < Number(passes); pass++) outcomes += processInWorker(batch).length;
console.log(`${outcomes} outcomes (${files.length} articles × ${passes} passes)`);
