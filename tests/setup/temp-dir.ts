/**
 * vitest global setup: every test file's temporary folders (os.tmpdir(), Chromium's profiles, child processes)
 * go into one folder for the run, removed when the run ends, so `pnpm test` leaves nothing in /tmp even when a
 * test forgets to clean up or fails half-way. Set before the workers start, so they and their children inherit it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export default function setup(): () => void {
  const previous = process.env.TMPDIR;
  const runDir = mkdtempSync(join(tmpdir(), 'vitest-run-'));
  process.env.TMPDIR = runDir;
  return () => {
    if (previous === undefined) delete process.env.TMPDIR;
    else process.env.TMPDIR = previous;
    rmSync(runDir, { recursive: true, force: true });
  };
}
