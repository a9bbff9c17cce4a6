/**
 * SHA-256 of files, kept between builds by what the file system says of each (issue 23): the downloads page
 * lists the unreleased build's files with their hashes, and hashing its 414 MB again after one more article was
 * about 1.2 s of a rebuild at 10,000 articles, though most files had not changed. A file is hashed again unless
 * its path, size, modification time (nanoseconds), inode and device are those it had when it was hashed. The
 * pipeline writes its files temp then rename, so a rewritten file has a new inode even when its size and time
 * match; the change time is not compared, since hard-linking the files into the site changes it on every build.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

interface KnownHash {
  /** size, mtime in nanoseconds, inode and device, as one string. */
  stat: string;
  sha256: string;
}

function statKey(file: string): { stat: string; bytes: number } {
  const s = statSync(file, { bigint: true });
  return { stat: `${s.size}:${s.mtimeNs}:${s.ino}:${s.dev}`, bytes: Number(s.size) };
}

function readKnown(file: string): Map<string, KnownHash> {
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, KnownHash>));
  } catch {
    return new Map(); // none yet, or not written whole: everything is hashed
  }
}

/** The hashes kept in `cacheFile` (a JSON object by path); `save` keeps those of the files described since. */
export class KnownHashes {
  private readonly known: Map<string, KnownHash>;
  private readonly seen = new Map<string, KnownHash>();
  private changed = false;

  constructor(private readonly cacheFile: string) {
    this.known = readKnown(cacheFile);
  }

  /** A file's size and SHA-256: the kept hash when the file is as it was, else its bytes hashed. */
  readonly describe = (file: string): { bytes: number; sha256: string } => {
    const { stat, bytes } = statKey(file);
    const kept = this.known.get(file);
    if (kept?.stat === stat) {
      this.seen.set(file, kept);
      return { bytes, sha256: kept.sha256 };
    }
    const content = readFileSync(file);
    const sha256 = createHash('sha256').update(content).digest('hex');
    this.changed = true;
    this.seen.set(file, { stat, sha256 });
    // The bytes read, as listFiles reports them, should the file have changed since its stat.
    return { bytes: content.length, sha256 };
  };

  /** Writes the hashes of the files described (temp then rename), when any changed or went. */
  save(): void {
    if (!this.changed && this.seen.size === this.known.size) return;
    const sorted = Object.fromEntries([...this.seen].sort(([a], [b]) => (a < b ? -1 : 1)));
    mkdirSync(dirname(this.cacheFile), { recursive: true });
    writeFileSync(`${this.cacheFile}.tmp`, JSON.stringify(sorted));
    renameSync(`${this.cacheFile}.tmp`, this.cacheFile);
  }
}
