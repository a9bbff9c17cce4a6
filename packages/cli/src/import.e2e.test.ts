/** `dossier import` then `dossier build`, through the real CLI: saved pages become a valid dataset. */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './test-helpers.js';

const NEWS_HTML = fileURLToPath(new URL('../../../../shared/benchmarks/news-html-dev/', import.meta.url));
const temp = (prefix: string) => mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));

const STORY = [
  'The harbour council voted on Tuesday to rebuild the old sea wall before the winter storms arrive, its chair said.',
  '"We cannot wait another year," said the council chair, Mara Quellen, after the vote.',
  'The work will take eleven weeks and will close the northern quay to fishing boats.',
];

function page(headline: string, published: string): string {
  const ld = {
    '@type': 'NewsArticle',
    headline,
    datePublished: published,
    author: { '@type': 'Person', name: 'Tobin Ashgrove' },
    publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
    url: `https://gazette.example/${published}`,
  };
  return `<html><head><meta charset="utf-8"><script type="application/ld+json">${JSON.stringify(ld)}</script></head>
<body><nav><a href="/">Home</a></nav><article><h1>${headline}</h1>${STORY.map((p) => `<p>${p}</p>`).join('')}
<figure><img src="a.jpg"><figcaption>The wall at low tide.</figcaption></figure></article></body></html>`;
}

describe('dossier import --from html, then dossier build', () => {
  it('turns saved pages into a valid dataset whose articles carry their headlines', async () => {
    const input = temp('pages');
    writeFileSync(join(input, 'one.html'), page('Sea wall to be rebuilt', '2024-03-05T10:00:00+01:00'));
    writeFileSync(join(input, 'two.html'), page('Quay closes for repairs', '2024-03-09'));
    writeFileSync(join(input, 'undated.html'), page('No date here', ''));
    const raw = join(temp('raw'), 'raw');
    const imported = await runCli(['import', '--from', 'html', '--input', input, '--out', raw]);
    expect(imported.code).toBe(1);
    expect(imported.stderr).toMatch(/refused undated\.html: .*--date YYYY-MM-DD/);
    expect(readdirSync(raw).filter((f) => f.endsWith('.txt'))).toHaveLength(2);

    const out = join(temp('dist'), 'dist');
    expect((await runCli(['build', '--input', raw, '--out', out, '--quiet'])).code).toBe(0);
    expect((await runCli(['validate', out])).code).toBe(0);
    const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as Array<{
      headline: string;
      published: string;
      authors: string;
      outlet: string;
      body: string;
    }>;
    expect(articles.map((a) => [a.headline, a.published, a.authors, a.outlet])).toEqual([
      ['Sea wall to be rebuilt', '2024-03-05', 'Tobin Ashgrove', 'Harbour Gazette'],
      ['Quay closes for repairs', '2024-03-09', 'Tobin Ashgrove', 'Harbour Gazette'],
    ]);
    expect(articles[0]!.body).toBe(STORY.join('\n'));
  });

  it('rejects a bad command line with exit code 2', async () => {
    expect((await runCli(['import', '--from', 'pdf', '--input', '.', '--out', temp('x')])).code).toBe(2);
    expect(
      (await runCli(['import', '--from', 'html', '--input', '.', '--out', temp('x'), '--date', '2024-02-31'])).code,
    ).toBe(2);
  });
});

describe.skipIf(!existsSync(NEWS_HTML))('dossier import on the news-html dev pages, then dossier build', () => {
  it('imports every page and builds a valid dataset from them', async () => {
    const raw = join(temp('news-raw'), 'raw');
    const imported = await runCli(['import', '--from', 'html', '--input', NEWS_HTML, '--out', raw]);
    expect(imported.stderr).toBe('');
    expect(imported.code).toBe(0);
    const out = join(temp('news-dist'), 'dist');
    expect((await runCli(['build', '--input', raw, '--out', out, '--quiet'])).code).toBe(0);
    expect((await runCli(['validate', out])).code).toBe(0);
    const articles = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8')) as Array<{ headline: string | null }>;
    expect(articles).toHaveLength(readdirSync(NEWS_HTML).filter((f) => f.endsWith('.html.gz')).length);
    expect(articles.every((a) => a.headline)).toBe(true);
  });
});
