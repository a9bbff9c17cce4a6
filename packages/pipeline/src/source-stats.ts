/**
 * The SHA-256 of each input file a streamed build read, with the file's size, time, inode and device when it
 * was read (`<cache>/digests/sources.json`), so that the next build can key an unchanged article's cache entry
 * without reading its file again.
 *
 * Why: a warm build needs every article's cache key, and the key hashes the article's bytes; reading and
 * hashing every input file was, after the entries' headers, the largest cost of a +1 build's per-article stage
 * at 30,000 articles. A file whose size, modification time, inode and device are those recorded, recorded
 * before the list was sealed, is taken as having the recorded bytes (store-check.ts: git's rule for its
 * index, racily clean files included). Anything else is read and hashed as before, and so is any article whose
 * digest is not found (its bytes are then needed anyway). Files are named as the cache names them (by their
 * name in the input folder); the device and inode say which file it is, so one cache may serve several input
 * folders, and a folder of hard links to the same files (or one moved within its file system) is the same.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname } from 'node:path';
import { unchangedSinceSeal } from './store-check.js';

/** Bump when the layout changes. */
const FORMAT = 1;

/** File name in the input folder, bytes, modification time (ms), inode, device, SHA-256 (hex) of the bytes. */
type SourceRecord = [string, number, number, number, number, string];

let writes = 0;

export class SourceStats {
  private constructor(
    private readonly byName: Map<string, SourceRecord>,
    private readonly sealedAtMs: number,
  ) {}

  /** The list at `path` if it is there and matches its hash; else undefined (every file is then read). */
  static open(path: string): SourceStats | undefined {
    try {
      const sealedAtMs = statSync(path).mtimeMs;
      const bytes = readFileSync(path);
      const newline = bytes.indexOf(0x0a);
      if (newline < 0) return undefined;
      const header = JSON.parse(bytes.toString('utf8', 0, newline)) as { format?: unknown; contentSha256?: unknown };
      const content = bytes.subarray(newline + 1);
      if (header.format !== FORMAT) return undefined;
      if (header.contentSha256 !== createHash('sha256').update(content).digest('hex')) return undefined;
      const records = JSON.parse(content.toString('utf8')) as SourceRecord[];
      if (!Array.isArray(records)) return undefined;
      return new SourceStats(new Map(records.map((r) => [r[0], r])), sealedAtMs);
    } catch {
      return undefined;
    }
  }

  /** The recorded SHA-256 of the file's bytes, if `stat` shows it unchanged since; else undefined (read it). */
  contentHash(file: string, stat: Stats): string | undefined {
    const record = this.byName.get(file);
    if (!record || record[4] !== stat.dev) return undefined;
    const [, bytes, mtimeMs, ino, , sha256] = record;
    return unchangedSinceSeal({ bytes, mtimeMs, ino }, stat, this.sealedAtMs) ? sha256 : undefined;
  }
}

/** This build's list, kept in memory (a few dozen bytes per file) and written once the per-article stage is done. */
export class SourceStatsWriter {
  private readonly records = new Map<string, SourceRecord>();

  /** `stat` as taken before the bytes were read: a file written while it was read then shows another time. */
  set(file: string, stat: Stats, sha256: string): void {
    this.records.set(file, [file, stat.size, stat.mtimeMs, stat.ino, stat.dev, sha256]);
  }

  /** The hash of a file's bytes as read after all (its stat stays the one taken first). */
  rehash(file: string, sha256: string): void {
    const record = this.records.get(file);
    if (record) record[5] = sha256;
  }

  commit(path: string): void {
    const content = Buffer.from(JSON.stringify([...this.records.values()]), 'utf8');
    const header = JSON.stringify({
      format: FORMAT,
      contentSha256: createHash('sha256').update(content).digest('hex'),
    });
    mkdirSync(dirname(path), { recursive: true });
    const temp = `${path}.tmp-${process.pid}-${++writes}`;
    writeFileSync(temp, Buffer.concat([Buffer.from(`${header}\n`, 'utf8'), content]));
    renameSync(temp, path);
  }
}
