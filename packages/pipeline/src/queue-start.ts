/** `dossier worker`'s entry, loading BullMQ and ioredis only when a worker starts (a local build never needs them). */
import type { QueueWorker, QueueWorkerOptions } from './queue-worker.js';

export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  return (await import('./queue-worker.js')).startQueueWorker(options);
}
