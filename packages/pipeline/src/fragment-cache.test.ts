/** The fragment cache: a warm streamed build reuses unchanged articles' rendered rows and writes the cold build's bytes. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from './build.js';
import { FragmentCache } from './fragment-cache.js';
import { TableStore } from './table-store.js';

const temp = (prefix: string) => mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));

/** Invented news articles; names and places are made up for these tests. */
function article(day: number, speaker: string): string {
  return [
    `date 2024-05-${String(day).padStart(2, '0')} By Lena Vasquez, Coastline Courier`,
    '',
    `BRANTWICK (Coastline Courier) — ${speaker} said on Monday that the ferry terminal would reopen "before summer."`,
    '',
    `The council approved ${day + 3} new berths on May ${day}, according to a statement from the Brantwick Harbour Board.`,
    '',
  ].join('\n');
}

function readFolder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

/** The per-article entries (two-hex-digit folders beside fragments/, tables/ and digests/). */
function entryFiles(cacheDir: string): string[] {
  return readdirSync(cacheDir)
    .filter((shard) => /^[0-9a-f]{2}$/.test(shard))
    .flatMap((shard) => readdirSync(join(cacheDir, shard)).map((f) => join(cacheDir, shard, f)));
}

function fragmentFiles(cacheDir: string): string[] {
  const root = join(cacheDir, 'fragments');
  return readdirSync(root).flatMap((shard) => readdirSync(join(root, shard)).map((f) => join(root, shard, f)));
}

const stream = { jobs: 1, corpusStep: 'stream' as const };

/** A warm build's output must be byte for byte what a build of the same input without cache writes. */
async function expectSameAsBuildWithoutCache(input: string, warmOut: string): Promise<void> {
  const freshOut = join(temp('out'), 'd');
  await buildDataset({ inputDir: input, outDir: freshOut, ...stream });
  expect(readFolder(warmOut)).toEqual(readFolder(freshOut));
}

describe('the fragment cache of the streamed corpus step', () => {
  it('reuses the rendered rows of unchanged articles, and writes the bytes of a build without cache', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    for (const day of [3, 4, 5]) writeFileSync(join(input, `b0${day}.txt`), article(day, 'Mayor Odile Brandt'));
    const cold = await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    expect(cold.fragments).toEqual({ hits: 0, misses: 3, copied: 0 });

    writeFileSync(join(input, 'b06.txt'), article(6, 'Mayor Odile Brandt'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.processing).toMatchObject({ cacheHits: 3, cacheMisses: 1 });
    // Copied from the previous build's tables, not from their fragments.
    expect(warm.fragments).toEqual({ hits: 0, misses: 1, copied: 3 });

    await expectSameAsBuildWithoutCache(input, warmOut);
    const memoryOut = join(temp('out'), 'd');
    await buildDataset({ inputDir: input, outDir: memoryOut, jobs: 1, corpusStep: 'memory' });
    expect(readFolder(warmOut)).toEqual(readFolder(memoryOut));

    // Without the store, the fragments serve the same articles.
    rmSync(join(cacheDir, 'tables'), { recursive: true });
    const fromFragments = await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    expect(fromFragments.fragments).toEqual({ hits: 4, misses: 0, copied: 0 });
  });

  it('copies runs of unchanged articles from the previous tables around removed, changed and added ones', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    for (const day of [1, 2, 3, 4, 5, 6])
      writeFileSync(join(input, `g0${day}.txt`), article(day, 'Mayor Odile Brandt'));
    const firstOut = join(temp('out'), 'd');
    await buildDataset({ inputDir: input, outDir: firstOut, cacheDir, ...stream });
    rmSync(join(input, 'g02.txt'));
    writeFileSync(join(input, 'g04.txt'), article(4, 'Councillor Piet Amsel'));
    writeFileSync(join(input, 'g00.txt'), article(9, 'Mayor Odile Brandt'));
    writeFileSync(join(input, 'g07.txt'), article(7, 'Mayor Odile Brandt'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.fragments).toEqual({ hits: 0, misses: 3, copied: 4 });
    await expectSameAsBuildWithoutCache(input, warmOut);
    // The index the warm build wrote points at its own files: a build of the same input copies every article.
    const againOut = join(temp('out'), 'd');
    const again = await buildDataset({ inputDir: input, outDir: againOut, cacheDir, ...stream });
    expect(again.fragments).toEqual({ hits: 0, misses: 0, copied: 7 });
    expect(readFolder(againOut)).toEqual(readFolder(warmOut));
  });

  it('does not copy from a table file that changed since it was written (edited through the output)', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    for (const day of [1, 2]) writeFileSync(join(input, `h0${day}.txt`), article(day, 'Mayor Odile Brandt'));
    const firstOut = join(temp('out'), 'd');
    await buildDataset({ inputDir: input, outDir: firstOut, cacheDir, ...stream });
    // In place, as an editor saving the file would: the store's link is the same file.
    const mentions = join(firstOut, 'mentions.csv');
    writeFileSync(mentions, readFileSync(mentions, 'utf8').replace('Brandt', 'Brandx'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.fragments).toEqual({ hits: 2, misses: 0, copied: 0 });
    await expectSameAsBuildWithoutCache(input, warmOut);
  });

  it('trusts a stored file by its size, time and inode, and still catches one edited in place', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    for (const day of [1, 2]) writeFileSync(join(input, `k0${day}.txt`), article(day, 'Mayor Odile Brandt'));
    const firstOut = join(temp('out'), 'd');
    await buildDataset({ inputDir: input, outDir: firstOut, cacheDir, ...stream });
    const storeDir = join(cacheDir, 'tables');
    const indexPath = join(storeDir, 'index.json');
    const text = readFileSync(indexPath, 'utf8');
    const tables = JSON.parse(text.slice(text.indexOf('\n') + 1)).tables as string[];
    // Sealed well after the files were written, so none is racily clean: no file needs reading.
    const later = new Date(statSync(indexPath).mtimeMs + 60_000);
    utimesSync(indexPath, later, later);
    const trusted = TableStore.open(storeDir, tables);
    expect(trusted?.hashedFiles).toBe(0);
    trusted?.close();

    // Edited in place through the output, same size; the edit's time is another (as any write's would be).
    const mentions = join(firstOut, 'mentions.csv');
    const { mtimeMs } = statSync(mentions);
    writeFileSync(mentions, readFileSync(mentions, 'utf8').replace('Brandt', 'Brandx'));
    utimesSync(mentions, new Date(mtimeMs + 1000), new Date(mtimeMs + 1000));
    expect(TableStore.open(storeDir, tables)).toBeUndefined();
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.fragments).toEqual({ hits: 2, misses: 0, copied: 0 });
    await expectSameAsBuildWithoutCache(input, warmOut);
  });

  it('renders an article again when an added article changes the entity IDs it resolves to', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    // A one-word person joins the single fuller name with that surname; the ID comes from the first article.
    writeFileSync(join(input, 'c02.txt'), article(4, 'Brandt'));
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    writeFileSync(join(input, 'c01.txt'), article(3, 'Mayor Odile Brandt'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.fragments).toEqual({ hits: 0, misses: 2, copied: 0 });
    await expectSameAsBuildWithoutCache(input, warmOut);
  });

  it('treats a fragment that does not verify as a miss, and renders the article again', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    writeFileSync(join(input, 'd01.txt'), article(7, 'Mayor Odile Brandt'));
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    const [file] = fragmentFiles(cacheDir);
    writeFileSync(file!, readFileSync(file!, 'utf8').replace('ferry terminal', 'ferry terminus'));
    rmSync(join(cacheDir, 'tables'), { recursive: true });
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.fragments).toEqual({ hits: 0, misses: 1, copied: 0 });
    await expectSameAsBuildWithoutCache(input, warmOut);
  });

  it('serves an unchanged article from its entry header alone, and reads the rows only for a fragment miss', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    writeFileSync(join(input, 'e01.txt'), article(8, 'Mayor Odile Brandt'));
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    // Spoil the entry's rows but not its header: a build that reused the fragment never notices. Without the
    // digest index, so that the header is what serves the digest.
    rmSync(join(cacheDir, 'digests'), { recursive: true });
    const [entry] = entryFiles(cacheDir);
    const [header] = readFileSync(entry!, 'utf8').split('\n', 1);
    writeFileSync(entry!, `${header}\n{"spoiled": true}`);
    writeFileSync(join(input, 'e02.txt'), article(9, 'Mayor Odile Brandt'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.processing).toMatchObject({ cacheHits: 1, cacheMisses: 1 });
    expect(warm.fragments).toEqual({ hits: 0, misses: 1, copied: 1 });
    expect(warm.warnings.filter((w) => w.ruleId === 'pipeline/cache-entry-invalid')).toEqual([]);
    await expectSameAsBuildWithoutCache(input, warmOut);

    // Now its fragment misses (removed): the rows are read, found spoiled, and the article processed afresh.
    for (const file of fragmentFiles(cacheDir)) rmSync(file);
    rmSync(join(cacheDir, 'tables'), { recursive: true });
    const againOut = join(temp('out'), 'd');
    const again = await buildDataset({ inputDir: input, outDir: againOut, cacheDir, ...stream });
    expect(again.fragments).toEqual({ hits: 0, misses: 2, copied: 0 });
    const invalid = again.warnings.filter((w) => w.ruleId === 'pipeline/cache-entry-invalid');
    expect(invalid.map((w) => w.place)).toEqual([{ file: entry }]);
    expect(readFolder(againOut)).toEqual(readFolder(warmOut));
  });

  it('does not trust a header whose digest was edited: the whole entry is read instead', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    writeFileSync(join(input, 'f01.txt'), article(10, 'Mayor Odile Brandt'));
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    // The outlet reaches datapackage.json's sources: an edited digest that was used would show there.
    const [entry] = entryFiles(cacheDir);
    const text = readFileSync(entry!, 'utf8');
    const newline = text.indexOf('\n');
    const header = JSON.parse(text.slice(0, newline));
    header.digest.outlet = 'Forged Gazette';
    writeFileSync(entry!, `${JSON.stringify(header)}${text.slice(newline)}`);
    rmSync(join(cacheDir, 'digests'), { recursive: true });
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.processing).toMatchObject({ cacheHits: 1, cacheMisses: 0 });
    await expectSameAsBuildWithoutCache(input, warmOut);
  });

  it('serves unchanged articles from the digest index, without their entries', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    for (const day of [1, 2, 3]) writeFileSync(join(input, `m0${day}.txt`), article(day, 'Mayor Odile Brandt'));
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    // Without their entries, the three articles can only be served from the index (and the store's rows).
    for (const entry of entryFiles(cacheDir)) rmSync(entry);
    writeFileSync(join(input, 'm04.txt'), article(4, 'Mayor Odile Brandt'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.processing).toMatchObject({ cacheHits: 3, cacheMisses: 1 });
    expect(warm.fragments).toEqual({ hits: 0, misses: 1, copied: 3 });
    await expectSameAsBuildWithoutCache(input, warmOut);
    // The warm build's index holds all four, the three it served included.
    const againOut = join(temp('out'), 'd');
    const again = await buildDataset({ inputDir: input, outDir: againOut, cacheDir, ...stream });
    expect(again.processing).toMatchObject({ cacheHits: 4, cacheMisses: 0 });
    expect(readFolder(againOut)).toEqual(readFolder(warmOut));
  });

  it('keys unchanged input files from their recorded hashes, and reads an edited one', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    for (const day of [1, 2, 3]) writeFileSync(join(input, `p0${day}.txt`), article(day, 'Mayor Odile Brandt'));
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    // Sealed a minute after the files were written, so that none of them is racily clean.
    const list = join(cacheDir, 'digests', 'sources.json');
    const sealed = new Date(statSync(list).mtimeMs + 60_000);
    utimesSync(list, sealed, sealed);
    // Edited in place, same size, at another time (as any write would be): it must be read again.
    const edited = join(input, 'p02.txt');
    const { mtimeMs } = statSync(edited);
    writeFileSync(edited, readFileSync(edited, 'utf8').replace('Brandt', 'Brandx'));
    utimesSync(edited, new Date(mtimeMs + 1000), new Date(mtimeMs + 1000));
    writeFileSync(join(input, 'p04.txt'), article(4, 'Mayor Odile Brandt'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.processing).toMatchObject({ cacheHits: 2, cacheMisses: 2, sourcesUnread: 2 });
    await expectSameAsBuildWithoutCache(input, warmOut);
  });

  it('does not use a digest index that was edited: the entries serve the digests', async () => {
    const input = temp('in');
    const cacheDir = temp('cache');
    for (const day of [1, 2]) writeFileSync(join(input, `n0${day}.txt`), article(day, 'Mayor Odile Brandt'));
    await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    // The outlet reaches datapackage.json's sources: a forged digest that was used would show there.
    const indexPath = join(cacheDir, 'digests', 'index');
    writeFileSync(indexPath, readFileSync(indexPath, 'utf8').replaceAll('Coastline Courier', 'Forged Gazette!!!'));
    const warmOut = join(temp('out'), 'd');
    const warm = await buildDataset({ inputDir: input, outDir: warmOut, cacheDir, ...stream });
    expect(warm.processing).toMatchObject({ cacheHits: 2, cacheMisses: 0 });
    await expectSameAsBuildWithoutCache(input, warmOut);
    // Nor one cut short: every entry is gone, so an index that was used would make these hits.
    writeFileSync(indexPath, readFileSync(indexPath).subarray(0, -10));
    for (const entry of entryFiles(cacheDir)) rmSync(entry);
    const cut = await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), cacheDir, ...stream });
    expect(cut.processing).toMatchObject({ cacheHits: 0, cacheMisses: 2 });
  });

  it('keys a fragment by the article and by the global ID of each of its local entities', () => {
    const cache = new FragmentCache(temp('fragments'));
    const key = cache.keyOf('article-key', [['person:ada', 'person:ada-vance']]);
    expect(cache.keyOf('article-key', [['person:ada', 'person:ada-vance']])).toBe(key);
    expect(cache.keyOf('article-key', [['person:ada', 'person:ada']])).not.toBe(key);
    expect(cache.keyOf('other-key', [['person:ada', 'person:ada-vance']])).not.toBe(key);
    expect(cache.keyOf('article-key', [])).not.toBe(key);
  });
});
