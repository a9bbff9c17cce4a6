/** The docs-site benchmark's figures and their Markdown report (results/site.md), and the search timing. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

export interface SiteBuild {
  wallMs: number;
  /** User + system time of the build and its threads (GNU time): steadier than wall time on a shared machine. */
  cpuMs?: number;
  peakRssMb: number;
  /** The site-data step (shards and search index): files, and how many this build wrote. */
  dataFiles?: { files: number; written: number; unchanged: number; removed: number; reused: number };
  dataStepMs?: number;
}

export interface SiteSize {
  size: number;
  corpusBytes: number;
  cold: SiteBuild;
  site: { files: number; bytes: number; largest: number; pages: number };
  search: { files: number; bytes: number; largest: number; queries: number; medianMs: number; p95Ms: number };
  /** The warm build after one more article (at one size: the largest, or --plus-one's). */
  plusOne?: SiteBuild;
}

interface Entry {
  words: string[];
}

/**
 * Query time of the site search as the browser runs it: read and parse the query's shard, then filter it
 * (the same matching as src/lib/search-index.ts of the docs app: every query word starts an entry word).
 * Queries are the first word of 200 entity names, cut to four letters, drawn evenly from entities.json.
 */
export function searchLatency(
  searchDir: string,
  entitiesFile: string,
): { queries: number; medianMs: number; p95Ms: number } {
  const names = (JSON.parse(readFileSync(entitiesFile, 'utf8')) as Array<{ name: string }>).map((e) => e.name);
  const files = new Set(readdirSync(searchDir));
  const step = Math.max(1, Math.floor(names.length / 200));
  const times: number[] = [];
  for (let i = 0; i < names.length && times.length < 200; i += step) {
    const query = normalize(names[i]!)
      .split(/[^\p{L}\p{N}]+/u)
      .find(Boolean)
      ?.slice(0, 4);
    if (!query || query.length < 3) continue;
    const file = /^[a-z0-9-]+$/u.test(query.slice(0, 3)) ? `${query.slice(0, 3)}.json` : undefined;
    if (!file || !files.has(file)) continue;
    const started = performance.now();
    const shard = JSON.parse(readFileSync(join(searchDir, file), 'utf8')) as Entry[];
    const hits = shard.filter((e) => e.words.some((w) => w.startsWith(query)));
    times.push(performance.now() - started);
    if (hits.length === 0) throw new Error(`search: "${query}" (from "${names[i]}") found nothing in ${file}`);
  }
  times.sort((a, b) => a - b);
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))] ?? Number.NaN;
  return { queries: times.length, medianMs: at(0.5), p95Ms: at(0.95) };
}

function normalize(text: string): string {
  return text.toLocaleLowerCase('en').normalize('NFKD').replace(/\p{M}/gu, '');
}

const sec = (ms: number) => (ms / 1000).toFixed(1);
const mb = (bytes: number) => (bytes / 1e6).toFixed(1);
const gb = (mbValue: number) => (mbValue / 1024).toFixed(2);
const cpu = (b: SiteBuild) => (b.cpuMs === undefined ? '—' : `${sec(b.cpuMs)} s`);

export function renderSiteReport(input: {
  command: string;
  seed: number;
  loadBefore: number[];
  loadAfter: number[];
  reports: SiteSize[];
}): string {
  const lines = [
    '# Docs site at scale',
    '',
    `\`${input.command}\` · seed ${input.seed} · load average ${input.loadBefore[0]!.toFixed(2)} before, ${input.loadAfter[0]!.toFixed(2)} after`,
    '',
    '| articles | docs build | CPU | peak RSS | data step | built site | files | pages | search index | largest search shard | query median / p95 |',
    '|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  ];
  for (const r of input.reports) {
    lines.push(
      `| ${r.size.toLocaleString('en-US')} | ${sec(r.cold.wallMs)} s | ${cpu(r.cold)} | ${gb(r.cold.peakRssMb)} GB | ${r.cold.dataStepMs === undefined ? '—' : `${sec(r.cold.dataStepMs)} s`} | ${mb(r.site.bytes)} MB | ${r.site.files.toLocaleString('en-US')} | ${r.site.pages.toLocaleString('en-US')} | ${mb(r.search.bytes)} MB in ${r.search.files} shards | ${(r.search.largest / 1e3).toFixed(0)} KB | ${r.search.medianMs.toFixed(2)} / ${r.search.p95Ms.toFixed(2)} ms |`,
    );
  }
  for (const last of input.reports) {
    if (!last.plusOne) continue;
    const p = last.plusOne;
    const files = p.dataFiles;
    lines.push(
      '',
      `**One more article at ${last.size.toLocaleString('en-US')}:** warm docs build ${sec(p.wallMs)} s (${((p.wallMs / last.cold.wallMs) * 100).toFixed(0)}% of the cold build's ${sec(last.cold.wallMs)} s)` +
        (p.cpuMs !== undefined && last.cold.cpuMs !== undefined
          ? `, CPU ${sec(p.cpuMs)} s (${((p.cpuMs / last.cold.cpuMs) * 100).toFixed(0)}% of ${sec(last.cold.cpuMs)} s)`
          : '') +
        `, peak RSS ${gb(p.peakRssMb)} GB` +
        (files
          ? `; data files: ${files.written} written, ${files.unchanged} recomputed but unchanged, ${files.reused} reused without recomputing, ${files.removed} removed, of ${files.files}.`
          : '.'),
    );
  }
  lines.push(
    '',
    'Docs build: the build script of apps/docs (`scripts/build.mjs`: the data step, then `astro build` only when the render key changed) on the generated dataset, under GNU time (peak RSS of its largest process; CPU is user + system time of all its threads). Data step: the shards and the search index (apps/docs/src/lib/site-data.ts), part of the build. Query: read, parse and filter one search shard in Node, for 200 four-letter name prefixes.',
    '',
  );
  return `${lines.join('\n')}\n`;
}
