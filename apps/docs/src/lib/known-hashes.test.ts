import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, renameSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { KnownHashes } from './known-hashes.ts';

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

describe('file hashes kept by the files’ stat', () => {
  const dir = mkdtempSync(join(tmpdir(), 'known-hashes-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const cache = join(dir, 'cache', 'hashes.json');
  const file = join(dir, 'table.csv');

  /** Replaces the kept hash of `file` by a marker, to see whether the next build takes it from the cache. */
  function markKeptHash(): void {
    const kept = JSON.parse(readFileSync(cache, 'utf8')) as Record<string, { sha256: string }>;
    kept[file]!.sha256 = 'kept';
    writeFileSync(cache, JSON.stringify(kept));
  }

  const describeOnce = () => {
    const known = new KnownHashes(cache);
    const described = known.describe(file);
    known.save();
    return described;
  };

  it('hashes a new file, then takes its hash from the cache while size, time and inode are the same', () => {
    writeFileSync(file, 'id,name\n1,a\n');
    expect(describeOnce()).toEqual({ bytes: 12, sha256: sha256('id,name\n1,a\n') });
    markKeptHash();
    expect(describeOnce()).toEqual({ bytes: 12, sha256: 'kept' });
  });

  it('hashes again a file replaced by rename, even with the same size and modification time', () => {
    writeFileSync(file, 'id,name\n1,a\n');
    describeOnce();
    markKeptHash();
    const { mtime } = statSync(file);
    writeFileSync(`${file}.tmp`, 'id,name\n1,b\n');
    utimesSync(`${file}.tmp`, mtime, mtime);
    renameSync(`${file}.tmp`, file);
    expect(describeOnce()).toEqual({ bytes: 12, sha256: sha256('id,name\n1,b\n') });
  });

  it('hashes again a file written in place with another size', () => {
    writeFileSync(file, 'id,name\n1,a\n');
    describeOnce();
    markKeptHash();
    writeFileSync(file, 'id,name\n1,a\n2,b\n');
    expect(describeOnce().sha256).toBe(sha256('id,name\n1,a\n2,b\n'));
  });

  it('starts afresh from a cache that is not JSON', () => {
    writeFileSync(cache, '{"half');
    writeFileSync(file, 'x');
    expect(describeOnce().sha256).toBe(sha256('x'));
  });
});
