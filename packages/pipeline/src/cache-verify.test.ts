/** Cache entries are verified: one that was edited, is malformed or carries another body is a miss with a warning, never data. */
import { afterAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from './build.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});
function temp(prefix: string) {
  const dir = mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
  roots.push(dir);
  return dir;
}

const ARTICLE =
  'date 2024-03-11 By Mara Okafor, Northfield Daily\n\nHarbour minister Ines Ferreira said on Tuesday that 12 officials would meet "within days."\n';

function readFolder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

/** Builds once to fill the cache; returns the input, the cache and the one entry's path. */
async function filledCache() {
  const input = temp('in');
  writeFileSync(join(input, 'a.txt'), ARTICLE);
  const cacheDir = temp('cache');
  await buildDataset({ inputDir: input, outDir: join(temp('out'), 'd'), jobs: 1, cacheDir });
  const [shard] = readdirSync(cacheDir);
  const [name] = readdirSync(join(cacheDir, shard!));
  const freshOut = join(temp('out'), 'd');
  await buildDataset({ inputDir: input, outDir: freshOut, jobs: 1 });
  return { input, cacheDir, entry: join(cacheDir, shard!, name!), fresh: readFolder(freshOut) };
}

/** Rewrites the entry's content and, when `rehash`, its header's hash too (a forged but consistent entry). */
function tamper(entry: string, edit: (outcome: Record<string, any>) => unknown, rehash: boolean) {
  const [header, content] = readFileSync(entry, 'utf8').split('\n', 2) as [string, string];
  const next = JSON.stringify(edit(JSON.parse(content)));
  const h = JSON.parse(header);
  if (rehash) h.contentSha256 = createHash('sha256').update(next).digest('hex');
  writeFileSync(entry, `${JSON.stringify(h)}\n${next}`);
}

async function rebuildWarns(setup: Awaited<ReturnType<typeof filledCache>>, reason: RegExp) {
  const out = join(temp('out'), 'd');
  const result = await buildDataset({ inputDir: setup.input, outDir: out, jobs: 1, cacheDir: setup.cacheDir });
  expect(result.processing).toMatchObject({ cacheHits: 0, cacheMisses: 1 });
  const [w] = result.warnings.filter((d) => d.ruleId === 'pipeline/cache-entry-invalid');
  expect(w, 'a warning naming the entry').toBeDefined();
  expect(w!.place).toEqual({ file: setup.entry });
  expect(w!.message).toContain('a.txt');
  expect(w!.actual).toMatch(reason);
  expect(readFolder(out)).toEqual(setup.fresh);
  // The entry was rewritten and verifies again.
  const again = await buildDataset({
    inputDir: setup.input,
    outDir: join(temp('out'), 'd'),
    jobs: 1,
    cacheDir: setup.cacheDir,
  });
  expect(again.processing).toMatchObject({ cacheHits: 1, cacheMisses: 0 });
  expect(again.warnings).toEqual([]);
}

describe('cache entries are verified before use', () => {
  it('an edited entry (outlet changed, hash left as it was) is a miss with a warning; the output is unchanged', async () => {
    const setup = await filledCache();
    tamper(setup.entry, (o) => ((o.processed.rows.articles[0].outlet = 'Forged Times'), o), false);
    await rebuildWarns(setup, /does not match its hash/);
  });

  it('an entry whose rows were dropped (hash recomputed) is a miss, not a silently missing article', async () => {
    const setup = await filledCache();
    tamper(setup.entry, (o) => ({ sourceFile: o.sourceFile, diagnostics: [] }), true);
    await rebuildWarns(setup, /neither rows nor an error/);
  });

  it('a malformed entry (no diagnostics list) is a miss, not "o.diagnostics is not iterable"', async () => {
    const setup = await filledCache();
    tamper(setup.entry, (o) => ({ ...o, diagnostics: null }), true);
    await rebuildWarns(setup, /no list of diagnostics/);
  });

  it('an entry with another body (hash recomputed) is a miss, not span errors', async () => {
    const setup = await filledCache();
    tamper(
      setup.entry,
      (o) => ((o.processed.rows.articles[0].body = `${o.processed.rows.articles[0].body} Extra words.`), o),
      true,
    );
    await rebuildWarns(setup, /body is not the text of the source file/);
  });

  it('an entry that is not JSON at all is a miss with a warning', async () => {
    const setup = await filledCache();
    writeFileSync(setup.entry, 'null');
    await rebuildWarns(setup, /no header line/);
  });
});
