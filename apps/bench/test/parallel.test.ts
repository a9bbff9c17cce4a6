/**
 * The parallel path (piscina workers running the compiled dist/worker.js) writes the same bytes as the
 * single-threaded path, with and without the cache. Both run through the built CLI in a child process, so
 * both use the same compiled code; `pnpm test` builds first.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { generateCorpus } from '../src/generate.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/dossier.js');
const SOURCES = [join(ROOT, 'data/raw')];

async function dossier(args: string[]) {
  if (!existsSync(join(ROOT, 'packages/pipeline/dist/worker.js')))
    throw new Error('packages/pipeline/dist/worker.js is missing: run pnpm build first');
  try {
    const { stderr } = await promisify(execFile)(process.execPath, [CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, CI: '1' },
    });
    return { code: 0, stderr };
  } catch (e) {
    const err = e as { code: number; stderr: string };
    return { code: err.code, stderr: err.stderr };
  }
}

function readFolder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

const temp = (p: string) => mkdtempSync(join(tmpdir(), `dossier-${p}-`));

// Each test runs two or three whole builds in child processes; on a loaded 2-core machine that can pass 60 s.
const BUILDS_TIMEOUT = 300_000;

describe('parallel and single-threaded builds', () => {
  // --jobs 2 forces two workers even below POOL_THRESHOLD, so the test stays small. 50 articles travel in
  // batches of 3 (see batchSize), the last one short.
  const input = temp('par-in');
  generateCorpus({ dir: input, count: 50, seed: 7, sources: SOURCES });

  it(
    'write byte-identical datasets',
    async () => {
      const single = join(temp('single'), 'd');
      const parallel = join(temp('parallel'), 'd');
      const a = await dossier(['build', '--input', input, '--out', single, '--jobs', '1', '--no-cache', '--verbose']);
      const b = await dossier(['build', '--input', input, '--out', parallel, '--jobs', '2', '--no-cache', '--verbose']);
      expect(a.code, a.stderr).toBe(0);
      expect(b.code, b.stderr).toBe(0);
      expect(a.stderr).toContain('per-article stage: in-process');
      expect(b.stderr).toContain('per-article stage: 2 threads (this one and 1 worker)');
      expect(a.stderr).toContain('export: in-process');
      expect(b.stderr).toContain('export: 2 worker threads');
      const left = readFolder(single);
      expect(left.size).toBeGreaterThan(10);
      expect(readFolder(parallel)).toEqual(left);
    },
    BUILDS_TIMEOUT,
  );

  it(
    'write the same bytes again from a warm cache after one article is added',
    async () => {
      const cache = temp('par-cache');
      const cold = join(temp('cold'), 'd');
      expect((await dossier(['build', '--input', input, '--out', cold, '--jobs', '2', '--cache', cache])).code).toBe(0);
      const grown = temp('grown-in');
      generateCorpus({ dir: grown, count: 51, seed: 7, sources: SOURCES });
      const warm = join(temp('warm'), 'd');
      const fresh = join(temp('fresh'), 'd');
      const w = await dossier(['build', '--input', grown, '--out', warm, '--jobs', '2', '--cache', cache, '--verbose']);
      expect(w.code, w.stderr).toBe(0);
      expect(w.stderr).toContain('cache 50 hit(s), 1 miss(es)');
      expect((await dossier(['build', '--input', grown, '--out', fresh, '--jobs', '1', '--no-cache'])).code).toBe(0);
      expect(readFolder(warm)).toEqual(readFolder(fresh));
    },
    BUILDS_TIMEOUT,
  );

  it('rejects a --jobs value that is not a whole number', async () => {
    const r = await dossier(['build', '--input', input, '--out', join(temp('bad'), 'd'), '--jobs', 'many']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('--jobs expects a whole number of 1 or more, found "many"');
  });
});
