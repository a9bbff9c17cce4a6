/**
 * The queue mode in one process against a real Redis: a bad article is quarantined exactly as in the local
 * build, both when an extractor throws on it (on the worker) and when its rows fail validation (on the
 * coordinator). The defects are injected with a mock, so the worker runs here, from source, beside the
 * coordinator; the tests with worker processes are in packages/cli/src/queue.e2e.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnnotations } from '@dossier/core';
import * as extract from '@dossier/extract';
import { HAS_REDIS, NO_REDIS_MESSAGE, startRedis, type TestRedis } from '../../../tests/helpers/redis-server.js';
import { buildDataset } from './build.js';
import { startQueueWorker, type QueueWorker } from './queue-worker.js';

const temp = (p: string) => mkdtempSync(join(tmpdir(), `dossier-${p}-`));

/** Invented articles: "Quillby" marks the one an extractor throws on, "Brindle" the one with an invalid row. */
const ARTICLES: Record<string, string> = {
  'a.txt': ' date 2024-03-01 By Ana Ruiz, Ledger\n\nTalks resumed in Accra on Monday, officials said.\n',
  'b.txt': ' date 2024-03-02 By Ben Ode, Courier\n\nThe Quillby council met 12 delegates in Lagos on Tuesday.\n',
  'c.txt': ' date 2024-03-03 By Cleo Varga, Ledger\n\nThe Brindle board hired 40 engineers in Kumasi on Friday.\n',
  'd.txt':
    ' date 2024-03-04 By Dana Pike, Ledger\n\n"We are close," said Kofi Mensah, the foreign minister of Ghana.\n',
};

function input(): string {
  const dir = temp('qq-in');
  for (const [file, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, file), text);
  return dir;
}

const realExtract = extract.extractArticle;

function injectDefects(): void {
  vi.spyOn(extract, 'extractArticle').mockImplementation((doc) => {
    const annotations = realExtract(doc);
    if (doc.body.includes('Quillby')) throw new Error('a rule produced an impossible value');
    if (doc.body.includes('Brindle')) return withTextQuantity(doc.body, annotations);
    return annotations;
  });
}

/**
 * A quantity whose value the schema cannot hold, so its row fails validation. A string, not Infinity as in
 * quarantine.test.ts: the workers hand rows over as JSON, where Infinity would arrive as null (valid).
 */
function withTextQuantity(body: string, annotations: ArticleAnnotations): ArticleAnnotations {
  const start = body.indexOf('40');
  const quantity = { start, end: start + 2, text: '40', value: 'forty' as unknown as number };
  return { ...annotations, quantities: [{ ...quantity, low: null, high: null, modifier: null, unit: null }] };
}

const files = (dir: string) => new Map(readdirSync(dir).map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe.skipIf(!HAS_REDIS)(
  HAS_REDIS ? 'the queue mode with a bad article' : `the queue mode with a bad article: ${NO_REDIS_MESSAGE}`,
  () => {
    let redis: TestRedis;
    let worker: QueueWorker;
    /** The results folder the worker writes and the coordinator reads. */
    const results = temp('qq-results');
    beforeAll(async () => {
      injectDefects();
      redis = await startRedis();
      worker = await startQueueWorker({ url: redis.url, resultsDir: results, lockDurationMs: 5000 });
    });
    afterAll(async () => {
      vi.restoreAllMocks();
      await worker?.close(true);
      await redis?.stop();
    });

    it('quarantines it as the local build does, and writes the same files', async () => {
      const dir = input();
      const localOut = join(temp('qq-local'), 'd');
      const queuedOut = join(temp('qq-queued'), 'd');
      const local = await buildDataset({ inputDir: dir, outDir: localOut, jobs: 1 });
      const queued = await buildDataset({
        inputDir: dir,
        outDir: queuedOut,
        cacheDir: results,
        queue: { url: redis.url },
      });

      expect(local.quarantined.map((q) => [q.source_file, q.stage])).toEqual([
        ['b.txt', 'extract'],
        ['c.txt', 'validate'],
      ]);
      expect(queued.processing.queue).toEqual({ url: redis.url, batches: 1 });
      expect(queued.quarantined).toEqual(local.quarantined);
      expect(files(queuedOut)).toEqual(files(localOut));
      // Neither quarantined article is left in the results folder to be served as good data next time.
      const again = await buildDataset({
        inputDir: dir,
        outDir: queuedOut,
        cacheDir: results,
        queue: { url: redis.url },
      });
      expect(again.processing).toMatchObject({ cacheHits: 2, cacheMisses: 2 });
      expect(again.quarantined).toEqual(local.quarantined);
    });
  },
);

describe.skipIf(!HAS_REDIS)(
  HAS_REDIS ? 'the queue mode with a failing worker' : `the queue mode with a failing worker: ${NO_REDIS_MESSAGE}`,
  () => {
    it('fails the build, naming the articles of a batch that failed on every attempt', async () => {
      const redis = await startRedis();
      // A file where the results folder should be: every attempt to write a result throws.
      const results = join(temp('qq-broken'), 'not-a-folder');
      writeFileSync(results, '');
      const broken = await startQueueWorker({ url: redis.url, resultsDir: results, lockDurationMs: 5000 });
      try {
        const out = join(temp('qq-failed'), 'd');
        const build = buildDataset({ inputDir: input(), outDir: out, cacheDir: results, queue: { url: redis.url } });
        await expect(build).rejects.toMatchObject({
          diagnostics: [
            expect.objectContaining({
              ruleId: 'pipeline/queue-job-failed',
              message: expect.stringMatching(
                /^the batch of a\.txt, b\.txt, c\.txt, d\.txt failed on the workers 3 times.*ENOTDIR/,
              ),
            }),
          ],
        });
        expect(existsSync(out)).toBe(false);
      } finally {
        await broken.close(true);
        await redis.stop();
      }
    });
  },
);

describe('the queue mode without Redis', () => {
  it('fails with an error naming the URL once it gave up connecting, and writes nothing', async () => {
    const out = join(temp('qq-none'), 'd');
    const url = 'redis://:secret@127.0.0.1:1';
    const build = buildDataset({
      inputDir: input(),
      outDir: out,
      cacheDir: temp('qq-none-results'),
      queue: { url, giveUpAfterMs: 300 },
    });
    await expect(build).rejects.toMatchObject({
      diagnostics: [
        expect.objectContaining({
          ruleId: 'pipeline/queue-unreachable',
          message: expect.stringContaining('could not connect to Redis at redis://:***@127.0.0.1:1 within 0.3 s'),
        }),
      ],
    });
    expect(existsSync(out)).toBe(false);
  });
});
