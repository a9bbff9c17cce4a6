/**
 * Build progress: a live bar in a terminal (cli-progress), plain periodic lines in CI or when stderr is
 * piped (a bar's carriage returns turn a log file into noise), nothing with --quiet.
 */
import cliProgress from 'cli-progress';
import type { Level } from './log.js';

export interface Progress {
  /** `done` of `total` articles have been processed. */
  update(done: number, total: number): void;
  stop(): void;
}

export interface ProgressOptions {
  level: Level;
  stream?: NodeJS.WriteStream | { write(text: string): unknown; isTTY?: boolean };
  env?: Record<string, string | undefined>;
  /** Milliseconds between plain lines. */
  interval?: number;
  /** Clock in milliseconds; injectable so tests need no real time. */
  now?: () => number;
}

export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`;
}

/** One plain progress line: "articles 1200/10000 (12%), 85.3/s, about 1m 43s left". */
export function progressLine(done: number, total: number, elapsedSeconds: number): string {
  const rate = elapsedSeconds > 0 ? done / elapsedSeconds : 0;
  const percent = total > 0 ? Math.floor((100 * done) / total) : 100;
  const left = rate > 0 ? formatDuration((total - done) / rate) : '?';
  return `articles ${done}/${total} (${percent}%), ${rate.toFixed(1)}/s, about ${left} left`;
}

function isInteractive(options: ProgressOptions): boolean {
  const env = options.env ?? process.env;
  const stream = options.stream ?? process.stderr;
  return Boolean(stream.isTTY) && !env.CI && env.TERM !== 'dumb';
}

export function createProgress(options: ProgressOptions): Progress {
  if (options.level === 'quiet') return { update() {}, stop() {} };
  const stream = options.stream ?? process.stderr;
  const now = options.now ?? (() => performance.now());
  const started = now();

  if (isInteractive(options)) {
    const bar = new cliProgress.SingleBar(
      {
        format: 'articles {bar} {value}/{total} | {rate}/s | ETA {eta_formatted}',
        stream: stream as NodeJS.WriteStream,
        hideCursor: true,
        clearOnComplete: true,
        etaBuffer: 50,
      },
      cliProgress.Presets.shades_classic,
    );
    let barStarted = false;
    return {
      update(done, total) {
        const rate = (done / Math.max((now() - started) / 1000, 1e-3)).toFixed(1);
        if (!barStarted) {
          bar.start(total, done, { rate });
          barStarted = true;
        } else bar.update(done, { rate });
      },
      stop() {
        if (barStarted) bar.stop();
      },
    };
  }

  const interval = options.interval ?? 5000;
  let lastLine = started;
  let last = { done: 0, total: 0 };
  let printedAny = false;
  return {
    update(done, total) {
      last = { done, total };
      const t = now();
      if (t - lastLine >= interval) {
        lastLine = t;
        printedAny = true;
        stream.write(`${progressLine(done, total, (t - started) / 1000)}\n`);
      }
    },
    stop() {
      // A closing line only when periodic lines were printed, so short builds stay one line long.
      if (printedAny && last.total > 0)
        stream.write(`${progressLine(last.done, last.total, (now() - started) / 1000)}\n`);
    },
  };
}
