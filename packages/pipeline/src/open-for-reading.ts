import { openSync } from 'node:fs';

/** A file descriptor for reading `path`, or undefined when it cannot be opened (a cache miss, not an error). */
export function openForReading(path: string): number | undefined {
  try {
    return openSync(path, 'r');
  } catch {
    return undefined;
  }
}
