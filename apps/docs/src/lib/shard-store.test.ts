import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { putFile, putIfChanged, ShardStore } from './shard-store.ts';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('ShardStore', () => {
  it('rewrites only changed files, removes stale ones, and links the rest into the site', () => {
    dir = mkdtempSync(join(tmpdir(), 'shard-store-'));
    const root = join(dir, 'cache');
    const first = new ShardStore(root);
    first.write('a/one.json', '1');
    first.write('a/two.json', '2');
    first.write('b/three.json', '3');
    expect(first.finish()).toMatchObject({ written: 3, unchanged: 0, removed: 0, files: 3 });
    const before = statSync(join(root, 'a/one.json')).ino;

    const second = new ShardStore(root);
    second.write('a/one.json', '1');
    second.write('a/two.json', '22');
    expect(second.finish()).toMatchObject({ written: 1, unchanged: 1, removed: 1, files: 2 });
    expect(statSync(join(root, 'a/one.json')).ino).toBe(before);
    expect(existsSync(join(root, 'b/three.json'))).toBe(false);

    const site = join(dir, 'site');
    writeFileSync(join(dir, 'x'), '');
    second.linkInto(site);
    expect(readFileSync(join(site, 'a/two.json'), 'utf8')).toBe('22');
    expect(readFileSync(join(site, 'a/one.json'), 'utf8')).toBe('1');
    expect(() => second.write('a/one.json', '1')).toThrow(/written twice/);
  });

  it('leaves a kept folder alone: neither removed nor counted nor linked', () => {
    dir = mkdtempSync(join(tmpdir(), 'shard-store-'));
    const root = join(dir, 'store');
    const first = new ShardStore(root);
    first.write('cache/owned/page.html', 'kept by another step');
    first.write('data/a.json', 'a');
    first.finish();
    const second = new ShardStore(root);
    second.keepFolder('cache/owned');
    second.write('data/a.json', 'a');
    expect(second.finish()).toMatchObject({ removed: 0, files: 1 });
    expect(readFileSync(join(root, 'cache/owned/page.html'), 'utf8')).toBe('kept by another step');
    second.linkInto(join(dir, 'site'));
    expect(existsSync(join(dir, 'site/cache/owned/page.html'))).toBe(false);
    // Without the call, a file this run did not produce is stale.
    expect(new ShardStore(root).finish()).toMatchObject({ removed: 2 });
  });

  it('keeps a file without recomputing it when its inputs have the same key', () => {
    dir = mkdtempSync(join(tmpdir(), 'shard-store-'));
    const first = new ShardStore(dir);
    first.write('a.json', 'made from k1', 'k1');
    first.write('b.json', 'made from k2', 'k2');
    first.finish();
    const second = new ShardStore(dir);
    expect(second.reuse('a.json', 'k1')).toBe(true);
    expect(second.reuse('b.json', 'k2-changed')).toBe(false);
    second.write('b.json', 'made from k2-changed', 'k2-changed');
    expect(second.finish()).toMatchObject({ reused: 1, written: 1, removed: 0, files: 2 });
    expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('made from k1');
    // A key with no file behind it is not trusted.
    rmSync(join(dir, 'a.json'));
    expect(new ShardStore(dir).reuse('a.json', 'k1')).toBe(false);
  });

  it('skips unchanged bytes by their hash, without reading the file back', () => {
    dir = mkdtempSync(join(tmpdir(), 'shard-store-'));
    const first = new ShardStore(dir);
    first.writeIfChanged('s.json', 'same');
    first.writeIfChanged('t.json', 'before');
    first.finish();
    // Same size, other bytes behind the hash's back: the hash decides, so the file is kept as it is.
    writeFileSync(join(dir, 's.json'), 'SAME');
    const second = new ShardStore(dir);
    second.writeIfChanged('s.json', 'same');
    second.writeIfChanged('t.json', 'after');
    expect(second.finish()).toMatchObject({ written: 1, unchanged: 1, files: 2 });
    expect(readFileSync(join(dir, 't.json'), 'utf8')).toBe('after');
  });

  it('keeps private folders out of the site', () => {
    dir = mkdtempSync(join(tmpdir(), 'shard-store-'));
    const store = new ShardStore(join(dir, 'store'));
    store.write('data/public.json', '1');
    store.write('model/facts.json', '2');
    store.finish();
    store.linkInto(join(dir, 'site'), ['model']);
    expect(existsSync(join(dir, 'site/data/public.json'))).toBe(true);
    expect(existsSync(join(dir, 'site/model'))).toBe(false);
  });

  it('counts files another thread wrote with putFile and putIfChanged, and keeps their keys for the next build', () => {
    dir = mkdtempSync(join(tmpdir(), 'shard-store-'));
    const root = join(dir, 'cache');
    const first = new ShardStore(root);
    first.adopt('a/made.json', putFile(root, 'a/made.json', 'made'), 'inputs-1');
    first.adopt('e/page.json', putIfChanged(root, 'e/page.json', 'page', first.previousKey('e/page.json')));
    expect(() => first.adopt('a/made.json', putFile(root, 'a/made.json', 'again'))).toThrow(/written twice/);
    expect(first.finish()).toMatchObject({ written: 2, unchanged: 0, files: 2 });
    expect(readFileSync(join(root, 'a/made.json'), 'utf8')).toBe('again');

    const second = new ShardStore(root);
    expect(second.canReuse('a/made.json', 'inputs-1')).toBe(true);
    const same = putIfChanged(root, 'e/page.json', 'page', second.previousKey('e/page.json'));
    expect(same).toMatchObject({ written: false, bytes: 4 });
    expect(putIfChanged(root, 'e/page.json', 'pages', second.previousKey('e/page.json'))).toMatchObject({
      written: true,
    });
    expect(readFileSync(join(root, 'e/page.json'), 'utf8')).toBe('pages');
  });
});
