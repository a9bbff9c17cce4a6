/**
 * A folder of generated files that survives builds (Astro empties dist/ at the start of each one), written
 * incrementally: a file is rewritten only when its bytes change (temp file, then rename, so a reader never
 * sees half a file and hard links made earlier keep the old bytes), files not produced by this run are
 * removed, and the result is hard-linked into the built site (copied where links are not possible).
 */
import {
  copyFileSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

export interface StoreReport {
  written: number;
  unchanged: number;
  removed: number;
  files: number;
  bytes: number;
}

export class ShardStore {
  private readonly produced = new Set<string>();
  private written = 0;
  private unchanged = 0;
  private bytes = 0;
  private readonly dirsMade = new Set<string>();

  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
  }

  /** Writes `text` at `relPath` (forward slashes) unless the file already holds exactly these bytes. */
  write(relPath: string, text: string): void {
    if (this.produced.has(relPath)) throw new Error(`${join(this.root, relPath)}: written twice in one build`);
    this.produced.add(relPath);
    const file = join(this.root, relPath);
    const bytes = Buffer.from(text, 'utf8');
    this.bytes += bytes.length;
    if (sameBytes(file, bytes)) {
      this.unchanged++;
      return;
    }
    this.ensureDir(dirname(file));
    const temp = `${file}.tmp-${process.pid}`;
    writeFileSync(temp, bytes);
    renameSync(temp, file);
    this.written++;
  }

  /** Removes the files this run did not produce; returns what the run did. */
  finish(): StoreReport {
    let removed = 0;
    for (const rel of listFiles(this.root)) {
      if (this.produced.has(rel)) continue;
      rmSync(join(this.root, rel), { force: true });
      removed++;
    }
    return { written: this.written, unchanged: this.unchanged, removed, files: this.produced.size, bytes: this.bytes };
  }

  /** Puts every produced file into `outDir` at the same relative path. */
  linkInto(outDir: string): void {
    const made = new Set<string>();
    for (const rel of [...this.produced].sort()) {
      const target = join(outDir, rel);
      const dir = dirname(target);
      if (!made.has(dir)) {
        mkdirSync(dir, { recursive: true });
        made.add(dir);
      }
      rmSync(target, { force: true });
      try {
        linkSync(join(this.root, rel), target);
      } catch {
        // Another file system, or one without hard links: a copy has the same bytes.
        copyFileSync(join(this.root, rel), target);
      }
    }
  }

  private ensureDir(dir: string): void {
    if (this.dirsMade.has(dir)) return;
    mkdirSync(dir, { recursive: true });
    this.dirsMade.add(dir);
  }
}

function sameBytes(file: string, bytes: Buffer): boolean {
  try {
    if (statSync(file).size !== bytes.length) return false;
    return readFileSync(file).equals(bytes);
  } catch {
    return false;
  }
}

/** Every file under `root`, as forward-slash paths relative to it. */
function listFiles(root: string): string[] {
  return readdirSync(root, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) =>
      join(entry.parentPath, entry.name)
        .slice(root.length + 1)
        .split('\\')
        .join('/'),
    );
}
