import { parseArgs } from 'node:util';
import { queueUrlProblem, startQueueWorker } from '@dossier/pipeline';
import { EXIT, type Command } from '../command.js';
import { createLog } from '../log.js';

const usage = `Usage: dossier worker --queue redis://HOST:PORT[/DB] --results DIR [--lock-duration SECONDS] [--quiet]

Runs the per-article stage for a coordinating \`dossier build --queue\`: takes batches of articles from the
queue on that Redis server and writes each article's result into the results folder, until interrupted.
Run as many workers as you like, on as many machines: every worker and the build must see the same
results folder (a shared file system such as NFS, or a synced bucket mounted as a folder), and every
worker must run the same build of dossier as the coordinator (the queue is named after the pipeline's
code, lexicons and schemas, so a worker of another build never takes its jobs).

Ctrl-C (SIGINT) or SIGTERM: the current batch is finished, then the worker exits. A second signal exits at
once; the unfinished batch goes back to the queue when its lock expires, and another worker does it.

Options:
  --queue URL              the Redis server of the queue: redis://HOST:PORT[/DB] (rediss:// for TLS)
  --results DIR            the shared results folder (the build's --results)
  --lock-duration SECONDS  how long a batch stays locked to this worker without a renewal: when a worker
                           dies, its batch goes to another worker about this long later (default 30)
  --quiet                  print errors only
  -h, --help               show this help

Exit codes: 0 stopped by a signal, 2 bad command line.`;

export const worker: Command = {
  name: 'worker',
  summary: 'process articles for a dossier build --queue on another machine, until interrupted',
  usage,
  async run(argv) {
    const { values } = parseArgs({
      args: argv,
      options: {
        queue: { type: 'string' },
        results: { type: 'string' },
        'lock-duration': { type: 'string', default: '30' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    });
    if (values.help) {
      process.stdout.write(`${usage}\n`);
      return EXIT.ok;
    }
    const problem = usageProblem(values.queue, values.results, values['lock-duration']);
    if (problem) {
      process.stderr.write(`dossier worker: ${problem}\n`);
      return EXIT.usage;
    }
    const log = createLog(values.quiet ? 'quiet' : 'normal');
    const running = await startQueueWorker({
      url: values.queue!,
      resultsDir: values.results!,
      lockDurationMs: Number(values['lock-duration']) * 1000,
      log: log.info,
    });
    log.info(`worker ready (pipeline fingerprint ${running.fingerprint.slice(0, 16)})`);
    await untilStopped(running.close, log.info);
    return EXIT.ok;
  },
};

function usageProblem(queue?: string, results?: string, lock?: string): string | undefined {
  if (queue === undefined) return '--queue redis://HOST:PORT[/DB] is required';
  if (results === undefined) return '--results DIR is required';
  const lockSeconds = Number(lock);
  if (!Number.isInteger(lockSeconds) || lockSeconds < 1)
    return `--lock-duration expects a whole number of seconds, 1 or more, found "${lock}"`;
  return queueUrlProblem(queue);
}

/** Resolves once the worker is closed: gently on the first SIGINT or SIGTERM, at once on the second. */
function untilStopped(close: (force?: boolean) => Promise<void>, info: (line: string) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    let signals = 0;
    const stop = (signal: string) => {
      signals++;
      if (signals === 1) info(`${signal}: finishing the current batch, then stopping (again to stop at once)`);
      else info(`${signal}: stopping now; the current batch goes back to the queue`);
      close(signals > 1).then(resolve, reject);
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
}
