/**
 * Whole-release downloads: a .zip and a .tar.gz of a release folder, byte-identical on every rebuild.
 * Pure: files in, bytes out. Determinism comes from fixing everything a packer would take from the machine:
 * file order (sorted by path), timestamps (ARCHIVE_MTIME), permissions (0644, owner 0:0, no user names),
 * compression (fflate, plain JavaScript pinned by the lockfile, so no dependency on the zlib inside Node)
 * and the gzip header (no name, mtime 0).
 */
import { gzipSync, zipSync, type Zippable } from 'fflate';
import { createTar } from 'nanotar';
import type { FileEntry } from './plan.js';

/** 1980-01-01 00:00:00: the earliest time a zip entry can hold, as reproducible builds conventionally use. */
const EPOCH_1980_MS = Date.UTC(1980, 0, 1);
/** The tar header field for names holds 100 bytes; nanotar would cut a longer name, so refuse instead. */
const TAR_NAME_MAX = 100;

export interface ReleaseArchives {
  zip: FileEntry;
  tarGz: FileEntry;
}

export const archiveNames = (version: string) => ({
  root: `dossier-${version}`,
  zip: `dossier-${version}.zip`,
  tarGz: `dossier-${version}.tar.gz`,
});

function sorted(files: FileEntry[]): FileEntry[] {
  return [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/**
 * A zip entry stores a local date and time with no time zone, and fflate reads a Date's local fields:
 * a Date built from local fields gives the same bytes in every time zone.
 */
function zipTime(): Date {
  const utc = new Date(EPOCH_1980_MS);
  return new Date(utc.getUTCFullYear(), utc.getUTCMonth(), utc.getUTCDate(), 0, 0, 0);
}

export function releaseZip(root: string, files: FileEntry[]): Uint8Array {
  const mtime = zipTime();
  const entries: Zippable = {};
  // Unix host (3), regular file with mode 0644 in the high half of the external attributes.
  for (const f of sorted(files))
    entries[`${root}/${f.path}`] = [f.bytes, { mtime, os: 3, attrs: (0o100644 << 16) >>> 0, level: 9 }];
  return zipSync(entries);
}

export function releaseTarGz(root: string, files: FileEntry[]): Uint8Array {
  const entries = sorted(files).map((f) => {
    const name = `${root}/${f.path}`;
    if (Buffer.byteLength(name) > TAR_NAME_MAX)
      throw new Error(`cannot archive ${name}: tar names are limited to ${TAR_NAME_MAX} bytes here`);
    return { name, data: f.bytes, attrs: { mode: '644', uid: 0, gid: 0, user: '', group: '', mtime: EPOCH_1980_MS } };
  });
  return gzipSync(createTar(entries), { level: 9, mtime: 0 });
}

/** Both archives of a release: every file given, under the folder dossier-<version>/. */
export function releaseArchives(version: string, files: FileEntry[]): ReleaseArchives {
  const names = archiveNames(version);
  return {
    zip: { path: names.zip, bytes: releaseZip(names.root, files) },
    tarGz: { path: names.tarGz, bytes: releaseTarGz(names.root, files) },
  };
}
