/**
 * A few worker threads that each run one job at a time from a script, and give every answer back as a promise.
 * The site-data step uses it to compute articles' shards on every core while the main thread reads the tables
 * and writes the files in article order (it awaits the answers in the order it asked, so the output does not
 * depend on which worker was faster).
 * Protocol: the pool posts `{ id, input }`; the script answers `{ id, output }` or `{ id, error }`.
 */
import { Worker } from 'node:worker_threads';

interface Pending {
  resolve: (output: unknown) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
}

export class WorkerPool<I, O> {
  private readonly slots: Slot[];
  private nextId = 0;
  private failure: Error | undefined;

  constructor(
    private readonly script: string,
    size: number,
  ) {
    if (!Number.isInteger(size) || size < 1) throw new Error(`a worker pool needs at least one worker, not ${size}`);
    this.slots = Array.from({ length: size }, () => this.start());
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs `input` on the least busy worker. */
  run(input: I): Promise<O> {
    if (this.failure) return Promise.reject(this.failure);
    const slot = this.slots.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
    const id = this.nextId++;
    const answer = new Promise<O>((resolve, reject) => {
      slot.pending.set(id, { resolve: resolve as (output: unknown) => void, reject });
      slot.worker.postMessage({ id, input });
    });
    // When a worker dies, the jobs queued behind the one being awaited reject too: they are awaited later.
    answer.catch(() => undefined);
    return answer;
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private start(): Slot {
    const worker = new Worker(this.script);
    const slot: Slot = { worker, pending: new Map() };
    worker.on('message', (message: { id: number; output?: unknown; error?: string }) => {
      const job = slot.pending.get(message.id);
      if (!job) return;
      slot.pending.delete(message.id);
      if (message.error !== undefined) job.reject(new Error(message.error));
      else job.resolve(message.output);
    });
    // A worker that dies takes its jobs with it: they fail, and so does every later one (no silent gaps).
    const fail = (error: Error) => {
      this.failure ??= new Error(`a worker of ${this.script} stopped: ${error.message}`, { cause: error });
      for (const job of slot.pending.values()) job.reject(this.failure);
      slot.pending.clear();
    };
    worker.on('error', fail);
    worker.on('exit', (code) => {
      if (slot.pending.size > 0) fail(new Error(`exit code ${code}`));
    });
    return slot;
  }
}
