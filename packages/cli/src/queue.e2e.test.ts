/**
 * The queue mode end to end, through the built CLI in child processes against a real Redis (Debian's
 * redis-server, started here on a free port of 127.0.0.1 and killed after): `dossier worker` processes plus a
 * coordinating `dossier build --queue` write the same bytes as the local build; a worker killed in the middle
 * of a batch loses nothing; Redis going away fails the build with a clear error and leaves the previous output
 * as it was. The quarantine of a bad article is checked in packages/pipeline/src/queue.test.ts.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { type ChildProcess, spawn } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { HAS_REDIS, NO_REDIS_MESSAGE, startRedis, type TestRedis } from '../../../tests/helpers/redis-server.js';
import { runCli } from './test-helpers.js';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CLI = join(ROOT, 'packages/cli/bin/dossier.js');
const BUILT = existsSync(join(ROOT, 'packages/cli/dist/bin.js'));
const RAW = join(ROOT, 'data/raw');
// Child processes on a loaded 2-core machine: each test runs a local build and a queued one.
const TIMEOUT = 180_000;

const temp = (p: string) => mkdtempSync(join(tmpdir(), `dossier-${p}-`));

/** Invented people, bodies and places for generated articles. */
const PEOPLE = ['Mara Quellen', 'Tobin Ashgrove', 'Ilse Varrow', 'Dario Penhale', 'Wenna Corlett'];
const BODIES = ['Harbour Board', 'Calder Water Authority', 'Larkmoor Council'];
const PLACES = ['Port Ellis', 'Northgate', 'Larkmoor', 'Calder Falls'];

function paragraph(i: number, k: number): string {
  const person = PEOPLE[(i + k) % PEOPLE.length]!;
  const body = BODIES[(i + 2 * k) % BODIES.length]!;
  const place = PLACES[(i * 3 + k) % PLACES.length]!;
  return k % 2 === 0
    ? `"We will finish the ${12 + i + k} km sea wall before winter," said ${person}, the chair of the ${body}, in ${place} on Tuesday.`
    : `The ${body} met ${3 + k} delegates in ${place} on ${i % 2 ? 'Monday' : 'Friday'} and approved a budget of more than ${i + k} million dollars.`;
}

/** An input folder: optionally the repository's articles, plus `count` generated ones of `paragraphs` paragraphs. */
function inputFolder(count: number, paragraphs: number, withRaw: boolean): string {
  const dir = temp('queue-in');
  if (withRaw)
    for (const f of readdirSync(RAW).filter((n) => n.endsWith('.txt'))) copyFileSync(join(RAW, f), join(dir, f));
  for (let i = 0; i < count; i++) {
    const lines = Array.from({ length: paragraphs }, (_, k) => paragraph(i, k));
    const day = String((i % 28) + 1).padStart(2, '0');
    writeFileSync(
      join(dir, `gen-${String(i).padStart(3, '0')}.txt`),
      ` date 2024-04-${day} By Staff, Harbour Gazette\n\n${lines.join('\n')}\n`,
    );
  }
  return dir;
}

/** A child `dossier` process whose stderr lines can be awaited. */
class Dossier {
  readonly child: ChildProcess;
  stderr = '';
  private readonly watchers: Array<() => void> = [];
  readonly exited: Promise<number | null>;

  constructor(args: string[]) {
    this.child = spawn(process.execPath, [CLI, ...args], { cwd: ROOT, env: { ...process.env, CI: '1' } });
    this.child.stdout!.resume();
    this.child.stderr!.on('data', (chunk: Buffer) => {
      this.stderr += chunk.toString();
      for (const w of [...this.watchers]) w();
    });
    this.exited = new Promise((resolve) => this.child.once('exit', (code) => resolve(code)));
  }

  /** The first match of `pattern` in stderr, once it is printed; rejects if the process exits first. */
  waitFor(pattern: RegExp): Promise<RegExpMatchArray> {
    return new Promise((resolve, reject) => {
      const check = () => {
        const match = this.stderr.match(pattern);
        if (match) {
          this.watchers.splice(this.watchers.indexOf(check), 1);
          resolve(match);
        }
      };
      this.watchers.push(check);
      check();
      void this.exited.then(() => reject(new Error(`exited before printing ${pattern}:\n${this.stderr}`)));
    });
  }

  async stop(signal: NodeJS.Signals = 'SIGTERM'): Promise<number | null> {
    if (this.child.exitCode === null && this.child.signalCode === null) this.child.kill(signal);
    return this.exited;
  }
}

const running: Dossier[] = [];
let redis: TestRedis | undefined;

function dossier(args: string[]): Dossier {
  const d = new Dossier(args);
  running.push(d);
  return d;
}

async function worker(results: string, lockSeconds = 30): Promise<Dossier> {
  const w = dossier(['worker', '--queue', redis!.url, '--results', results, '--lock-duration', String(lockSeconds)]);
  await w.waitFor(/worker ready/);
  return w;
}

async function localBuild(input: string): Promise<string> {
  const out = join(temp('queue-local'), 'd');
  const build = dossier(['build', '--input', input, '--out', out, '--no-cache', '--jobs', '1', '--quiet']);
  expect(await build.exited, build.stderr).toBe(0);
  return out;
}

function readFolder(dir: string): Map<string, Buffer> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f))]),
  );
}

afterEach(async () => {
  await Promise.all(running.splice(0).map((d) => d.stop('SIGKILL')));
  await redis?.stop();
  redis = undefined;
});

describe.skipIf(!HAS_REDIS || !BUILT)(
  HAS_REDIS
    ? 'dossier build --queue with dossier worker processes'
    : `${'dossier build --queue with dossier worker processes'}: ${NO_REDIS_MESSAGE}`,
  () => {
    it(
      'two workers and the coordinator write the same bytes as the local build, and stop on SIGTERM',
      async () => {
        redis = await startRedis();
        const input = inputFolder(29, 3, true);
        const results = temp('queue-results');
        const workers = [await worker(results), await worker(results)];
        const out = join(temp('queue-out'), 'd');
        const build = dossier(['build', '--input', input, '--out', out, '--queue', redis.url, '--results', results]);
        expect(await build.exited, build.stderr).toBe(0);
        expect(build.stderr).toContain(`queued 4 batch(es) of up to 8 articles on ${redis.url}`);
        expect(readFolder(out)).toEqual(readFolder(await localBuild(input)));
        // Every batch was finished once, by one worker or the other.
        const finished = workers.flatMap((w) => [...w.stderr.matchAll(/finished batch (\S+)/g)].map((m) => m[1]));
        expect(new Set(finished).size).toBe(4);
        expect(finished).toHaveLength(4);
        for (const w of workers) expect(await w.stop('SIGTERM')).toBe(0);
      },
      TIMEOUT,
    );

    it(
      'gives the batch of a worker killed in the middle of it to the other worker: nothing lost, nothing twice',
      async () => {
        redis = await startRedis();
        // Long articles, so the first batch of 8 takes seconds and the kill lands in the middle of it.
        const input = inputFolder(10, 20, false);
        const results = temp('queue-results');
        const first = await worker(results, 5);
        const out = join(temp('queue-out'), 'd');
        const build = dossier(['build', '--input', input, '--out', out, '--queue', redis.url, '--results', results]);
        const [, batch] = await first.waitFor(/took batch (\S+) \(8 articles\)/);
        expect(await first.stop('SIGKILL')).toBeNull();
        expect(first.stderr).not.toContain(`finished batch ${batch}`);
        const second = await worker(results, 5);
        expect(await build.exited, build.stderr).toBe(0);
        expect(second.stderr).toMatch(new RegExp(`took batch ${batch} \\(8 articles\\), started 2 times`));
        expect(second.stderr).toContain(`finished batch ${batch}`);
        expect(readFolder(out)).toEqual(readFolder(await localBuild(input)));
      },
      TIMEOUT,
    );

    it(
      'fails with an error naming the Redis URL when Redis goes away, and leaves the previous output untouched',
      async () => {
        redis = await startRedis();
        const input = inputFolder(4, 3, false);
        const out = join(temp('queue-out'), 'd');
        const previous = dossier(['build', '--input', input, '--out', out, '--no-cache', '--jobs', '1', '--quiet']);
        expect(await previous.exited, previous.stderr).toBe(0);
        const before = readFolder(out);
        writeFileSync(
          join(input, 'gen-new.txt'),
          ' date 2024-05-01 By Staff, Harbour Gazette\n\nThe board met on Monday.\n',
        );
        // No worker: the build queues its batch and waits, and then Redis dies.
        const build = dossier([
          'build',
          '--input',
          input,
          '--out',
          out,
          '--queue',
          redis.url,
          '--results',
          temp('queue-results'),
        ]);
        await build.waitFor(/queued 1 batch/);
        await redis.stop();
        expect(await build.exited, build.stderr).toBe(1);
        expect(build.stderr).toContain(`lost the connection to Redis at ${redis.url}`);
        expect(build.stderr).toContain('[pipeline/queue-unreachable]');
        expect(build.stderr).toContain(`${out} was not changed`);
        expect(readFolder(out)).toEqual(before);
        expect(readdirSync(join(out, '..'))).toEqual(['d']);
      },
      TIMEOUT,
    );
  },
);

describe('dossier worker and build --queue on a bad command line', () => {
  it('exit 2 with what is missing or wrong', async () => {
    const noQueue = await runCli(['worker', '--results', 'r']);
    expect(noQueue).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('--queue redis://HOST:PORT[/DB] is required'),
    });
    const badUrl = await runCli(['worker', '--queue', 'http://h:1', '--results', 'r']);
    expect(badUrl).toMatchObject({ code: 2, stderr: expect.stringContaining('is not a redis:// or rediss:// URL') });
    const noCache = await runCli(['build', '--queue', 'redis://127.0.0.1:1', '--no-cache']);
    expect(noCache).toMatchObject({ code: 2, stderr: expect.stringContaining('--no-cache does not go with --queue') });
    const resultsAlone = await runCli(['build', '--results', 'r']);
    expect(resultsAlone).toMatchObject({ code: 2, stderr: expect.stringContaining('--results goes with --queue') });
  });
});
