/**
 * Stored script injection: a site built from articles whose outlet, author and first words hold
 * `</title><script>…` and attribute-breaking payloads runs no script on any page. The site is built here, from
 * invented articles, with DOSSIER_ROOT pointing the docs build at a temporary repository layout.
 */
import { execFile } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './browser.ts';
import { ENTITY_INDEX_FILE } from '../src/lib/entity-buckets.ts';

const DOCS = fileURLToPath(new URL('../', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

/** Each payload calls alert() with its own label, so a failure says which one ran. */
const payload = (label: string) =>
  `</title><script>alert("${label}")</script>"><img src=x onerror=alert("${label}-img")>`;
const BODY = 'The harbour board met on Tuesday in Port Ellis.\n\nIt agreed on new fees, a spokeswoman said.\n';
const ARTICLES: Record<string, string> = {
  'outlet.txt': `date 2024-05-14 By Lena Sorvik, ${payload('outlet')}\n\n${BODY}`,
  'author.txt': `date 2024-05-15 By ${payload('author')}, Harbour Ledger\n\n${BODY}`,
  'opening.txt': `date 2024-05-16 By Lena Sorvik, Harbour Ledger\n\n${payload('opening')} ${BODY}`,
  // A person named in the payload's sentence: the entity viewer shows that sentence as evidence.
  'entity.txt': `date 2024-05-17 By Lena Sorvik, Harbour Ledger\n\n${payload('entity')} said Quinta Varro, the mayor of Port Ellis, on Tuesday.\n\nThe harbour board agreed with Quinta Varro.\n`,
  // A second article naming her: in two articles, she gets the one static entity page (DOSSIER_ENTITY_PAGES_MAX=1).
  'static.txt': `date 2024-05-18 By Lena Sorvik, Harbour Ledger\n\n${payload('static')} Quinta Varro said on Wednesday that the fees would stay.\n`,
};

const run = (file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }) =>
  promisify(execFile)(file, args, { ...options, maxBuffer: 64 * 1024 * 1024 });

/** A static entity page (people, organizations, countries, places): /<section>/<slug>/. */
const isStaticEntityPage = (path: string) => /^\/(people|organizations|countries|places)\/[^/]+\/$/u.test(path);

let root: string;
let site: Site;
let pages: string[];

/**
 * The client-side viewers' URLs: one per article shard and one per entity in the bucket files (the entities
 * without a static page, src/lib/entity-buckets.ts).
 */
function viewerPaths(dir: string): string[] {
  const files = (folder: string) =>
    existsSync(join(dir, folder))
      ? readdirSync(join(dir, folder))
          .filter((f) => f.endsWith('.json'))
          .sort()
      : [];
  const bucketIds = (file: string) =>
    Object.keys(JSON.parse(readFileSync(join(dir, 'data/entities', file), 'utf8')) as Record<string, unknown>);
  const entityIds = files('data/entities')
    .filter((f) => `data/entities/${f}` !== ENTITY_INDEX_FILE)
    .flatMap(bucketIds)
    .sort();
  return [
    ...files('data/articles').map((f) => `/articles/view/?id=${f.slice(0, -'.json'.length)}`),
    ...entityIds.map((id) => `/entities/view/?id=${encodeURIComponent(id)}`),
  ];
}

/** The page URLs of a built site: every index.html, as a path. */
function pagePaths(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => f === 'index.html' || f.endsWith('/index.html'))
    .filter((f) => !f.startsWith('pagefind/') && !f.startsWith('downloads/'))
    .map((f) => `/${f.slice(0, -'index.html'.length)}`)
    .sort();
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-xss-'));
  const raw = join(root, 'raw');
  mkdirSync(raw);
  for (const [name, text] of Object.entries(ARTICLES)) writeFileSync(join(raw, name), text);
  // The built command, as the dataset's own build runs it (pnpm test builds it before the site).
  await run(
    process.execPath,
    [
      join(REPO, 'packages', 'cli', 'bin', 'dossier.js'),
      'build',
      '--input',
      raw,
      '--out',
      join(root, 'data', 'dist'),
      '--no-cache',
      '--quiet',
    ],
    {},
  );
  cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
  cpSync(join(REPO, 'pnpm-workspace.yaml'), join(root, 'pnpm-workspace.yaml'));
  cpSync(join(DOCS, 'test', 'fixtures'), join(root, 'apps', 'docs', 'test', 'fixtures'), { recursive: true });
  const out = join(root, 'site');
  await run(join(DOCS, 'node_modules', '.bin', 'astro'), ['build', '--outDir', out], {
    cwd: DOCS,
    // One static entity page (Quinta Varro, the only entity in two articles, whose evidence holds payloads),
    // written without Astro (src/lib/entity-pages.ts); the entity viewer shows the other, as it shows the long
    // tail of a big dataset.
    env: {
      ...process.env,
      DOSSIER_ROOT: root,
      ASTRO_TELEMETRY_DISABLED: '1',
      DOSSIER_ENTITY_PAGES_MAX: '1',
      DOSSIER_SITE_DATA: join(root, 'site-data'),
    },
  });
  pages = [...pagePaths(out), ...viewerPaths(out)];
  site = await openSite(`${out}/`);
}, 900_000);

afterAll(async () => {
  await site?.close();
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('payloads in the outlet, the author and the first words', () => {
  it('open no dialog on any page', async () => {
    expect(pages.length).toBeGreaterThan(10);
    expect(pages).toEqual(
      expect.arrayContaining([
        '/articles/outlet/',
        '/articles/author/',
        '/articles/opening/',
        '/articles/view/?id=outlet',
        '/articles/view/?id=opening',
      ]),
    );
    expect(pages.some((p) => p.startsWith('/entities/view/?id='))).toBe(true);
    expect(pages.filter(isStaticEntityPage)).toHaveLength(1);
    const dialogs: string[] = [];
    const page = await site.newPage();
    page.on('dialog', (dialog) => {
      dialogs.push(`${page.url()}: ${dialog.message()}`);
      void dialog.dismiss();
    });
    for (const path of pages) {
      await page.goto(`${site.baseUrl}${path}`, { waitUntil: 'load' });
      // The viewers render after fetching their shard: wait for them, so a payload they inserted would have run.
      if (path.includes('/view/?id=')) await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    }
    expect(dialogs).toEqual([]);
  }, 600_000);

  it('shows the payload as text in the title, the heading and the og tags', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/articles/outlet/`);
    expect(await page.title()).toContain(payload('outlet'));
    expect(await page.locator('h1').first().textContent()).toContain(payload('outlet'));
    expect(await page.locator('meta[property="og:title"]').getAttribute('content')).toContain(payload('outlet'));
    await page.goto(`${site.baseUrl}/articles/view/?id=outlet`);
    await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.title()).toContain(payload('outlet'));
    expect(await page.locator('h1').first().textContent()).toContain(payload('outlet'));
    await expect(page.locator('[data-article-viewer] script, [data-article-viewer] img').count()).resolves.toBe(0);
    const entityView = pages.find((p) => p.startsWith('/entities/view/?id='))!;
    await page.goto(`${site.baseUrl}${entityView}`);
    await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('[data-entity-viewer] .evidence').first().textContent()).toContain(payload('entity'));
    await expect(page.locator('[data-entity-viewer] script, [data-entity-viewer] img').count()).resolves.toBe(0);
    await page.goto(`${site.baseUrl}${pages.find(isStaticEntityPage)}`);
    const evidence = (await page.locator('.evidence').allTextContents()).join(' ');
    expect(evidence).toContain(payload('static'));
    await expect(page.locator('.sl-markdown-content script, .sl-markdown-content img').count()).resolves.toBe(0);
    await page.goto(`${site.baseUrl}/articles/opening/`);
    expect(await page.title()).toContain('</title><script>alert("opening")');
    expect(
      await page
        .locator('head script:not([src])')
        .evaluateAll((nodes) => nodes.map((n) => n.textContent).filter((t) => t?.includes('alert('))),
    ).toEqual([]);
  });
});
