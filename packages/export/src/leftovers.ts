/**
 * Leftovers of interrupted builds. A build writes into `.<out>.tmp-<pid>-<random>` beside the output and moves
 * the previous output to `.<out>.old-<pid>-<random>` for the moment of the swap; `kill -9` (or a power cut)
 * leaves them behind. The next build removes those of processes that are gone, and puts a previous output back
 * when the swap was cut between its two renames (the output is missing and an `.old-` folder holds it).
 */
import { existsSync, mkdtempSync, readdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** When this process started, in ms since the epoch: a folder with our PID but older than that is a previous process's. */
const STARTED_AT = Date.now() - process.uptime() * 1000;

/** True when a process with this PID runs (EPERM: it runs under another user). */
function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function isLeftover(folder: string, pid: number): boolean {
  if (pid !== process.pid) return !isAlive(pid);
  // In a container the PID of a killed build is often this process's PID again: older than this process means stale.
  try {
    return statSync(folder).mtimeMs < STARTED_AT;
  } catch {
    return false;
  }
}

/** The leftovers of dead builds of `target`, as { path, kind }. */
export function leftoversOf(target: string): Array<{ path: string; kind: 'tmp' | 'old' }> {
  const parent = dirname(target);
  const pattern = new RegExp(`^\\.${escapeRegExp(basename(target))}\\.(tmp|old)-(\\d+)(?:-[A-Za-z0-9]+)?$`);
  let names: string[];
  try {
    names = readdirSync(parent);
  } catch {
    return [];
  }
  const found: Array<{ path: string; kind: 'tmp' | 'old' }> = [];
  for (const name of names.sort()) {
    const m = pattern.exec(name);
    if (m && isLeftover(join(parent, name), Number(m[2])))
      found.push({ path: join(parent, name), kind: m[1] as 'tmp' | 'old' });
  }
  return found;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Removes the leftovers of dead builds of `target`. If `target` is missing and a dead build left its previous
 * output aside (`.old-`), that output is put back first: it is the user's last good build.
 */
export function cleanLeftovers(target: string): string[] {
  const cleaned: string[] = [];
  for (const { path, kind } of leftoversOf(target)) {
    if (kind === 'old' && !existsSync(target)) {
      renameSync(path, target);
      cleaned.push(`${path} (restored as ${target})`);
      continue;
    }
    rmSync(path, { recursive: true, force: true });
    cleaned.push(path);
  }
  return cleaned;
}

/** A fresh folder beside `target` whose name no other build can be using: PID plus a random suffix (mkdtemp). */
export function freshSibling(target: string, kind: 'tmp' | 'old'): string {
  return mkdtempSync(join(dirname(target), `.${basename(target)}.${kind}-${process.pid}-`));
}
