/**
 * A folder of generated files that survives builds (Astro empties dist/ at the start of each one), written
 * incrementally: a file is rewritten only when its bytes change (temp file, then rename, so a reader never
 * sees half a file and hard links made earlier keep the old bytes), files not produced by this run are
 * removed, and the result is hard-linked into the built site (copied where links are not possible).
 * A file may also carry the key of its inputs (a hash of everything it is made from, code included): when a
 * later build asks for the same key, the file is kept without being computed again (`reuse`). The keys live in
 * KEYS_FILE, written last, so a build that stops halfway leaves keys only for files it finished.
 */
import { createHash } from 'node:crypto';
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
import { threadId } from 'node:worker_threads';

const KEYS_FILE = '.input-keys.json';

export interface StoreReport {
  written: number;
  unchanged: number;
  /** Files kept because their inputs had not changed (not computed again). */
  reused: number;
  removed: number;
  files: number;
  bytes: number;
}

export class ShardStore {
  private readonly produced = new Set<string>();
  private written = 0;
  private unchanged = 0;
  private bytes = 0;
  private reused = 0;
  private readonly dirsMade = new Set<string>();
  private readonly previousKeys: Map<string, string>;
  private readonly keys = new Map<string, string>();
  private readonly keptFolders: string[] = [];

  constructor(readonly root: string) {
    mkdirSync(root, { recursive: true });
    this.previousKeys = readKeys(join(root, KEYS_FILE));
  }

  /** True when the file exists and was made from inputs with this key (nothing is recorded). */
  canReuse(relPath: string, key: string): boolean {
    return (
      this.previousKeys.get(relPath) === key && !this.produced.has(relPath) && fileSize(join(this.root, relPath)) >= 0
    );
  }

  /** True (and the file is kept) when the file exists and was made from inputs with this key. */
  reuse(relPath: string, key: string): boolean {
    if (this.previousKeys.get(relPath) !== key || this.produced.has(relPath)) return false;
    const size = fileSize(join(this.root, relPath));
    if (size < 0) return false;
    this.produced.add(relPath);
    this.keys.set(relPath, key);
    this.bytes += size;
    this.reused++;
    return true;
  }

  /** Writes `text` at `relPath` (forward slashes) unless the file already holds exactly these bytes. */
  write(relPath: string, text: string, key?: string): void {
    this.claim(relPath);
    this.adopt(relPath, putFile(this.root, relPath, text, this.dirsMade), key);
  }

  /**
   * Writes `text` unless the previous build wrote exactly these bytes (their hash is the file's key), which
   * spares reading every unchanged file back.
   */
  writeIfChanged(relPath: string, text: string): void {
    this.claim(relPath);
    this.adopt(relPath, putIfChanged(this.root, relPath, text, this.previousKey(relPath), this.dirsMade));
  }

  /** The key the previous build recorded for a file (what `putIfChanged` compares with). */
  previousKey(relPath: string): string | undefined {
    return this.previousKeys.get(relPath);
  }

  /**
   * Records a file that `putFile` or `putIfChanged` wrote or found unchanged, in this thread or in a worker
   * (the site-data step's workers write the files they make, so that the build's thread does not wait on the
   * file system for hundreds of thousands of them).
   */
  adopt(relPath: string, put: FilePut, key = put.key): void {
    this.claim(relPath);
    this.produced.add(relPath);
    if (key !== undefined) this.keys.set(relPath, key);
    this.bytes += put.bytes;
    if (put.written) this.written++;
    else this.unchanged++;
  }

  private claim(relPath: string): void {
    if (this.produced.has(relPath)) throw new Error(`${join(this.root, relPath)}: written twice in one build`);
  }

  /**
   * Leaves the files under `relDir` to their owner: `finish` neither removes nor counts them (the build script
   * keeps Astro's output there between builds, src/build/astro-render.ts).
   */
  keepFolder(relDir: string): void {
    this.keptFolders.push(`${relDir}/`);
  }

  /** Removes the files this run did not produce; returns what the run did. */
  finish(): StoreReport {
    let removed = 0;
    for (const rel of listFiles(this.root)) {
      if (this.produced.has(rel) || rel === KEYS_FILE) continue;
      if (this.keptFolders.some((dir) => rel.startsWith(dir))) continue;
      rmSync(join(this.root, rel), { force: true });
      removed++;
    }
    const keysFile = join(this.root, KEYS_FILE);
    writeFileSync(`${keysFile}.tmp-${process.pid}`, JSON.stringify(Object.fromEntries([...this.keys].sort())));
    renameSync(`${keysFile}.tmp-${process.pid}`, keysFile);
    return {
      written: this.written,
      unchanged: this.unchanged,
      reused: this.reused,
      removed,
      files: this.produced.size,
      bytes: this.bytes,
    };
  }

  /**
   * Puts every produced file into `outDir` at the same relative path, except those under `privateDirs`. A link
   * an earlier build made to the very same file is kept, and files of the folders the store publishes that it
   * did not produce are removed: the build script keeps `data/` of the site between builds
   * (src/build/astro-render.ts), where one more article changes a few dozen of some 20,000 files.
   */
  linkInto(outDir: string, privateDirs: readonly string[] = []): void {
    const made = new Set<string>();
    const isPrivate = (rel: string) => privateDirs.some((dir) => rel.startsWith(`${dir}/`));
    const published = [...this.produced].filter((rel) => !isPrivate(rel)).sort();
    removeUnpublished(outDir, published);
    for (const rel of published) {
      const target = join(outDir, rel);
      if (sameFile(join(this.root, rel), target)) continue;
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
}

/** True when `a` and `b` are the same file (a hard link of one is the other). */
function sameFile(a: string, b: string): boolean {
  const target = statSync(b, { throwIfNoEntry: false });
  if (!target) return false;
  const source = statSync(a);
  return source.ino === target.ino && source.dev === target.dev;
}

/**
 * Removes from `outDir` the files of the folders `published` lies in (their first path segment: `data/`) that
 * are not in `published`, and the folders that leaves empty.
 */
function removeUnpublished(outDir: string, published: readonly string[]): void {
  const wanted = new Set(published);
  for (const top of new Set(published.map((rel) => rel.split('/')[0]!))) {
    const dir = join(outDir, top);
    if (fileSize(dir) < 0) continue;
    for (const rel of listFiles(dir)) if (!wanted.has(`${top}/${rel}`)) rmSync(join(dir, rel), { force: true });
    removeEmptyFolders(dir);
  }
}

/** Removes the folders under `dir` (itself included) that hold no file; true when `dir` was removed. */
function removeEmptyFolders(dir: string): boolean {
  let empty = true;
  for (const entry of readdirSync(dir, { withFileTypes: true }))
    if (!entry.isDirectory() || !removeEmptyFolders(join(dir, entry.name))) empty = false;
  if (empty) rmSync(dir, { recursive: true, force: true });
  return empty;
}

/** What writing one file did: its size, whether its bytes changed, and (for `putIfChanged`) its content key. */
export interface FilePut {
  bytes: number;
  written: boolean;
  key?: string;
}

/**
 * Writes `text` at `root/relPath` unless the file already holds exactly these bytes: to a temp file, then
 * renamed, so a reader never sees half a file and hard links made earlier keep the old bytes. `dirsMade`
 * spares asking for a folder twice.
 */
export function putFile(root: string, relPath: string, text: string, dirsMade = new Set<string>()): FilePut {
  const file = join(root, relPath);
  const bytes = Buffer.from(text, 'utf8');
  if (sameBytes(file, bytes)) return { bytes: bytes.length, written: false };
  const dir = dirname(file);
  if (!dirsMade.has(dir)) {
    mkdirSync(dir, { recursive: true });
    dirsMade.add(dir);
  }
  const temp = `${file}.tmp-${process.pid}-${threadId}`;
  writeFileSync(temp, bytes);
  renameSync(temp, file);
  return { bytes: bytes.length, written: true };
}

/** `putFile`, unless the file is there with the size of `text` and `previousKey` is the hash of `text`. */
export function putIfChanged(
  root: string,
  relPath: string,
  text: string,
  previousKey: string | undefined,
  dirsMade?: Set<string>,
): FilePut {
  const key = `sha256:${createHash('sha256').update(text).digest('hex')}`;
  const bytes = Buffer.byteLength(text);
  if (previousKey === key && fileSize(join(root, relPath)) === bytes) return { bytes, written: false, key };
  return { ...putFile(root, relPath, text, dirsMade), key };
}

/** The keys of the previous build; none when the file is missing or unreadable (everything is recomputed). */
function readKeys(file: string): Map<string, string> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

/**
 * A file's size, or -1 when it does not exist (asked without an exception: a cold build asks it of hundreds of
 * thousands of files that are not there yet, and building each exception's stack cost more than the question).
 */
function fileSize(file: string): number {
  return statSync(file, { throwIfNoEntry: false })?.size ?? -1;
}

function sameBytes(file: string, bytes: Buffer): boolean {
  if (fileSize(file) !== bytes.length) return false;
  try {
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
