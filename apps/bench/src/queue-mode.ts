/**
 * The queue mode's cost on one machine (issue 21): the same corpus built by a coordinating `dossier build
 * --queue` with two local `dossier worker` processes on a fresh Redis, against the local worker pool's build
 * of that size. The queue mode exists for many machines; on one, its cost is what the report shows.
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import type { BuildRun } from './report.js';

export const REDIS_SERVER = '/usr/bin/redis-server';
const WORKERS = 2;

export interface QueueModeRun {
  size: number;
  bytes: number;
  pool: BuildRun;
  /** Absent when the measurement was skipped (see `skipped`). */
  queue?: BuildRun;
  /** Milliseconds from spawning each worker to its "worker ready" line (code and model loaded). */
  workerReadyMs: number[];
  /** Peak RSS of each worker process (VmHWM), when the system reports it. */
  workerPeakRssMb: Array<number | undefined>;
  identical?: boolean;
  skipped?: string;
}

export interface QueueModeInput {
  size: number;
  bytes: number;
  input: string;
  work: string;
  /** The snapshot's `dossier` command and the Node flags builds run with. */
  cli: string;
  nodeFlags: string[];
  pool: BuildRun;
  poolOut: string;
  /** Runs child-build.js with these arguments and returns its figures. */
  build: (args: string[]) => BuildRun;
  sameFolders: (a: string, b: string) => boolean;
  log: (message: string) => void;
}

export async function measureQueueMode(o: QueueModeInput): Promise<QueueModeRun> {
  const base = { size: o.size, bytes: o.bytes, pool: o.pool, workerReadyMs: [], workerPeakRssMb: [] };
  if (!existsSync(REDIS_SERVER)) return { ...base, skipped: `${REDIS_SERVER} is not installed` };
  const redis = await startRedis();
  const results = join(o.work, `queue-results-${o.size}`);
  const workers: Worker[] = [];
  try {
    o.log(`${o.size}: queue mode, starting ${WORKERS} dossier worker processes…`);
    for (let i = 0; i < WORKERS; i++) workers.push(startWorker(o, redis.url, results));
    const workerReadyMs = await Promise.all(workers.map((w) => w.ready));
    o.log(`${o.size}: queue mode, coordinator build…`);
    const out = join(o.work, `out-${o.size}-queue`);
    const queue = o.build([o.input, out, 'auto', results, redis.url]);
    const workerPeakRssMb = workers.map((w) => peakRssMb(w.child.pid));
    return { ...base, queue, workerReadyMs, workerPeakRssMb, identical: o.sameFolders(o.poolOut, out) };
  } finally {
    for (const w of workers) w.child.kill('SIGKILL');
    redis.child.kill('SIGKILL');
  }
}

interface Worker {
  child: ChildProcess;
  ready: Promise<number>;
}

function startWorker(o: QueueModeInput, url: string, results: string): Worker {
  const started = performance.now();
  const child = spawn(process.execPath, [...o.nodeFlags, o.cli, 'worker', '--queue', url, '--results', results], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  const ready = new Promise<number>((resolve, reject) => {
    let text = '';
    child.stderr!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('worker ready')) resolve(performance.now() - started);
    });
    child.once('exit', (code) => reject(new Error(`dossier worker exited with ${code}:\n${text}`)));
  });
  return { child, ready };
}

/** VmHWM of a live process in MB (Linux), or undefined. */
function peakRssMb(pid: number | undefined): number | undefined {
  const status = pid === undefined ? '' : readStatus(pid);
  const kb = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kb === undefined ? undefined : Number(kb) / 1024;
}

function readStatus(pid: number): string {
  try {
    return readFileSync(`/proc/${pid}/status`, 'utf8');
  } catch {
    return '';
  }
}

async function startRedis(): Promise<{ url: string; child: ChildProcess }> {
  const port = await new Promise<number>((resolve, reject) => {
    const server = createServer().listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      );
    });
  });
  const child = spawn(
    REDIS_SERVER,
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: ['ignore', 'pipe', 'ignore'],
    },
  );
  await new Promise<void>((resolve, reject) => {
    let text = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes('Ready to accept connections')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`redis-server exited with ${code}:\n${text}`)));
  });
  return { url: `redis://127.0.0.1:${port}`, child };
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mb = (x: number | undefined) => (x === undefined ? '?' : x.toFixed(0));

/** The report's section, as Markdown lines. */
export function renderQueueMode(r: QueueModeRun): string {
  const lines = ['', `## Queue mode: ${WORKERS} local workers vs the local pool, ${r.size} articles`, ''];
  if (!r.queue) return `${[...lines, `Not measured: ${r.skipped}.`].join('\n')}\n`;
  const q = r.queue;
  const row = (name: string, run: BuildRun, peak: string) =>
    `| ${name} | ${s(run.wallMs)} | ${(r.bytes / 1e6 / (run.wallMs / 1000)).toFixed(2)} | ${s(run.timings.read)} | ${s(run.timings.assemble + run.timings.validate + run.timings.export)} | ${peak} |`;
  lines.push(
    `Same corpus, no cache. Queue: a fresh Redis on 127.0.0.1, ${WORKERS} \`dossier worker\` processes started and ready before the clock starts (ready after ${r.workerReadyMs.map(s).join(' s and ')} s), then \`dossier build --queue\` with an empty results folder: every article travels through Redis and the results folder. Output byte-identical to the pool's: ${r.identical ? 'yes' : 'NO'}.`,
    '',
    '| mode | wall s | MB/s | per-article stage s | assemble + validate + export s | peak RSS MB |',
    '|:---|---:|---:|---:|---:|:---|',
    row(`local pool (${r.pool.processing?.jobs ?? '?'} threads)`, r.pool, mb(r.pool.peakRssMb)),
    row(
      `queue (${WORKERS} worker processes)`,
      q,
      `coordinator ${mb(q.peakRssMb)}, workers ${r.workerPeakRssMb.map(mb).join(' + ')}`,
    ),
    '',
    `Queue ÷ pool wall time: ${(q.wallMs / r.pool.wallMs).toFixed(2)}×.`,
  );
  return `${lines.join('\n')}\n`;
}
