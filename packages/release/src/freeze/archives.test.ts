import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { releaseArchives } from './archives.js';
import type { FileEntry } from './plan.js';

const text = (path: string, s: string): FileEntry => ({ path, bytes: new TextEncoder().encode(s) });
// Given out of order on purpose: the archives sort them.
const FILES = [
  text('quotes.csv', 'quote_id,text\n"a#q-we-agree.1","We agree."\n'),
  text('schemas/quotes.schema.json', '{"title":"Quotes"}\n'),
  text('articles.csv', 'article_id\na\n'),
];

const tmp = mkdtempSync(join(tmpdir(), 'dossier-archives-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function withTimeZone<T>(tz: string, fn: () => T): T {
  const before = process.env.TZ;
  process.env.TZ = tz;
  try {
    return fn();
  } finally {
    if (before === undefined) delete process.env.TZ;
    else process.env.TZ = before;
  }
}

describe('release archives', () => {
  it('are byte-identical on rebuild, in any time zone and whatever the input order', () => {
    const a = withTimeZone('UTC', () => releaseArchives('2.0.0', FILES));
    const b = withTimeZone('Pacific/Kiritimati', () => releaseArchives('2.0.0', [...FILES].reverse()));
    const c = withTimeZone('America/Los_Angeles', () => releaseArchives('2.0.0', FILES));
    for (const x of [b, c]) {
      expect(Buffer.from(x.zip.bytes).equals(Buffer.from(a.zip.bytes))).toBe(true);
      expect(Buffer.from(x.tarGz.bytes).equals(Buffer.from(a.tarGz.bytes))).toBe(true);
    }
    expect([a.zip.path, a.tarGz.path]).toEqual(['dossier-2.0.0.zip', 'dossier-2.0.0.tar.gz']);
  });

  it('hold every file under dossier-<version>/, sorted, mode 0644, dated 1980-01-01, as unzip and tar read them', () => {
    const { zip, tarGz } = releaseArchives('2.0.0', FILES);
    writeFileSync(join(tmp, zip.path), zip.bytes);
    writeFileSync(join(tmp, tarGz.path), tarGz.bytes);
    const names = [
      'dossier-2.0.0/articles.csv',
      'dossier-2.0.0/quotes.csv',
      'dossier-2.0.0/schemas/quotes.schema.json',
    ];

    const zipListing = execFileSync('zipinfo', ['-T', join(tmp, zip.path)], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.startsWith('-'));
    expect(zipListing.map((l) => l.split(/\s+/).at(-1))).toEqual(names);
    for (const line of zipListing) expect(line).toMatch(/^-rw-r--r-- .* 19800101\.000000 /);

    const tarListing = execFileSync('tar', ['-tvzf', join(tmp, tarGz.path), '--utc', '--numeric-owner'], {
      encoding: 'utf8',
    })
      .trim()
      .split('\n');
    expect(tarListing.map((l) => l.split(/\s+/).at(-1))).toEqual(names);
    for (const line of tarListing) expect(line).toMatch(/^-rw-r--r-- 0\/0 .* 1980-01-01 00:00 /);

    execFileSync('unzip', ['-q', join(tmp, zip.path), '-d', join(tmp, 'unzipped')]);
    execFileSync('tar', ['-xzf', join(tmp, tarGz.path), '-C', tmp]);
    for (const f of FILES) {
      expect(readFileSync(join(tmp, 'unzipped', 'dossier-2.0.0', f.path), 'utf8')).toBe(
        new TextDecoder().decode(f.bytes),
      );
      expect(readFileSync(join(tmp, 'dossier-2.0.0', f.path), 'utf8')).toBe(new TextDecoder().decode(f.bytes));
    }
  });

  it('refuse a path too long for a tar header rather than cut it', () => {
    expect(() => releaseArchives('2.0.0', [text(`${'x'.repeat(120)}.csv`, '')])).toThrow(
      /tar names are limited to 100 bytes/,
    );
  });
});
