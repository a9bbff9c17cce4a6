/**
 * One file holding the digest of every per-article cache entry a streamed build used (`<cache>/digests/index`),
 * so that the next warm build reads one file instead of opening one entry's header per article.
 *
 * Why: a warm build needs each unchanged article's digest (cache-verify.ts) before its corpus step; read from
 * the entries' headers, that is an open, a read and a close per article, then the header's parse and the
 * digest's own hash check: at 30,000 articles the largest part of a +1 build's per-article stage.
 *
 * A digest depends only on its entry's key (the key hashes the article's bytes, its file name and the code),
 * so the index needs no link to the entries' files: a line says "this key's digest is this", and holds as long
 * as the key does. The file is checked as a whole before any line is used: its header states the SHA-256 of
 * the rest, and a file that does not match (edited, truncated, another format) is not used at all; every
 * article's header is then read as before. The header is a fixed-width line written last, over the space the
 * writer kept for it, so the lines can be streamed out as the articles arrive.
 *
 * Layout: the header (HEADER_BYTES, JSON padded with spaces, ending in a newline), then one line per entry:
 * its key (64 hex digits), a tab, the digest's JSON.
 */
import { createHash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { openForReading } from './open-for-reading.js';

/** Bump when the layout changes. */
const INDEX_FORMAT = 1;
const HEADER_BYTES = 128;
const KEY_CHARS = 64;
/** Bytes read per system call, and written per flush: few calls, small enough to die young. */
const PIECE_BYTES = 1 << 20;

interface IndexHeader {
  format: number;
  /** The per-article cache's format (cache.ts): an index is used only with entries of the same shape. */
  cacheFormat: number;
  contentSha256: string;
}

let writes = 0;

/** A verified digest index, open for lookups by key. */
export class DigestIndex {
  /** The bytes last read, and where they start in the file: lookups mostly come in the order lines were written. */
  private window = Buffer.alloc(0);
  private windowStart = 0;

  private constructor(
    private fd: number | undefined,
    /** Line number of each key. */
    private readonly lines: Map<string, number>,
    /** Where each line starts, and one more entry: where a line after the last would. */
    private readonly starts: number[],
  ) {}

  /** The index at `path` if it is there, of this cache format, and matches its hash; else undefined. */
  static open(path: string, cacheFormat: number): DigestIndex | undefined {
    const fd = openForReading(path);
    if (fd === undefined) return undefined;
    try {
      const header = readHeader(fd);
      if (header?.format !== INDEX_FORMAT || header.cacheFormat !== cacheFormat) throw new Error('format');
      const { lines, starts, sha256 } = scanLines(fd);
      if (sha256 !== header.contentSha256) throw new Error('hash');
      return new DigestIndex(fd, lines, starts);
    } catch {
      closeSync(fd);
      return undefined;
    }
  }

  get size(): number {
    return this.lines.size;
  }

  /** The digest's JSON text kept for `key`, or undefined when the index has no line for it. */
  digestJson(key: string): string | undefined {
    const line = this.lines.get(key);
    if (line === undefined || this.fd === undefined) return undefined;
    const start = this.starts[line]!;
    const end = this.starts[line + 1]! - 1;
    const bytes = this.bytes(start, end);
    // The scan keyed the line by its first 64 bytes; the tab after them is what makes it a line of this layout.
    if (bytes[KEY_CHARS] !== 0x09) return undefined;
    return bytes.toString('utf8', KEY_CHARS + 1);
  }

  close(): void {
    if (this.fd !== undefined) closeSync(this.fd);
    this.fd = undefined;
  }

  private bytes(start: number, end: number): Buffer {
    const windowEnd = this.windowStart + this.window.length;
    if (start < this.windowStart || end > windowEnd) {
      this.window = Buffer.allocUnsafe(Math.max(PIECE_BYTES, end - start));
      this.window = this.window.subarray(0, readSync(this.fd!, this.window, 0, this.window.length, start));
      this.windowStart = start;
      if (end > this.windowStart + this.window.length) throw new Error('the digest index is shorter than it was');
    }
    return this.window.subarray(start - this.windowStart, end - this.windowStart);
  }
}

function readHeader(fd: number): Partial<IndexHeader> | undefined {
  const bytes = Buffer.alloc(HEADER_BYTES);
  if (readSync(fd, bytes, 0, HEADER_BYTES, 0) !== HEADER_BYTES || bytes[HEADER_BYTES - 1] !== 0x0a) return undefined;
  const header = JSON.parse(bytes.toString('utf8', 0, HEADER_BYTES - 1)) as Partial<IndexHeader> | null;
  return header ?? undefined;
}

/** One pass over the lines: each one's key and start, and the SHA-256 of them all. */
function scanLines(fd: number): { lines: Map<string, number>; starts: number[]; sha256: string } {
  const hash = createHash('sha256');
  const lines = new Map<string, number>();
  const starts: number[] = [];
  const piece = Buffer.allocUnsafe(PIECE_BYTES);
  let key = '';
  let lineStart = HEADER_BYTES;
  let at = HEADER_BYTES;
  for (let read = readSync(fd, piece, 0, PIECE_BYTES, at); read > 0; read = readSync(fd, piece, 0, PIECE_BYTES, at)) {
    hash.update(piece.subarray(0, read));
    for (let i = 0; i < read; ) {
      if (key.length < KEY_CHARS) {
        // A key may straddle two pieces: its characters are gathered until there are 64.
        const take = Math.min(KEY_CHARS - key.length, read - i);
        key += piece.toString('latin1', i, i + take);
        i += take;
        continue;
      }
      const newline = piece.indexOf(0x0a, i);
      if (newline < 0 || newline >= read) break;
      if (lines.has(key)) throw new Error('a key twice');
      lines.set(key, starts.length);
      starts.push(lineStart);
      lineStart = at + newline + 1;
      key = '';
      i = newline + 1;
    }
    at += read;
  }
  // Every line ends in a newline: anything after the last one is a truncated write.
  if (key !== '' || lineStart !== at) throw new Error('truncated');
  starts.push(lineStart);
  return { lines, starts, sha256: hash.digest('hex') };
}

/**
 * Writes a new index beside the one in use, line by line as digests arrive, and puts it in place on commit
 * (temp file, then rename). Each key is written once.
 */
export class DigestIndexWriter {
  private fd: number | undefined;
  private readonly temp: string;
  private readonly hash = createHash('sha256');
  private readonly keys = new Set<string>();
  private pending: string[] = [];
  private pendingChars = 0;

  constructor(
    private readonly path: string,
    private readonly cacheFormat: number,
  ) {
    mkdirSync(dirname(path), { recursive: true });
    this.temp = `${path}.tmp-${process.pid}-${++writes}`;
    this.fd = openSync(this.temp, 'w');
    writeSync(this.fd, Buffer.alloc(HEADER_BYTES, 0x20));
  }

  add(key: string, digestJson: string): void {
    if (this.fd === undefined || this.keys.has(key)) return;
    this.keys.add(key);
    this.pending.push(`${key}\t${digestJson}\n`);
    this.pendingChars += digestJson.length;
    if (this.pendingChars >= PIECE_BYTES) this.flush();
  }

  /** Puts the index in place of the previous one. */
  commit(): void {
    if (this.fd === undefined) return;
    this.flush();
    const header: IndexHeader = {
      format: INDEX_FORMAT,
      cacheFormat: this.cacheFormat,
      contentSha256: this.hash.digest('hex'),
    };
    writeSync(this.fd, `${JSON.stringify(header).padEnd(HEADER_BYTES - 1)}\n`, 0, 'utf8');
    closeSync(this.fd);
    this.fd = undefined;
    renameSync(this.temp, this.path);
  }

  /** Leaves the previous index as it is (the build failed before its digests were all known). */
  abandon(): void {
    if (this.fd === undefined) return;
    closeSync(this.fd);
    this.fd = undefined;
    rmSync(this.temp, { force: true });
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    const bytes = Buffer.from(this.pending.join(''), 'utf8');
    this.pending = [];
    this.pendingChars = 0;
    this.hash.update(bytes);
    for (let done = 0; done < bytes.length; ) done += writeSync(this.fd!, bytes, done);
  }
}
