/**
 * `pnpm bench:pathological`: per-byte time on generated pathological inputs, relative to the seed article's.
 * Each input is processed (ingest + extract + per-article assembly, `processArticle`) at two sizes, n and 4n
 * bytes. Two figures per input:
 * - **× seed**: its time per byte at 4n divided by the seed's time per byte. A bounded ratio is the point:
 *   an input that costs 40× the seed per byte is a denial of service waiting for a bigger file.
 * - **growth**: time per byte at 4n divided by time per byte at n. Linear code gives about 1; quadratic code
 *   gives about 4.
 * Inputs: named cases from issue 15 (spaces in the byline, "Mr. " repeated, one long word, a natural
 * paragraph of real sentences) and a seeded fuzz of repeated hostile atoms (white space, titles, quotes,
 * commas, "and", digits, brackets, dashes, capitalized words) in the body and in the byline.
 * It is a benchmark, not a test: it prints a Markdown table (and writes results/pathological.md and .json
 * unless --no-write), and exits 1 when an input exceeds --max-ratio or --max-growth, so a run says which.
 *
 * Options: --size N (bytes of the smaller input; default 5000)  --fuzz N (fuzz cases; default 12)
 *          --seed N  --max-ratio R (default 20)  --max-growth G (default 2.5)  --no-write
 */
import { readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { processArticle } from '@dossier/pipeline/process';
import { paragraphPool } from './generate.js';

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url));
const resultsDir = fileURLToPath(new URL('../results/', import.meta.url));

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '5000' },
    fuzz: { type: 'string', default: '12' },
    seed: { type: 'string', default: '20261206' },
    'max-ratio': { type: 'string', default: '20' },
    'max-growth': { type: 'string', default: '2.5' },
    'no-write': { type: 'boolean', default: false },
  },
});
const size = Number(values.size);
const maxRatio = Number(values['max-ratio']);
const maxGrowth = Number(values['max-growth']);

const HEADER = 'date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\n';
const SHORT_BODY = 'The harbour board met on Tuesday.\n';

/** An input of about `bytes` bytes: the article's full text. */
type Case = { name: string; make: (bytes: number) => string };

function repeatTo(unit: string, bytes: number): string {
  return unit.repeat(Math.max(1, Math.ceil(bytes / Buffer.byteLength(unit))));
}

function naturalParagraph(bytes: number): string {
  const sources = [join(repoRoot, 'data/raw'), join(repoRoot, '../shared/corpus')].filter((d) => existsSync(d));
  const pool = paragraphPool(sources);
  const parts: string[] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const p = pool[i % pool.length]!;
    parts.push(p);
    total += Buffer.byteLength(p) + 1;
  }
  return `${HEADER}${parts.join(' ')}\n`;
}

const NAMED: Case[] = [
  {
    name: 'spaces in the header byline',
    make: (n) => `date 2024-05-14 By Lena${repeatTo(' ', n)}Sorvik, Harbour Ledger\n\n${SHORT_BODY}`,
  },
  { name: '"Mr. " repeated', make: (n) => `${HEADER}${repeatTo('Mr. ', n)}\n` },
  { name: 'one long word', make: (n) => `${HEADER}${repeatTo('x', n)}\n` },
  { name: 'a natural paragraph (real sentences, one line)', make: naturalParagraph },
  { name: 'many short paragraphs', make: (n) => `${HEADER}${repeatTo('The board met.\n\n', n)}` },
];

const ATOMS = [
  ' ',
  '  ',
  '\u00a0',
  'Mr. ',
  'Dr. ',
  '"',
  '“',
  '”',
  ', ',
  'and ',
  '2024 ',
  '12 ',
  '(',
  ')',
  '— ',
  '-',
  'Harbour ',
  'Minister ',
  'said ',
  'on Tuesday ',
  '.',
  "'s ",
  'of the ',
  'A',
];

/** A seeded fuzz case: two to four atoms repeated in a fixed pattern, in the body or in the byline. */
function fuzzCase(rng: ReturnType<typeof xoroshiro128plus>, index: number): Case {
  const count = uniformInt(rng, 2, 4);
  const unit = Array.from({ length: count }, () => ATOMS[uniformInt(rng, 0, ATOMS.length - 1)]!).join('');
  const inByline = uniformInt(rng, 0, 3) === 0;
  const shown = JSON.stringify(unit);
  if (inByline) {
    // The byline holds no comma of its own, so that the last comma still introduces the outlet.
    const safe = unit.replace(/,/g, '');
    return {
      name: `fuzz ${index}: byline of ${JSON.stringify(safe)}`,
      make: (n) => `date 2024-05-14 By Lena ${repeatTo(safe || ' ', n)} Sorvik, Harbour Ledger\n\n${SHORT_BODY}`,
    };
  }
  return { name: `fuzz ${index}: body of ${shown}`, make: (n) => `${HEADER}${repeatTo(unit, n)}\n` };
}

/**
 * Milliseconds to process `text`, the best of `runs` (the minimum is the least disturbed by other load); an
 * input that takes over a second is run once, so that a quadratic case costs one long run, not three.
 */
function timeOf(text: string, runs = 3): number {
  const bytes = new TextEncoder().encode(text);
  let best = Infinity;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    const outcome = processArticle({ sourceFile: 'input.txt', bytes });
    best = Math.min(best, performance.now() - t0);
    if (best > 1000) break;
    const crash = outcome.diagnostics.find((d) => d.ruleId === 'extract/internal-error');
    if (crash) throw new Error(`processArticle failed: ${crash.message}`);
  }
  return best;
}

interface Row {
  name: string;
  smallBytes: number;
  largeBytes: number;
  smallMs: number;
  largeMs: number;
  ratio: number;
  growth: number;
  ok: boolean;
}

function measure(c: Case, seedPerByte: number): Row {
  const small = c.make(size);
  const large = c.make(size * 4);
  const [smallBytes, largeBytes] = [Buffer.byteLength(small), Buffer.byteLength(large)];
  const [smallMs, largeMs] = [timeOf(small), timeOf(large)];
  const ratio = largeMs / largeBytes / seedPerByte;
  const growth = largeMs / largeBytes / (smallMs / smallBytes);
  return {
    name: c.name,
    smallBytes,
    largeBytes,
    smallMs,
    largeMs,
    ratio,
    growth,
    ok: ratio <= maxRatio && growth <= maxGrowth,
  };
}

const seedText = readFileSync(join(repoRoot, 'data/raw/000_5333fd87b6e1a47e.txt'), 'utf8');
timeOf(seedText, 3); // warm up: wink-nlp's model, the lexicons and the JIT
const seedMs = timeOf(seedText, 5);
const seedPerByte = seedMs / Buffer.byteLength(seedText);

const rng = xoroshiro128plus(Number(values.seed));
const cases = [...NAMED, ...Array.from({ length: Number(values.fuzz) }, (_, i) => fuzzCase(rng, i + 1))];
const rows: Row[] = [];
for (const c of cases) {
  process.stderr.write(`bench:pathological: ${c.name}\n`);
  rows.push(measure(c, seedPerByte));
}

const lines = [
  '# Pathological inputs: time per byte',
  '',
  `Seed article: ${Buffer.byteLength(seedText)} bytes in ${seedMs.toFixed(1)} ms (${(seedPerByte * 1000).toFixed(2)} µs/byte). Each input at n and 4n bytes (n = ${size}); best of 3 runs of \`processArticle\` (1 run above a second).`,
  `Limits: × seed ≤ ${maxRatio}, growth ≤ ${maxGrowth} (1 = linear, 4 = quadratic).`,
  '',
  '| input | bytes (4n) | ms (n) | ms (4n) | × seed per byte | growth | |',
  '|---|---:|---:|---:|---:|---:|---|',
  ...rows.map(
    (r) =>
      `| ${r.name.replace(/\|/g, '\\|')} | ${r.largeBytes} | ${r.smallMs.toFixed(1)} | ${r.largeMs.toFixed(1)} | ${r.ratio.toFixed(2)} | ${r.growth.toFixed(2)} | ${r.ok ? 'ok' : '**over**'} |`,
  ),
  '',
];
const report = lines.join('\n');
process.stdout.write(`${report}\n`);
if (!values['no-write']) {
  writeFileSync(join(resultsDir, 'pathological.md'), report);
  writeFileSync(
    join(resultsDir, 'pathological.json'),
    `${JSON.stringify({ seedBytes: Buffer.byteLength(seedText), seedMs, size, maxRatio, maxGrowth, rows }, null, 2)}\n`,
  );
}
process.exitCode = rows.every((r) => r.ok) ? 0 : 1;
