/**
 * A seeded generator of synthetic news corpora for the benchmark.
 *
 * Source text: the paragraphs of the real articles in the given folders (the repository's data/raw and,
 * when present on this machine, ../shared/corpus; neither is copied into the repository). Each synthetic
 * article gets:
 * - a valid header: a random publication date (2018–2025), one or two invented authors, an invented outlet;
 * - 6 to 24 paragraphs drawn at random (with replacement) from the pool;
 * - names varied: every run of two capitalized words ("Given Family") is swapped for an invented name,
 *   consistently within the article (and a later bare "Family" follows the swap), so entity resolution
 *   sees many distinct people, as a growing corpus would;
 * - dates varied: "Month Day" gets a random month and day, four-digit years 2018–2025 a random year.
 * The same seed gives byte-identical corpora (xoroshiro128+ from pure-rand); no two articles are identical.
 */
import { mkdirSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { parseArticle } from '@dossier/ingest';
import { FAMILY_NAMES, GIVEN_NAMES, MONTHS, OUTLETS } from './names.js';

type Rng = ReturnType<typeof xoroshiro128plus>;

/** Paragraph texts of every parsable *.txt article in the folders (missing folders are skipped). */
export function paragraphPool(folders: string[]): string[] {
  const pool: string[] = [];
  for (const folder of folders) {
    if (!existsSync(folder)) continue;
    for (const file of readdirSync(folder)
      .filter((f) => f.endsWith('.txt'))
      .sort()) {
      const { doc } = parseArticle(file, readFileSync(join(folder, file)));
      if (!doc) continue;
      for (const p of doc.paragraphs) pool.push(doc.body.slice(p.start, p.end));
    }
  }
  if (pool.length === 0) throw new Error(`no article paragraphs found in ${folders.join(', ')}`);
  return pool;
}

function pick<T>(rng: Rng, items: readonly T[]): T {
  return items[uniformInt(rng, 0, items.length - 1)]!;
}

const TWO_CAPITALIZED = /\b(\p{Lu}[\p{Ll}’'-]+) (\p{Lu}[\p{Ll}’'-]+)\b/gu;
const MONTH_DAY = new RegExp(`\\b(${MONTHS.join('|')}) (\\d{1,2})\\b`, 'g');
const YEAR = /\b(201[89]|202[0-5])\b/g;

/** Replaces names and dates in one paragraph; `names` carries the article's consistent name swaps. */
function vary(rng: Rng, text: string, names: Map<string, string>): string {
  let out = text.replace(TWO_CAPITALIZED, (whole, _given: string, family: string) => {
    let swap = names.get(whole);
    if (!swap) {
      const newFamily = pick(rng, FAMILY_NAMES);
      swap = `${pick(rng, GIVEN_NAMES)} ${newFamily}`;
      names.set(whole, swap);
      if (!names.has(family)) names.set(family, newFamily);
    }
    return swap;
  });
  // Bare family names that were swapped earlier in the article follow the swap.
  out = out.replace(/\b\p{Lu}[\p{Ll}’'-]+\b/gu, (word) =>
    names.has(word) && !word.includes(' ') ? names.get(word)! : word,
  );
  out = out.replace(MONTH_DAY, () => `${pick(rng, MONTHS)} ${uniformInt(rng, 1, 28)}`);
  out = out.replace(YEAR, () => String(uniformInt(rng, 2018, 2025)));
  return out;
}

export function generateArticle(rng: Rng, pool: string[]): string {
  const year = uniformInt(rng, 2018, 2025);
  const date = `${year}-${String(uniformInt(rng, 1, 12)).padStart(2, '0')}-${String(uniformInt(rng, 1, 28)).padStart(2, '0')}`;
  const authors = Array.from(
    { length: uniformInt(rng, 1, 2) },
    () => `${pick(rng, GIVEN_NAMES)} ${pick(rng, FAMILY_NAMES)}`,
  );
  const names = new Map<string, string>();
  const paragraphs = Array.from({ length: uniformInt(rng, 6, 24) }, () => vary(rng, pick(rng, pool), names));
  return `date ${date} By ${authors.join(' and ')}, ${pick(rng, OUTLETS)}\n\n${paragraphs.join('\n\n')}\n`;
}

export interface GeneratedCorpus {
  dir: string;
  files: string[];
  bytes: number;
}

/** Writes `count` articles named gen_000001.txt … into `dir`. The first `count` articles of a seed never change with count. */
export function generateCorpus(options: {
  dir: string;
  count: number;
  seed: number;
  sources: string[];
  startAt?: number;
}): GeneratedCorpus {
  const pool = paragraphPool(options.sources);
  const rng = xoroshiro128plus(options.seed);
  mkdirSync(options.dir, { recursive: true });
  const seen = new Set<string>();
  const files: string[] = [];
  let bytes = 0;
  const first = options.startAt ?? 1;
  for (let n = 1; n < first + options.count; n++) {
    let text = generateArticle(rng, pool);
    let hash = createHash('sha256').update(text).digest('hex');
    while (seen.has(hash)) {
      text = generateArticle(rng, pool);
      hash = createHash('sha256').update(text).digest('hex');
    }
    seen.add(hash);
    if (n < first) continue;
    const file = `gen_${String(n).padStart(6, '0')}.txt`;
    writeFileSync(join(options.dir, file), text);
    files.push(file);
    bytes += Buffer.byteLength(text);
  }
  return { dir: options.dir, files, bytes };
}
