/**
 * The per-article rows on disk while the build runs, so that the corpus step never holds every article's rows
 * at once. One file per table; each record is one article's rows of that table, `[index, rows]`, where `index`
 * is the article's position in the input, serialized with V8's structured clone (`v8.serialize`) behind its
 * byte length. Not JSON: JSON turns Infinity and NaN into null, and a row holding one must reach validation
 * as it is, to be quarantined as the in-memory step does. Articles arrive in whatever order the workers finish, so a
 * reader puts each table's lines back in input order (see `tableRows`), which is the order the in-memory
 * assembly concatenates them in: the stable sort of a table then gives the same rows in the same order.
 */
import { closeSync, mkdtempSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deserialize, serialize } from 'node:v8';
import type { ArticleRows, ArticleTableName } from '@dossier/assemble';
import { RecordIndex } from './record-index.js';

/** Bytes buffered per table before they are written: enough to make few system calls, small next to the rows. */
const FLUSH_BYTES = 1 << 20;
const READ_BYTES = 1 << 20;
const LENGTH_BYTES = 4;

type AnyRow = Record<string, unknown>;

export class ArticleSpill {
  readonly dir: string;
  private readonly files = new Map<string, SpillFile>();
  private closed = false;

  constructor(parent: string = tmpdir()) {
    this.dir = mkdtempSync(join(parent, 'dossier-spill-'));
  }

  /** Appends one article's rows, table by table (empty tables write nothing). */
  add(index: number, article: ArticleRows): void {
    for (const [table, rows] of Object.entries(article.rows) as unknown as Array<[ArticleTableName, AnyRow[]]>) {
      if (rows.length === 0) continue;
      const file = this.fileOf(table);
      const record = serialize([index, rows]);
      const length = Buffer.alloc(LENGTH_BYTES);
      length.writeUInt32LE(record.length);
      file.pending.push(length, record);
      file.bytes += LENGTH_BYTES + record.length;
      file.records.set(index, file.position + LENGTH_BYTES, record.length);
      file.position += LENGTH_BYTES + record.length;
      if (file.bytes >= FLUSH_BYTES) this.flush(file);
    }
  }

  /** Ends the writing; the files can then be read. */
  finish(): void {
    if (this.closed) return;
    for (const file of this.files.values()) {
      this.flush(file);
      closeSync(file.fd);
    }
    this.closed = true;
  }

  /**
   * Every article's rows of `table`, in input order, with each article's index. `keep` filters articles by
   * index (the quarantined ones are left out). Holds the table's rows, never another table's.
   */
  tableRows(table: ArticleTableName, keep: (index: number) => boolean = () => true): Array<[number, AnyRow[]]> {
    if (!this.closed) throw new Error('ArticleSpill: finish() before reading');
    const articles: Array<[number, AnyRow[]]> = [];
    if (!this.files.has(table)) return articles;
    for (const record of readRecords(this.path(table))) {
      const entry = deserialize(record) as [number, AnyRow[]];
      if (keep(entry[0])) articles.push(entry);
    }
    return articles.sort((a, b) => a[0] - b[0]);
  }

  /** One article's rows of `table` (empty when it has none), read from where add() put them. */
  articleRows(table: ArticleTableName, index: number): AnyRow[] {
    if (!this.closed) throw new Error('ArticleSpill: finish() before reading');
    const file = this.files.get(table);
    const where = file?.records.get(index);
    if (!file || !where) return [];
    file.reader ??= openSync(this.path(table), 'r');
    const bytes = Buffer.allocUnsafe(where.length);
    for (let read = 0; read < where.length; ) {
      const n = readSync(file.reader, bytes, read, where.length - read, where.offset + read);
      if (n === 0) throw new Error(`${this.path(table)}: the spill file ends inside a record`);
      read += n;
    }
    return (deserialize(bytes) as [number, AnyRow[]])[1];
  }

  /** Removes the files (also when the build failed). */
  remove(): void {
    if (!this.closed) {
      for (const file of this.files.values()) closeSync(file.fd);
      this.closed = true;
    }
    for (const file of this.files.values()) if (file.reader !== undefined) closeSync(file.reader);
    this.files.clear();
    rmSync(this.dir, { recursive: true, force: true });
  }

  private path(table: string): string {
    return join(this.dir, `${table}.v8`);
  }

  private fileOf(table: string): SpillFile {
    let file = this.files.get(table);
    if (!file) {
      file = { fd: openSync(this.path(table), 'w'), pending: [], bytes: 0, position: 0, records: new RecordIndex() };
      this.files.set(table, file);
    }
    return file;
  }

  private flush(file: SpillFile): void {
    if (file.pending.length === 0) return;
    const bytes = Buffer.concat(file.pending);
    for (let written = 0; written < bytes.length; ) written += writeSync(file.fd, bytes, written);
    file.pending = [];
    file.bytes = 0;
  }
}

interface SpillFile {
  fd: number;
  pending: Buffer[];
  /** Bytes pending. */
  bytes: number;
  /** Bytes added so far, pending or written: where the next record starts. */
  position: number;
  /** Where each article's record lies (its payload, after the length). */
  records: RecordIndex;
  /** Opened by the first articleRows(). */
  reader?: number;
}

/**
 * The records of a spill file, read a megabyte at a time (a longer record is read whole). Each record is a view
 * into the read buffer, valid until the next one is asked for.
 */
function* readRecords(path: string): Generator<Buffer> {
  const fd = openSync(path, 'r');
  let buffer = Buffer.alloc(READ_BYTES);
  let filled = 0;
  let at = 0;
  const fill = (need: number): boolean => {
    if (filled - at >= need) return true;
    // Move what is left to the front (into a bigger buffer if one record needs it), then read more behind it.
    const next = need > buffer.length ? Buffer.alloc(need) : buffer;
    buffer.copy(next, 0, at, filled);
    buffer = next;
    filled -= at;
    at = 0;
    while (filled < need) {
      const n = readSync(fd, buffer, filled, buffer.length - filled, null);
      if (n === 0) return false;
      filled += n;
    }
    return true;
  };
  try {
    for (;;) {
      if (!fill(LENGTH_BYTES)) {
        if (filled > at) throw new Error(`${path}: the spill file ends inside a record`);
        break;
      }
      const length = buffer.readUInt32LE(at);
      if (!fill(LENGTH_BYTES + length)) throw new Error(`${path}: the spill file ends inside a record`);
      yield buffer.subarray(at + LENGTH_BYTES, at + LENGTH_BYTES + length);
      at += LENGTH_BYTES + length;
    }
  } finally {
    closeSync(fd);
  }
}
