/**
 * Issue 23: a site built after a change of the data must equal a site built cold from the same data. The
 * warm site-data step keeps files by the key of their inputs and rewrites only what changed; here it runs
 * on the seed dataset with one article more, and with one article fewer, and every file it leaves (the keys
 * included) is compared with those of a cold step on the same data.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const repo = fileURLToPath(new URL('../../../../', import.meta.url));
const seed = join(repo, 'data/dist');
/** Files of the dataset that are not tables of rows (copied as they are). */
const NOT_ROWS = new Set(['datapackage.json', 'quality.json', 'entities.json']);

let root: string;
let site: typeof import('./site-data.ts');
let stores: typeof import('./shard-store.ts');
let model: typeof import('./model.ts');

/**
 * The site's modules, loaded afresh: its paths are read from DOSSIER_ROOT and the page limits from their
 * variables when the modules load. `articlePagesMax` 1 gives no page per article, as on a big dataset, where
 * the warm step takes the page model from the articles' summaries instead of their rows.
 */
async function loadSite(articlePagesMax: string | undefined): Promise<void> {
  if (articlePagesMax === undefined) delete process.env.DOSSIER_ARTICLE_PAGES_MAX;
  else process.env.DOSSIER_ARTICLE_PAGES_MAX = articlePagesMax;
  vi.resetModules();
  site = await import('./site-data.ts');
  stores = await import('./shard-store.ts');
  model = await import('./model.ts');
}

beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'site-data-plus-one-'));
  cpSync(join(repo, 'schemas'), join(root, 'schemas'), { recursive: true });
  process.env.DOSSIER_ROOT = root;
});
afterAll(() => {
  delete process.env.DOSSIER_ROOT;
  delete process.env.DOSSIER_ARTICLE_PAGES_MAX;
  rmSync(root, { recursive: true, force: true });
});

const rowLines = (file: string) =>
  readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => (line.endsWith(',') ? line.slice(0, -1) : line));

/** The seed dataset without the articles `drop` picks (by their position), as the export writes its JSON twins. */
function writeDataset(drop: (index: number, count: number) => boolean): void {
  const dist = join(root, 'data/dist');
  rmSync(dist, { recursive: true, force: true });
  mkdirSync(dist, { recursive: true });
  const ids = rowLines(join(seed, 'articles.json')).map(
    (line) => (JSON.parse(line) as { article_id: string }).article_id,
  );
  const dropped = new Set(ids.filter((_, i) => drop(i, ids.length)));
  for (const file of readdirSync(seed).filter((f) => f.endsWith('.json'))) {
    if (NOT_ROWS.has(file)) {
      cpSync(join(seed, file), join(dist, file));
      continue;
    }
    const kept = rowLines(join(seed, file)).filter(
      (line) => !dropped.has((JSON.parse(line) as { article_id?: string }).article_id ?? ''),
    );
    writeFileSync(join(dist, file), kept.length ? `[\n${kept.join(',\n')}\n]\n` : '[]\n');
  }
}

async function buildInto(storeDir: string) {
  const store = new stores.ShardStore(storeDir);
  const work = mkdtempSync(join(tmpdir(), 'site-data-work-'));
  await site.writeSiteData(store, 'code', work);
  model.releaseSiteModel();
  rmSync(work, { recursive: true, force: true });
  return store.finish();
}

function filesOf(dir: string): Map<string, string> {
  const files = readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  return new Map(
    files
      .map((e) => join(e.parentPath, e.name))
      .sort()
      .map((file) => [file.slice(dir.length + 1), readFileSync(file, 'utf8')]),
  );
}

describe.skipIf(!existsSync(join(seed, 'articles.json')))('the site data after a change of the dataset', () => {
  type Drop = (i: number, n: number) => boolean;
  const changes: Array<[string, Drop, Drop]> = [
    ['one more article', (i, n) => i === n - 1, () => false],
    ['one article fewer', () => false, (i) => i === 0],
  ];
  const cases = changes.flatMap(([name, before, after]) => [
    [name, 'with article pages', before, after, undefined] as const,
    [name, 'with the article viewer only', before, after, '1'] as const,
  ]);
  it.each(cases)('%s, %s: equals a cold build of the same data, byte for byte', async (_, mode, before, after, max) => {
    await loadSite(max);
    const warm = join(root, `warm-${`${_} ${mode}`.replace(/ /gu, '-')}`);
    writeDataset(before);
    expect(model.siteModel().articlePages).toBe(max === undefined);
    model.releaseSiteModel();
    await buildInto(warm);
    writeDataset(after);
    const report = await buildInto(warm);
    // The warm step kept files without recomputing them: the comparison is about the incremental path.
    expect(report.reused).toBeGreaterThan(0);
    const cold = join(root, `cold-${`${_} ${mode}`.replace(/ /gu, '-')}`);
    await buildInto(cold);
    expectSameFiles(warm, cold);
  });

  // The evidence by entity (src/lib/entity-evidence.ts) and the article index (src/lib/article-index.ts) are a
  // cache: without them a warm step reads the kept articles' records files, or makes the articles again.
  it.each([
    ['the evidence files', 'cache/evidence'],
    ['the article index', 'cache/article-index.jsonl'],
  ] as const)('one more article after losing %s: equals a cold build', async (_, lost) => {
    await loadSite('1');
    const warm = join(root, `warm-lost-${lost.replace(/\W/gu, '-')}`);
    writeDataset((i, n) => i === n - 1);
    await buildInto(warm);
    rmSync(join(warm, lost), { recursive: true });
    writeDataset(() => false);
    expect((await buildInto(warm)).reused).toBeGreaterThan(0);
    const cold = join(root, `cold-lost-${lost.replace(/\W/gu, '-')}`);
    await buildInto(cold);
    expectSameFiles(warm, cold);
  });
});

function expectSameFiles(warm: string, cold: string): void {
  const warmFiles = filesOf(warm);
  const coldFiles = filesOf(cold);
  expect([...warmFiles.keys()]).toEqual([...coldFiles.keys()]);
  for (const [path, text] of coldFiles) expect(warmFiles.get(path), path).toBe(text);
}
