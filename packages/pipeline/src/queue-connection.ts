/**
 * Connections to the Redis server behind `--queue redis://host:port[/db]`. The URL is checked before anything
 * connects, and it is shown with its password masked in every message.
 */
import { Redis } from 'ioredis';

/** The URL as messages show it: any password replaced by `***`. */
export function displayUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString().replace(/\/$/u, '');
  } catch {
    return url;
  }
}

/** The problem with a queue URL, or undefined when it is a redis:// or rediss:// URL with a host. */
export function queueUrlProblem(url: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return `"${url}" is not a URL; expected redis://HOST:PORT[/DB]`;
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    return `"${displayUrl(url)}" is not a redis:// or rediss:// URL; expected redis://HOST:PORT[/DB]`;
  if (!parsed.hostname) return `"${displayUrl(url)}" names no host; expected redis://HOST:PORT[/DB]`;
  const db = parsed.pathname.replace(/^\//u, '');
  if (db !== '' && !/^\d+$/u.test(db)) return `"${displayUrl(url)}" names database "${db}"; expected a number`;
  return undefined;
}

/**
 * A connection for BullMQ. BullMQ requires `maxRetriesPerRequest: null` (its blocking reads wait as long as
 * they need). `giveUpAfterMs`: stop reconnecting once the server has been unreachable that long, so that the
 * connection ends and the caller can fail with a clear message instead of waiting forever; undefined keeps
 * trying (a worker outlives a restart of the server).
 */
export function openConnection(url: string, giveUpAfterMs?: number): Redis {
  let downSince: number | undefined;
  const connection = new Redis(url, {
    maxRetriesPerRequest: null,
    retryStrategy: (attempt) => {
      downSince ??= Date.now();
      if (giveUpAfterMs !== undefined && Date.now() - downSince >= giveUpAfterMs) return null;
      // Quick at first (a restart takes a moment), then no more than one attempt (and one logged error) per 5 s.
      return Math.min(RECONNECT_DELAY_MS * attempt, MAX_RECONNECT_DELAY_MS);
    },
  });
  connection.on('ready', () => {
    downSince = undefined;
  });
  // Whoever cares listens too (BullMQ, the coordinator's watchdog); without a listener ioredis prints every
  // failed reconnection attempt as an "Unhandled error event".
  connection.on('error', () => undefined);
  return connection;
}

const RECONNECT_DELAY_MS = 250;
const MAX_RECONNECT_DELAY_MS = 5000;
