/** Connections to the Redis server behind `--queue redis://host:port[/db]` (the URL is checked in queue-url.ts). */
import { Redis } from 'ioredis';

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
