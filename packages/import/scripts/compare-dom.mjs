// Measures the importer on the news-html dev pages: each DOM under Readability, with and without the
// headings put back (README, "Why these libraries").
// Run after building: node packages/import/scripts/compare-dom.mjs [BENCH_DIR]
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { linkedomDocument, runImport } from '../dist/index.js';
import { loadNewsHtmlBench, readImported, scoreImport } from '@dossier/evaluate';

const bench = process.argv[2] ?? '../shared/benchmarks/news-html-dev';
const jsdom = (html) => new JSDOM(html, { virtualConsole: new VirtualConsole() }).window.document;
const setups = {
  'linkedom + Readability + headings put back (the default)': { parseDom: linkedomDocument },
  'linkedom + Readability alone': { parseDom: linkedomDocument, restoreHeadings: false },
  'jsdom + Readability + headings put back': { parseDom: jsdom },
};
for (const [name, setup] of Object.entries(setups)) {
  const out = mkdtempSync(join(tmpdir(), 'dossier-compare-'));
  try {
    const t = performance.now();
    const { refusals } = runImport({ from: 'html', input: bench, out, ...setup });
    const seconds = (performance.now() - t) / 1000;
    const r = scoreImport(loadNewsHtmlBench(bench), readImported(out));
    const f = (x) => x.toFixed(3);
    console.log(
      `${name}: recall ${f(r.recall)} precision ${f(r.precision)} dates ${f(r.dates)} authors ${f(r.authors)} refused ${refusals.length} (${seconds.toFixed(1)} s)`,
    );
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
