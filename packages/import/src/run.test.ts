import { afterEach, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { runImport } from './run.js';
import { NEWS_ARTICLE, jsonLd, newsPage } from './__fixtures__/pages.js';

const dirs: string[] = [];
const temp = () => {
  const d = mkdtempSync(join(tmpdir(), 'dossier-import-test-'));
  dirs.push(d);
  return d;
};
afterEach(() => {
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const readAll = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );

describe('runImport', () => {
  it('writes one article file per page and sources.json, the same bytes every time, no temporary files left', () => {
    const input = temp();
    writeFileSync(join(input, 'wall.html'), newsPage({ head: jsonLd(NEWS_ARTICLE) }));
    writeFileSync(
      join(input, 'wall-2.html.gz'),
      gzipSync(
        newsPage({ head: jsonLd({ ...NEWS_ARTICLE, headline: 'Second story', url: 'https://gazette.example/two' }) }),
      ),
    );
    writeFileSync(join(input, 'notes.txt'), 'not a page');
    const [a, b] = [temp(), temp()];
    const first = runImport({ from: 'html', input, out: a });
    runImport({ from: 'html', input, out: b });
    expect(first.refusals).toEqual([]);
    expect(first.written).toHaveLength(2);
    expect(readAll(a)).toEqual(readAll(b));
    expect(readdirSync(a).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const sources = JSON.parse(readFileSync(join(a, 'sources.json'), 'utf8'));
    expect(sources[first.written.find((f) => f.includes('sea-wall'))!]).toEqual({
      title: 'Sea wall to be rebuilt before winter',
      path: 'https://gazette.example/sea-wall',
      imported_from: 'wall.html',
    });
  });

  it('imports the good pages and names each refused one', () => {
    const input = temp();
    writeFileSync(join(input, 'good.html'), newsPage({ head: jsonLd(NEWS_ARTICLE) }));
    writeFileSync(join(input, 'undated.html'), newsPage({ head: '<meta property="og:site_name" content="Gazette">' }));
    writeFileSync(join(input, 'bad.html.gz'), 'not gzip at all');
    const { written, refusals } = runImport({ from: 'html', input, out: temp() });
    expect(written).toHaveLength(1);
    expect(refusals.map((r) => r.file).sort()).toEqual(['bad.html.gz', 'undated.html']);
  });

  it('keeps the sources.json entries of files already in the output folder', () => {
    const input = temp();
    const out = temp();
    writeFileSync(join(out, 'sources.json'), JSON.stringify({ 'mine.txt': { title: 'Mine' } }));
    writeFileSync(
      join(input, 'feed.jsonl'),
      `${JSON.stringify({ text: 'A paragraph.', published: '2024-01-01', outlet: 'Courier' })}\n`,
    );
    runImport({ from: 'jsonl', input, out });
    expect(Object.keys(JSON.parse(readFileSync(join(out, 'sources.json'), 'utf8')))).toHaveLength(2);
  });

  it("stops before writing anything when the output folder's sources.json is broken", () => {
    const input = temp();
    const out = temp();
    writeFileSync(join(out, 'sources.json'), '{ broken');
    writeFileSync(
      join(input, 'feed.jsonl'),
      `${JSON.stringify({ text: 'A paragraph.', published: '2024-01-01', outlet: 'Courier' })}\n`,
    );
    expect(() => runImport({ from: 'jsonl', input, out })).toThrow(/sources\.json is not valid JSON/);
    expect(readdirSync(out)).toEqual(['sources.json']);
  });
});
