/**
 * When a file kept in the cache can be taken as unchanged without reading it: the rule of git's index (and of
 * make and rsync), which compare a file's size and modification time with those recorded when it was last
 * known good.
 *
 * Why: the table store checked each of its files by reading and hashing it, which at 30,000 articles is a
 * sequential read of 1.2 GB on every warm build, to catch a file edited through the output (the output's files
 * and the store's are the same files, hard-linked). Writing a file sets its modification time, so an edit
 * shows as another time; replacing it (another file renamed over it) shows as another inode.
 *
 * The one case the times cannot tell apart is an edit within the same tick of the file system's clock as the
 * moment the record was taken, which git calls "racily clean": the time recorded is then also the time of the
 * edit. So a file whose recorded time is not strictly older than the seal (the index file's own modification
 * time, written after every record) is read and hashed all the same. What this does not catch is an edit that
 * also sets the time back (`touch -d`, `utimes`) to the recorded one with the size unchanged: deliberate
 * forgery, which no check short of reading every byte catches.
 */

/** What was recorded of a file when the store was sealed. */
export interface SealedStat {
  bytes: number;
  mtimeMs: number;
  ino: number;
}

/** What is read back from the file system (a `fs.Stats`). */
export interface CurrentStat {
  size: number;
  mtimeMs: number;
  ino: number;
}

/**
 * True when the file is as it was sealed without reading it; false means "read and hash it" (never "changed":
 * a file touched without an edit still hashes the same).
 */
export function unchangedSinceSeal(sealed: SealedStat, current: CurrentStat, sealedAtMs: number): boolean {
  if (!Number.isFinite(sealed.mtimeMs) || !Number.isFinite(sealed.ino)) return false;
  if (current.size !== sealed.bytes || current.ino !== sealed.ino || current.mtimeMs !== sealed.mtimeMs) return false;
  // Racily clean: recorded in the same tick as the seal, so an edit right after could keep the same time.
  return sealed.mtimeMs < sealedAtMs;
}
