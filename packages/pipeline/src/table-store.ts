/**
 * The previous build's tables, kept in the cache folder (`<cache>/tables/`) with an index of where each
 * article's rows are in them: a warm build copies the rows of every article whose fragment key is unchanged
 * straight from there, in runs of whole byte ranges, instead of opening, hashing and copying one fragment file
 * per article (fragment-cache.ts). The fragments stay the fallback for articles the previous build did not
 * have under the same key.
 *
 * The tables' files are hard links to the output's (a copy where the cache is on another file system), so
 * keeping them costs no writing. The next build replaces the output folder by a rename, which leaves these
 * links to the previous files. Everything is verified before use: the index by its hash, each file by the size
 * and SHA-256 its build computed while writing it (so a file edited in place through the output is noticed).
 * Reading and hashing every file is the cost of that check (the whole dataset's CSV and JSON), so a file whose
 * size, modification time and inode are those recorded when the store was sealed is taken as unchanged
 * (store-check.ts). Anything that does not verify leaves the store unused, and every article goes through the
 * fragments.
 */
import { openForReading } from './open-for-reading.js';
import { unchangedSinceSeal, type SealedStat } from './store-check.js';
import { createHash } from 'node:crypto';
import {
  closeSync,
  copyFileSync,
  existsSync,
  fstatSync,
  linkSync,
  mkdirSync,
  readFileSync,
  readSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import type { FileFacts, TableWriter, WrittenRange } from '@dossier/export';

/** Bump when the index's shape changes. */
const STORE_FORMAT = 2;

/** One article's rows in one table: rows, CSV start and bytes, JSON start and bytes; 0 when it has none there. */
type Slot = [number, number, number, number, number] | 0;

interface StoreIndex {
  tables: string[];
  /**
   * File name, bytes, SHA-256 (hex), then modification time (ms) and inode of every table file the ranges point
   * into, the last two as the store's own link to it had them when the index was written.
   */
  files: Array<[string, number, string, number, number]>;
  /** Entity IDs, each once, for the articles' mentions. */
  entityIds: string[];
  /** Mentions and articles of each of entityIds in the whole build (the entities table's counts). */
  totals: Array<[number, number]>;
  /** In output order: article ID, fragment key, one slot per table, each mention's entity (index into entityIds). */
  articles: Array<[string, string, Slot[], number[]]>;
}

/** An article found in the store under its fragment key. */
export interface StoredArticle {
  slots: Slot[];
  /** Each mention's entity, as an index into the store's entityIds. */
  mentions: number[];
}

/** Bytes read per system call when copying a range: large enough for few calls, small enough to die young. */
const PIECE_BYTES = 1 << 20;

export class TableStore {
  private readonly positions = new Map<string, number>();
  private readonly fds = new Map<string, number>();
  /** Files whose bytes were read and hashed to check them (the rest matched their recorded size, time and inode). */
  hashedFiles = 0;
  /** The stored articles looked up and found: the rest are no longer in the build as they were. */
  private readonly used: boolean[];

  private constructor(
    private readonly dir: string,
    private readonly index: StoreIndex,
  ) {
    for (const [position, [articleId]] of index.articles.entries()) this.positions.set(articleId, position);
    this.used = index.articles.map(() => false);
  }

  get entityIds(): readonly string[] {
    return this.index.entityIds;
  }

  get totals(): ReadonlyArray<readonly [number, number]> {
    return this.index.totals;
  }

  /** The mentions' entity IDs of each stored article that no lookup found (removed, changed, or renamed entities). */
  *unusedMentionEntityIds(): Generator<string[]> {
    for (const [position, used] of this.used.entries())
      if (!used) yield this.index.articles[position]![3].map((i) => this.index.entityIds[i]!);
  }

  /**
   * The store in `dir`, if it holds these tables and every file verifies; else undefined (no store yet, or one
   * that cannot be trusted: the build then renders or takes from fragments what it would have copied).
   */
  static open(dir: string, tables: readonly string[]): TableStore | undefined {
    const read = readIndex(dir);
    if (!read || read.index.tables.join('\0') !== tables.join('\0')) return undefined;
    const store = new TableStore(dir, read.index);
    // Each file stays open from its check to the end of the copy, so another build replacing the store in
    // between cannot swap the bytes under the index.
    for (const [name, bytes, sha256, mtimeMs, ino] of read.index.files) {
      const opened = openVerified(join(dir, name), { bytes, sha256, mtimeMs, ino }, read.sealedAtMs);
      if (opened === undefined) {
        store.close();
        return undefined;
      }
      if (opened.hashed) store.hashedFiles++;
      store.fds.set(name, opened.fd);
    }
    return store;
  }

  /** The article's rows, if the previous build wrote them under this fragment key. */
  lookup(articleId: string, fragmentKey: string): StoredArticle | undefined {
    const position = this.positions.get(articleId);
    if (position === undefined) return undefined;
    const [, key, slots, mentions] = this.index.articles[position]!;
    if (key !== fragmentKey) return undefined;
    this.used[position] = true;
    return { slots, mentions };
  }

  /** The bytes [start, end) of one of the store's files, a piece at a time. */
  *pieces(file: string, start: number, end: number): Generator<Uint8Array> {
    const fd = this.fds.get(file);
    if (fd === undefined) throw new Error(`${join(this.dir, file)}: not a file of the store's index`);
    for (let at = start; at < end; ) {
      const piece = Buffer.allocUnsafe(Math.min(PIECE_BYTES, end - at));
      const read = readSync(fd, piece, 0, piece.length, at);
      if (read === 0) throw new Error(`${join(this.dir, file)}: shorter than its index says (at byte ${at})`);
      yield read === piece.length ? piece : piece.subarray(0, read);
      at += read;
    }
  }

  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }
}

/**
 * The index, if it is there, parses and matches the hash in its header line; with the time it was written
 * (its file's modification time), which the files' recorded times are compared with (store-check.ts).
 */
function readIndex(dir: string): { index: StoreIndex; sealedAtMs: number } | undefined {
  let bytes: Buffer;
  let sealedAtMs: number;
  try {
    const path = join(dir, 'index.json');
    sealedAtMs = statSync(path).mtimeMs;
    bytes = readFileSync(path);
  } catch {
    return undefined;
  }
  const newline = bytes.indexOf(0x0a);
  if (newline < 0) return undefined;
  try {
    const header = JSON.parse(bytes.toString('utf8', 0, newline)) as Record<string, unknown>;
    const content = bytes.subarray(newline + 1);
    if (header.format !== STORE_FORMAT) return undefined;
    if (header.contentSha256 !== createHash('sha256').update(content).digest('hex')) return undefined;
    const index = JSON.parse(content.toString('utf8')) as StoreIndex;
    return isIndex(index) ? { index, sealedAtMs } : undefined;
  } catch {
    return undefined;
  }
}

function isIndex(index: StoreIndex): boolean {
  return (
    typeof index === 'object' &&
    index !== null &&
    Array.isArray(index.tables) &&
    Array.isArray(index.files) &&
    Array.isArray(index.entityIds) &&
    Array.isArray(index.totals) &&
    index.totals.length === index.entityIds.length &&
    Array.isArray(index.articles)
  );
}

/**
 * The file opened, if it has the size and SHA-256 it had when written; else undefined. Its bytes are read (in
 * pieces, never whole) and hashed only when its modification time or inode are not the sealed ones, or when
 * it could have changed within the same clock tick as the seal (store-check.ts).
 */
function openVerified(
  path: string,
  sealed: SealedStat & { sha256: string },
  sealedAtMs: number,
): { fd: number; hashed: boolean } | undefined {
  const fd = openForReading(path);
  if (fd === undefined) return undefined;
  try {
    const stat = fstatSync(fd);
    if (stat.size !== sealed.bytes) throw new Error('size');
    if (unchangedSinceSeal(sealed, stat, sealedAtMs)) return { fd, hashed: false };
    const hash = createHash('sha256');
    const piece = Buffer.allocUnsafe(PIECE_BYTES);
    for (
      let read = readSync(fd, piece, 0, PIECE_BYTES, null);
      read > 0;
      read = readSync(fd, piece, 0, PIECE_BYTES, null)
    )
      hash.update(piece.subarray(0, read));
    if (hash.digest('hex') !== sealed.sha256) throw new Error('hash');
    return { fd, hashed: true };
  } catch {
    closeSync(fd);
    return undefined;
  }
}

/**
 * Copies stored articles' rows into the new build's tables, joining the articles that lie next to each other in
 * a stored file into one copy of one range. A range waits until the next article breaks it (or `flush`), so the
 * caller must flush before it writes anything else into the tables.
 */
export class RangeCopier {
  private readonly pending: Array<PendingRun | undefined>;

  constructor(
    private readonly store: TableStore,
    private readonly tables: readonly string[],
    private readonly writers: ReadonlyMap<string, TableWriter>,
    /** Told where each copied article's rows went, for the next build's index. */
    private readonly onWritten: (article: number, table: number, range: WrittenRange) => void,
  ) {
    this.pending = tables.map(() => undefined);
  }

  /** Queues a stored article's rows (its `slots`); `article` is the caller's number for it, given back to onWritten. */
  add(article: number, slots: Slot[]): number {
    let rows = 0;
    slots.forEach((slot, table) => {
      if (slot === 0) return;
      const [count, csvStart, csvBytes, jsonStart, jsonBytes] = slot;
      rows += count;
      const run = this.pending[table];
      // Next to the run in both files (JSON lines are joined by ",\n"): the same copy takes it.
      if (run && run.csvEnd === csvStart && run.jsonEnd + 2 === jsonStart) {
        run.rows += count;
        run.csvEnd = csvStart + csvBytes;
        run.jsonEnd = jsonStart + jsonBytes;
        run.members.push({ article, slot });
        return;
      }
      this.flushTable(table);
      this.pending[table] = {
        rows: count,
        csvStart,
        csvEnd: csvStart + csvBytes,
        jsonStart,
        jsonEnd: jsonStart + jsonBytes,
        members: [{ article, slot }],
      };
    });
    return rows;
  }

  flush(): void {
    for (let table = 0; table < this.tables.length; table++) this.flushTable(table);
  }

  private flushTable(table: number): void {
    const run = this.pending[table];
    if (!run) return;
    this.pending[table] = undefined;
    const name = this.tables[table]!;
    const written = this.writers
      .get(name)!
      .addCopied(
        run.rows,
        this.store.pieces(`${name}.csv`, run.csvStart, run.csvEnd),
        this.store.pieces(`${name}.json`, run.jsonStart, run.jsonEnd),
      )!;
    // Each member keeps its place within the run, so its new offsets are the run's plus its old distance.
    for (const { article, slot } of run.members) {
      const [rows, csvStart, csvBytes, jsonStart, jsonBytes] = slot as Exclude<Slot, 0>;
      this.onWritten(article, table, {
        rows,
        csvStart: written.csvStart + csvStart - run.csvStart,
        csvBytes,
        jsonStart: written.jsonStart + jsonStart - run.jsonStart,
        jsonBytes,
      });
    }
  }
}

interface PendingRun {
  rows: number;
  csvStart: number;
  csvEnd: number;
  jsonStart: number;
  jsonEnd: number;
  members: Array<{ article: number; slot: Slot }>;
}

/** The new build's index, filled as the articles are written; saved with the output's files once it is in place. */
export class StoreRecorder {
  private readonly articles: StoreIndex['articles'] = [];
  private readonly entityIds = new Map<string, number>();

  /**
   * `previous`: the entity IDs of the store the build copies from, kept at the same indexes so that a copied
   * article's mentions are kept as they are.
   */
  constructor(
    private readonly tables: readonly string[],
    previous: readonly string[] = [],
  ) {
    for (const id of previous) this.entityIds.set(id, this.entityIds.size);
  }

  /** Starts an article's entry (in output order); returns its number for `record`. */
  begin(articleId: string, fragmentKey: string, mentionEntityIds: readonly string[]): number {
    const mentions = mentionEntityIds.map((id) => {
      let i = this.entityIds.get(id);
      if (i === undefined) this.entityIds.set(id, (i = this.entityIds.size));
      return i;
    });
    return this.beginStored(articleId, fragmentKey, mentions);
  }

  /** Starts the entry of an article copied from the store (its mentions as the store's entity indexes). */
  beginStored(articleId: string, fragmentKey: string, mentions: number[]): number {
    this.articles.push([articleId, fragmentKey, this.tables.map(() => 0 as Slot), mentions]);
    return this.articles.length - 1;
  }

  record(article: number, table: number, range: WrittenRange | undefined): void {
    if (!range) return;
    this.articles[article]![2][table] = [range.rows, range.csvStart, range.csvBytes, range.jsonStart, range.jsonBytes];
  }

  /**
   * Links (or copies) the output's table files into `dir` and writes the index, all in a temporary folder that
   * then replaces the previous store. `files` are the facts the writers computed for those files.
   */
  save(
    dir: string,
    outDir: string,
    files: readonly FileFacts[],
    counts: { mentionCount(id: string): number; articleCount(id: string): number },
  ): void {
    const temp = `${dir}.tmp-${process.pid}`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp, { recursive: true });
    const names = new Set(this.tables.flatMap((t) => [`${t}.csv`, `${t}.json`]));
    const kept = files.filter((f) => names.has(f.path));
    for (const file of kept) linkOrCopy(join(outDir, file.path), join(temp, file.path));
    const index: StoreIndex = {
      tables: [...this.tables],
      files: kept.map((f) => {
        // After the link, which is the store's own: a copy has a time and inode of its own.
        const { mtimeMs, ino } = statSync(join(temp, f.path));
        return [f.path, f.bytes, f.hash.replace(/^sha256:/, ''), mtimeMs, ino];
      }),
      entityIds: [...this.entityIds.keys()],
      totals: [...this.entityIds.keys()].map((id) => [counts.mentionCount(id), counts.articleCount(id)]),
      articles: this.articles,
    };
    const content = Buffer.from(JSON.stringify(index), 'utf8');
    const header = JSON.stringify({
      format: STORE_FORMAT,
      contentSha256: createHash('sha256').update(content).digest('hex'),
    });
    writeFileSync(join(temp, 'index.json'), Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), content]));
    const old = `${dir}.old-${process.pid}`;
    rmSync(old, { recursive: true, force: true });
    try {
      if (existsSync(dir)) renameSync(dir, old);
      renameSync(temp, dir);
    } catch (e) {
      // Another build with this cache folder put its store in place between the two renames: it is as good as
      // this one (each is checked against its files), so that one stays, and the next build uses it.
      rmSync(temp, { recursive: true, force: true });
      if (!['ENOTEMPTY', 'EEXIST', 'ENOENT'].includes((e as NodeJS.ErrnoException).code ?? '')) throw e;
    }
    rmSync(old, { recursive: true, force: true });
  }
}

/** A hard link costs no bytes; across file systems (or where links are refused) a copy instead. */
function linkOrCopy(from: string, to: string): void {
  try {
    linkSync(from, to);
  } catch {
    copyFileSync(from, to);
  }
}
