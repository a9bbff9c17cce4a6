import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSha256Sums, renderSha256Sums } from './checksums.js';

const dir = mkdtempSync(join(tmpdir(), 'dossier-sums-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const files = [
  { path: 'quotes.csv', bytes: new TextEncoder().encode('quote_id,text\n"a#q1-5","“Soon,” she said"\n') },
  { path: 'schemas/quotes.schema.json', bytes: new TextEncoder().encode('{}\n') },
  { path: 'articles.csv', bytes: new Uint8Array([0xef, 0xbb, 0xbf, 0x61]) },
];

describe('SHA256SUMS', () => {
  it('is sorted by path and accepted by coreutils sha256sum -c', () => {
    const text = renderSha256Sums(files);
    expect(
      text
        .split('\n')
        .filter(Boolean)
        .map((l) => l.slice(66)),
    ).toEqual(['articles.csv', 'quotes.csv', 'schemas/quotes.schema.json']);
    mkdirSync(join(dir, 'schemas'));
    for (const f of files) writeFileSync(join(dir, f.path), f.bytes);
    writeFileSync(join(dir, 'SHA256SUMS'), text);
    const out = execFileSync('sha256sum', ['-c', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' });
    expect(out).toBe('articles.csv: OK\nquotes.csv: OK\nschemas/quotes.schema.json: OK\n');
  });

  it('parses back to the same hashes, and a malformed line is an error naming the line', () => {
    const parsed = parseSha256Sums(renderSha256Sums(files), 'SHA256SUMS');
    expect([...parsed.keys()].sort()).toEqual(['articles.csv', 'quotes.csv', 'schemas/quotes.schema.json']);
    expect(() => parseSha256Sums('abc  quotes.csv\n', 'r/SHA256SUMS')).toThrow(
      'r/SHA256SUMS:1: expected "<64 hex digits>  <path>", found "abc  quotes.csv"',
    );
  });
});
