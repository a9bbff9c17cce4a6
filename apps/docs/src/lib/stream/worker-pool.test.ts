import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WorkerPool } from './worker-pool.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A worker script: doubles its input after `input` ms, fails on 13, and exits the thread on 99. */
function script(): string {
  dir = mkdtempSync(join(tmpdir(), 'docs-pool-'));
  const file = join(dir, 'worker.mjs');
  writeFileSync(
    file,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, input }) => {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, input);
  if (input === 13) parentPort.postMessage({ id, error: 'unlucky ' + input });
  else if (input === 99) process.exit(3);
  else parentPort.postMessage({ id, output: input * 2 });
});`,
  );
  return file;
}

describe('WorkerPool', () => {
  it('answers every job with its own result, whichever worker finishes first', async () => {
    const pool = new WorkerPool<number, number>(script(), 2);
    try {
      const inputs = [40, 1, 30, 2, 20, 3, 0, 5];
      const answers = inputs.map((n) => pool.run(n));
      const results: number[] = [];
      for (const answer of answers) results.push(await answer);
      expect(results).toEqual(inputs.map((n) => n * 2));
    } finally {
      await pool.close();
    }
  });

  it('rejects a job its worker reports as failed, and keeps serving the others', async () => {
    const pool = new WorkerPool<number, number>(script(), 1);
    try {
      await expect(pool.run(13)).rejects.toThrow('unlucky 13');
      await expect(pool.run(4)).resolves.toBe(8);
    } finally {
      await pool.close();
    }
  });

  it('fails the jobs of a worker that stops, and every later job', async () => {
    const pool = new WorkerPool<number, number>(script(), 1);
    try {
      const dying = pool.run(99);
      const queued = pool.run(1);
      await expect(dying).rejects.toThrow(/stopped: exit code 3/);
      await expect(queued).rejects.toThrow(/stopped/);
      await expect(pool.run(2)).rejects.toThrow(/stopped/);
    } finally {
      await pool.close();
    }
  });

  it('needs at least one worker', () => {
    expect(() => new WorkerPool(script(), 0)).toThrow(/at least one worker/);
  });
});
