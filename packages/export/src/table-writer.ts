/**
 * One table's CSV and JSON written as its rows come, in order, a few at a time: for a caller that never holds
 * the whole table (the pipeline's streamed corpus step). The bytes are those of writeTableFiles for the same
 * rows: the same renderers (csvText, jsonLines), and CSV records and JSON lines do not depend on how the rows
 * are grouped into chunks.
 */
import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { columnsOf } from '@dossier/schema';
import type { FileFacts } from './datapackage.js';
import { CHUNK_ROWS, csvText, jsonLines, type Row } from './serialize.js';

/**
 * A file written in the order of its parts, hashed as it goes, and buffered: the streamed corpus step appends
 * each article's share of every table (a few hundred bytes to a few kilobytes each), and one system call per
 * part was a large share of a warm build's export. Text is encoded straight into one reused buffer and the hash
 * is updated once per buffer: a Buffer allocated and hashed per part cost more than the writing itself at
 * 10,000 articles (apps/bench/results/notes.md, "Twelfth session").
 */
class HashedFile {
  private readonly fd: number;
  private readonly hash: Hash = createHash('sha256');
  /** Bytes written so far (the offset of the next write). */
  size = 0;
  private readonly buffer = Buffer.allocUnsafe(FLUSH_BYTES);
  private filled = 0;

  constructor(
    folder: string,
    readonly path: string,
  ) {
    this.fd = openSync(join(folder, path), 'w');
  }

  write(part: string | Uint8Array): void {
    if (typeof part === 'string') this.writeText(part);
    else this.writeBytes(part);
  }

  close(rows: number): FileFacts {
    this.flush();
    closeSync(this.fd);
    return { path: this.path, bytes: this.size, hash: `sha256:${this.hash.digest('hex')}`, rows };
  }

  private writeText(text: string): void {
    // A UTF-16 code unit takes at most 3 bytes in UTF-8, so the exact length is needed only near the end.
    if (text.length * 3 > this.buffer.length - this.filled) {
      const length = Buffer.byteLength(text, 'utf8');
      if (length > this.buffer.length - this.filled) this.flush();
      if (length > this.buffer.length) {
        this.writeOut(Buffer.from(text, 'utf8'));
        return;
      }
    }
    const written = this.buffer.write(text, this.filled, 'utf8');
    this.filled += written;
    this.size += written;
  }

  private writeBytes(bytes: Uint8Array): void {
    if (bytes.length > this.buffer.length - this.filled) this.flush();
    if (bytes.length > this.buffer.length) {
      this.writeOut(bytes);
      return;
    }
    this.buffer.set(bytes, this.filled);
    this.filled += bytes.length;
    this.size += bytes.length;
  }

  private flush(): void {
    if (this.filled === 0) return;
    const filled = this.filled;
    this.filled = 0;
    this.size -= filled;
    this.writeOut(this.buffer.subarray(0, filled));
  }

  /** Hashes and writes `bytes` now (the buffer must be empty: the file's bytes stay in order). */
  private writeOut(bytes: Uint8Array): void {
    this.hash.update(bytes);
    for (let written = 0; written < bytes.length; )
      written += writeSync(this.fd, bytes, written, bytes.length - written);
    this.size += bytes.length;
  }
}

/** Bytes gathered before a write: few system calls, little memory. */
const FLUSH_BYTES = 1 << 20;

/** Some rows of one table rendered ahead of writing (renderRows): CSV records and JSON lines, no separators around. */
export interface RenderedRows {
  rows: number;
  /** CSV records, each ending in LF, no header; as text or as its UTF-8 bytes (a fragment read from disk). */
  csv: string | Uint8Array;
  /** JSON lines joined with ",\n", no bracket and no separator before the first or after the last; text or UTF-8. */
  json: string | Uint8Array;
}

/**
 * Where some rows went in a table's files: byte offset and length in the CSV (records only) and in the JSON
 * (the lines only, without the ",\n" before them). A later build can copy them from there (the pipeline's
 * table store).
 */
export interface WrittenRange {
  rows: number;
  csvStart: number;
  csvBytes: number;
  jsonStart: number;
  jsonBytes: number;
}

/** Renders rows of `table` as TableWriter writes them: `addRendered` of the result writes the bytes `add` would. */
export function renderRows(table: string, rows: Row[]): RenderedRows {
  const columns = columnsOf(table);
  return { rows: rows.length, csv: csvText(rows, columns, false), json: jsonLines(rows, columns).join(',\n') };
}

export class TableWriter {
  private readonly columns: string[];
  private readonly csv: HashedFile;
  private readonly json: HashedFile;
  private pending: Row[] = [];
  private written = 0;

  constructor(folder: string, table: string) {
    this.columns = columnsOf(table);
    this.csv = new HashedFile(folder, `${table}.csv`);
    this.json = new HashedFile(folder, `${table}.json`);
  }

  /** Rows, in the table's final order. */
  add(rows: Row[]): void {
    for (const row of rows) {
      this.pending.push(row);
      if (this.pending.length === CHUNK_ROWS) this.flush();
    }
  }

  /** Rows rendered beforehand (renderRows, for the same table), after the rows added so far; returns where they went. */
  addRendered(rendered: RenderedRows): WrittenRange | undefined {
    if (rendered.rows === 0) return undefined;
    this.flush();
    return this.write(rendered.rows, [rendered.csv], [rendered.json]);
  }

  /**
   * Rendered rows given as pieces of bytes (copied from an earlier build's files, a piece at a time so that no
   * whole table is held): the CSV pieces join into CSV records, the JSON pieces into JSON lines joined with
   * ",\n", as `addRendered` takes them.
   */
  addCopied(rows: number, csv: Iterable<Uint8Array>, json: Iterable<Uint8Array>): WrittenRange | undefined {
    if (rows === 0) return undefined;
    this.flush();
    return this.write(rows, csv, json);
  }

  /** Writes the rest and closes both files; returns their facts (CSV, then JSON), as writeTableFiles does. */
  close(): FileFacts[] {
    this.flush();
    if (this.written === 0) {
      this.csv.write(csvText([], this.columns, true));
      this.json.write('[]\n');
    } else this.json.write('\n]\n');
    return [this.csv.close(this.written), this.json.close(this.written)];
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const rows = this.pending;
    this.pending = [];
    this.write(rows.length, [csvText(rows, this.columns, false)], [jsonLines(rows, this.columns).join(',\n')]);
  }

  private write(rows: number, csv: Iterable<string | Uint8Array>, json: Iterable<string | Uint8Array>): WrittenRange {
    const first = this.written === 0;
    if (first) this.csv.write(csvText([], this.columns, true));
    const csvStart = this.csv.size;
    for (const part of csv) this.csv.write(part);
    this.json.write(first ? '[\n' : ',\n');
    const jsonStart = this.json.size;
    for (const part of json) this.json.write(part);
    this.written += rows;
    return { rows, csvStart, csvBytes: this.csv.size - csvStart, jsonStart, jsonBytes: this.json.size - jsonStart };
  }
}
