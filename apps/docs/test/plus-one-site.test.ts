/**
 * Issue 23: a site rebuilt after one more article equals a site built cold from the same data, byte for
 * byte; and what Astro renders (its output before the slots are filled) does not change with the data, so
 * the render key (src/lib/slots/astro-key.ts) holds across the two builds. Three docs builds of invented
 * articles, in a temporary repository layout (about a minute or two): the build script (scripts/build.mjs)
 * on 2 articles (a key miss: `astro build`), the script again on 3 (a key hit: Astro's kept output, filled),
 * and `astro build` alone on the same 3, cold, as the site was built before the script. Then Pagefind: the 3rd
 * article adds entity pages, so Pagefind indexes again; a 4th that names no new entity and no new title changes
 * only what Pagefind ignores, so the script copies the kept index, and that site equals a cold one too. Last,
 * the script once more with nothing changed: the slot HTML kept in the store (the Tables pages' rows) and the
 * files' kept hashes are taken, and the site still equals the cold one.
 */
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const DOCS = fileURLToPath(new URL('../', import.meta.url));
const REPO = fileURLToPath(new URL('../../../', import.meta.url));

const ARTICLES: Record<string, string> = {
  'a.txt':
    'date 2024-03-04 By Lena Sorvik, Harbour Ledger\n\nThe harbour board of Port Ellis met on Monday. Quinta Varro, the mayor of Port Ellis, said the fees would rise.\n',
  'b.txt':
    'date 2024-03-05 By Lena Sorvik, Harbour Ledger\n\nQuinta Varro said on Tuesday that the harbour board had agreed. The board will meet again in April.\n',
  'c.txt':
    'date 2024-03-06 By Oren Talby, Valley Courier\n\nThe Valley Water Authority raised its prices on Wednesday, its director Mira Castell said.\n',
  // Only entities the others name, and no new title: after it, only numbers and lists that Pagefind ignores change.
  'd.txt':
    'date 2024-03-07 By Oren Talby, Valley Courier\n\nThe Valley Water Authority met on Thursday. Quinta Varro said the fees would rise.\n',
};

const run = (file: string, args: string[], options: { cwd?: string; env?: NodeJS.ProcessEnv }) =>
  promisify(execFile)(file, args, { ...options, maxBuffer: 64 * 1024 * 1024 });

let root: string;
const logs: string[] = [];
/** The articles list of the first build, which ran `astro build` (a render-key miss). */
let missArticles = '';

/** A dataset of the first `count` articles, built by the CLI into the layout's data/dist. */
async function writeDataset(count: number): Promise<void> {
  const raw = join(root, `raw-${count}`);
  mkdirSync(raw, { recursive: true });
  for (const name of Object.keys(ARTICLES).sort().slice(0, count)) writeFileSync(join(raw, name), ARTICLES[name]!);
  const dist = join(root, 'data', 'dist');
  rmSync(dist, { recursive: true, force: true });
  const cli = join(REPO, 'packages', 'cli', 'bin', 'dossier.js');
  await run(process.execPath, [cli, 'build', '--input', raw, '--out', dist, '--no-cache', '--quiet'], {});
}

/** The build script (`pnpm build` of the docs), or `astro build` alone when `astroOnly`. */
async function buildSite(out: string, siteData: string, snapshot: string, astroOnly = false): Promise<void> {
  const command = astroOnly
    ? [join(DOCS, 'node_modules', 'astro', 'astro.js'), 'build', '--outDir', out]
    : [join(DOCS, 'scripts', 'build.mjs'), '--outDir', out];
  const { stdout, stderr } = await run(process.execPath, command, {
    cwd: DOCS,
    env: {
      ...process.env,
      DOSSIER_ROOT: root,
      ASTRO_TELEMETRY_DISABLED: '1',
      // No page per article: the article viewer shows them, as on a big dataset, so the render is data-free.
      DOSSIER_ARTICLE_PAGES_MAX: '1',
      DOSSIER_SITE_DATA: siteData,
      DOSSIER_ASTRO_SNAPSHOT: snapshot,
    },
  });
  logs.push(stdout + stderr);
}

/** Every file under `dir` with its bytes, by path. */
function filesOf(dir: string): Map<string, Buffer> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8', withFileTypes: false }).map(String).sort();
  const out = new Map<string, Buffer>();
  for (const f of files) {
    try {
      out.set(f, readFileSync(join(dir, f)));
    } catch {
      // a folder
    }
  }
  return out;
}

function expectSameFiles(a: string, b: string): void {
  const left = filesOf(a);
  const right = filesOf(b);
  expect([...right.keys()]).toEqual([...left.keys()]);
  const differ = [...left].filter(([f, bytes]) => !bytes.equals(right.get(f)!)).map(([f]) => f);
  expect(differ).toEqual([]);
}

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-plus-one-site-'));
  cpSync(join(REPO, 'schemas'), join(root, 'schemas'), { recursive: true });
  cpSync(join(REPO, 'pnpm-workspace.yaml'), join(root, 'pnpm-workspace.yaml'));
  cpSync(join(DOCS, 'test', 'fixtures'), join(root, 'apps', 'docs', 'test', 'fixtures'), { recursive: true });
  await writeDataset(2);
  await buildSite(join(root, 'warm'), join(root, 'store-warm'), join(root, 'render-2'));
  missArticles = readFileSync(join(root, 'warm', 'articles', 'index.html'), 'utf8');
  await writeDataset(3);
  await buildSite(join(root, 'warm'), join(root, 'store-warm'), join(root, 'render-3'));
  await buildSite(join(root, 'cold'), join(root, 'store-cold'), join(root, 'render-cold'), true);
  await writeDataset(4);
  await buildSite(join(root, 'warm-4'), join(root, 'store-warm'), join(root, 'render-4'));
  await buildSite(join(root, 'cold-4'), join(root, 'store-cold-4'), join(root, 'render-cold-4'), true);
  await buildSite(join(root, 'warm-4-again'), join(root, 'store-warm'), join(root, 'render-4-again'));
}, 1_200_000);

afterAll(() => {
  if (root) rmSync(root, { recursive: true, force: true });
});

describe('one more article', () => {
  it('indexes again with Pagefind when an indexed page changed, and copies the kept index when none did', () => {
    expect(logs[1]).toMatch(/\[starlight:pagefind\] \d+ HTML files indexed/u);
    expect(logs[1]).not.toMatch(/Pagefind's kept index copied/u);
    expect(logs[3]).toMatch(/astro build skipped/u);
    expect(logs[3]).toMatch(/the pages' searchable text is the previous build's: Pagefind's kept index copied/u);
  });

  it('takes the kept slot HTML when its inputs did not change, and the site stays equal to a cold one', () => {
    expect(logs[3]).toMatch(/slot HTML kept from the previous build: \d+ of [1-9]/u);
    expect(logs[5]).toMatch(/slot HTML kept from the previous build: ([1-9]\d*) of \1\b/u);
    expectSameFiles(join(root, 'cold-4'), join(root, 'warm-4-again'));
  });

  it('copies the kept entity pages whose shard did not change, and the site stays equal to a cold one', () => {
    expect(logs[3]).toMatch(/[1-9]\d* entity pages \(\d+ copied as kept\)/u);
    expect(logs[5]).toMatch(/([1-9]\d*) entity pages \(\1 copied as kept\)/u);
    expectSameFiles(join(root, 'cold-4'), join(root, 'warm-4-again'));
  });

  it('leaves a site equal to a cold build when the kept Pagefind index is copied', () => {
    expectSameFiles(join(root, 'cold-4'), join(root, 'warm-4'));
  });

  it('is built from the kept render, without astro build, by the build script', () => {
    expect(logs[0]).toMatch(/no output of Astro's kept for these inputs: astro build/u);
    expect(logs[0]).toMatch(/Building static entrypoints/u);
    expect(logs[1]).toMatch(/astro build skipped/u);
    expect(logs[1]).not.toMatch(/Building static entrypoints/u);
  });

  it('links the articles to the viewer when the script runs astro build too (no page per article here)', () => {
    expect(missArticles).toContain('href="/articles/view/?id=a"');
    expect(missArticles).not.toMatch(/href="\/articles\/a\/"/u);
  });

  it('leaves a site equal, byte for byte, to a cold build of the same data by astro build alone', () => {
    expectSameFiles(join(root, 'cold'), join(root, 'warm'));
  });

  it('does not change what Astro renders, and the render key says so', () => {
    expectSameFiles(join(root, 'render-2'), join(root, 'render-3'));
    expectSameFiles(join(root, 'render-2'), join(root, 'render-cold'));
    expect(logs[1]).toMatch(/Astro's inputs are the previous build's/u);
    expect(logs[2]).toMatch(/Astro's inputs changed since the previous build/u);
  });
});
