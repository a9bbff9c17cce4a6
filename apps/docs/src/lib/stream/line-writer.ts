/**
 * A file written line by line without holding it whole (an evidence file or the article index can weigh tens
 * of megabytes at 10,000 articles, hundreds at 100,000): lines are buffered, appended to a temp file beside
 * the target, and `finish` renames it over the target, so a reader never sees half a file.
 */
import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { threadId } from 'node:worker_threads';

/** Bytes held before they are appended to the temp file. */
const FLUSH_AT = 4 << 20;

export class LineWriter {
  private readonly temp: string;
  private readonly fd: number;
  private pending: string[] = [];
  private pendingLength = 0;
  /** Bytes written so far. */
  bytes = 0;

  constructor(private readonly file: string) {
    mkdirSync(dirname(file), { recursive: true });
    this.temp = `${file}.tmp-${process.pid}-${threadId}`;
    this.fd = openSync(this.temp, 'w');
  }

  /** Appends `line` and a line break; the line must hold none. */
  line(line: string): void {
    this.pending.push(line, '\n');
    this.pendingLength += line.length + 1;
    if (this.pendingLength > FLUSH_AT) this.flush();
  }

  private flush(): void {
    if (this.pending.length > 0) this.bytes += writeSync(this.fd, this.pending.join(''));
    this.pending = [];
    this.pendingLength = 0;
  }

  /** Renames the written file over the target; returns its size in bytes. */
  finish(): number {
    this.flush();
    closeSync(this.fd);
    renameSync(this.temp, this.file);
    return this.bytes;
  }

  /** Removes the temp file (after a failure). */
  abandon(): void {
    closeSync(this.fd);
    rmSync(this.temp, { force: true });
  }
}
