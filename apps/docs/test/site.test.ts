/**
 * End-to-end tests of the built site in Debian's Chromium. `pnpm test` builds everything first, so a
 * missing dist/ or an empty dataset is a failure with a message, never a skip.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, openSite, type Site } from './browser.ts';
import {
  DATA_DIST,
  RELEASES,
  REPO,
  anchorOf,
  entityPath,
  mostMentionedPerson,
  readRows,
  schemaColumns,
} from './data.ts';

interface MentionRow {
  mention_id: string;
  article_id: string;
  entity_id: string;
  text: string;
  start: string;
  end: string;
}

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('the docs site', () => {
  it('opens the overview with counts per table, the version, citation, licence and quick start', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/`);
    await expect(page.locator('h1').first().textContent()).resolves.toBe('Dossier dataset');
    const datapackage = JSON.parse(readFileSync(`${DATA_DIST}datapackage.json`, 'utf8')) as {
      resources: Array<{ name: string; path: string }>;
    };
    const tables = datapackage.resources.filter((r) => r.path.endsWith('.csv'));
    expect(tables.length).toBeGreaterThan(0);
    for (const { name } of tables) {
      const row = page
        .locator('#tables + * tbody tr, #tables ~ .data-table-wrap tbody tr')
        .filter({ has: page.locator(`code:text-is("${name}")`) });
      await expect(row.locator('td.num').textContent()).resolves.toBe(String(readRows(name).length));
    }
    for (const heading of ['Version', 'How to cite', 'Licence', 'Quick start', 'pandas', 'R', 'DuckDB']) {
      await expect(page.getByRole('heading', { name: heading, exact: true }).count()).resolves.toBe(1);
    }
    await page.close();
  });

  it('finds a person with the search box and opens their page', async () => {
    const person = mostMentionedPerson();
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/`);
    await page.locator('button[data-open-modal]').first().click();
    await page.locator('.pagefind-ui__search-input').fill(person.name);
    const result = page.locator('.pagefind-ui__result-link', { hasText: person.name }).first();
    await result.waitFor({ timeout: 30_000 });
    await result.click();
    await page.waitForURL(`${site.baseUrl}${entityPath(person.entity_id)}`);
    await expect(page.locator('h1').first().textContent()).resolves.toBe(person.name);
    await page.close();
  });

  it('follows a mention to the article view, where the highlighted text equals the row’s text', async () => {
    const person = mostMentionedPerson();
    const mentions = parse(readFileSync(`${DATA_DIST}mentions.csv`), { columns: true }) as MentionRow[];
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}${entityPath(person.entity_id)}`);
    const item = page.locator('li[data-mention-id]').first();
    const mentionId = await item.getAttribute('data-mention-id');
    const row = mentions.find((m) => m.mention_id === mentionId);
    expect(row, `mention ${mentionId} listed on the person page is not in mentions.csv`).toBeDefined();
    await item.locator('a').first().click();
    await page.waitForURL((url) => url.hash === `#${anchorOf(row!.mention_id)}`);
    const target = page.locator(':target');
    await expect(target.getAttribute('class')).resolves.toContain('ann-mention');
    await expect(target.textContent()).resolves.toBe(row!.text);

    // Every mention of this article is highlighted with exactly its row's text.
    const ofArticle = mentions
      .filter((m) => m.article_id === row!.article_id)
      .map((m) => ({ id: anchorOf(m.mention_id), text: m.text }));
    const wrong = await page.evaluate(
      (rows) => rows.filter((r) => document.getElementById(r.id)?.textContent !== r.text).map((r) => r.id),
      ofArticle,
    );
    expect(wrong).toEqual([]);
    await page.close();
  });

  it('gets from the overview to the evidence for a person’s role in two clicks', async () => {
    const roles = readRows<{ role_id: string; person_id: string; title: string; text: string; article_id: string }>(
      'roles',
    );
    expect(roles.length, 'roles.json is empty: role extraction has not landed').toBeGreaterThan(0);
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/`);
    // Click 1: a person listed on the overview together with a title.
    const card = page.locator('#people ~ .card-list li').filter({ hasNotText: 'no title stated' }).first();
    await card.locator('a').click();
    await page.waitForURL((url) => url.pathname.startsWith('/people/'));
    const personPath = new URL(page.url()).pathname;
    const theirRoles = roles.filter((r) => entityPath(r.person_id) === personPath);
    expect(theirRoles.length).toBeGreaterThan(0);
    // The role and its evidence sentence are on the person page.
    const evidence = page.locator('section.role .evidence').first();
    expect(theirRoles.map((r) => r.text)).toContain(await evidence.locator('mark').textContent());
    // Click 2: the evidence link opens the article at the highlighted span.
    await evidence.locator('footer a').click();
    await page.waitForURL((url) => url.hash.length > 1);
    const hash = new URL(page.url()).hash.slice(1);
    const role = theirRoles.find((r) => anchorOf(r.role_id) === hash);
    expect(role, `the evidence link went to #${hash}, which is not one of this person's roles`).toBeDefined();
    await expect(page.locator(':target').textContent()).resolves.toBe(role!.text);
    await page.close();
  });

  it('downloads a CSV whose bytes equal the published file and which parses with the schema’s columns', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/downloads/`);
    const link = page.locator('table[data-release] a', { hasText: /^mentions\.csv$/ }).first();
    const href = await link.getAttribute('href');
    expect(href).toMatch(/^\/downloads\/[^/]+\/mentions\.csv$/);
    const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
    const bytes = readFileSync((await download.path())!);
    const folder = href!.split('/')[2]!;
    const source = folder === 'unreleased' ? `${DATA_DIST}mentions.csv` : `${RELEASES}${folder}/mentions.csv`;
    expect(Buffer.compare(bytes, readFileSync(source))).toBe(0);
    const records = parse(bytes, { columns: false }) as string[][];
    expect(records[0]).toEqual(schemaColumns('mentions'));
    if (folder === 'unreleased') expect(records.length - 1).toBe(readRows('mentions').length);
    await page.close();
  });

  it('filters a table by text and by a column value', async () => {
    const mentions = readRows<{ entity_id: string; kind: string; text: string }>('mentions');
    const person = mostMentionedPerson();
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/tables/mentions/`);
    const rows = page.locator('#rows-mentions tbody tr');
    await expect(rows.count()).resolves.toBe(mentions.length);
    await page.locator('[data-filter-for="rows-mentions"] input[data-filter-input]').fill(person.entity_id);
    const expected = mentions.filter((m) =>
      JSON.stringify(Object.values(m)).toLowerCase().includes(person.entity_id),
    ).length;
    await expect(page.locator('#rows-mentions tbody tr:not([hidden])').count()).resolves.toBe(expected);
    await page.locator('[data-filter-for="rows-mentions"] input[data-filter-input]').fill('');
    const kinds = [...new Set(mentions.map((m) => m.kind))].sort();
    if (kinds.length > 1) {
      await page.locator('select[data-filter-column="kind"]').selectOption(kinds[0]!);
      await expect(page.locator('#rows-mentions tbody tr:not([hidden])').count()).resolves.toBe(
        mentions.filter((m) => m.kind === kinds[0]).length,
      );
    }
    await page.close();
  });

  it('lists every column of mentions in the data dictionary, in order', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/dictionary/`);
    const columns = await page
      .locator('section[data-table="mentions"] tbody tr[data-column]')
      .evaluateAll((rows) => rows.map((r) => r.getAttribute('data-column')));
    expect(columns).toEqual(schemaColumns('mentions'));
    const schema = JSON.parse(readFileSync(`${REPO}schemas/mentions.schema.json`, 'utf8')) as {
      properties: Record<string, { description: string; examples?: unknown[] }>;
    };
    for (const name of columns) {
      const cells = await page
        .locator(`section[data-table="mentions"] tr[data-column="${name!}"] td`)
        .allTextContents();
      expect(cells, `mentions.${name}: type, nullable, description`).toHaveLength(3);
      expect(cells[0]).toMatch(/^(string|integer|number|boolean|date)/);
      expect(cells[1]).toMatch(/^(yes|no)$/);
      expect(cells[2]).toContain(schema.properties[name!]!.description);
      if (schema.properties[name!]!.examples?.length) expect(cells[2]).toContain('Example:');
    }
    await page.close();
  });

  it('renders article text as text: the hostile fixture shows its tags and runs nothing', async () => {
    const fixture = JSON.parse(readFileSync(new URL('./fixtures/hostile-article.json', import.meta.url), 'utf8')) as {
      article: { body: string };
      mentions: Array<{ mention_id: string; text: string }>;
      quotes: Array<{ quote_id: string; text: string }>;
    };
    const page = await site.newPage();
    const dialogs: string[] = [];
    page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    await page.goto(`${site.baseUrl}/checks/escaping/`);
    const body = page.locator('[data-article-body]');
    await expect(body.textContent()).resolves.toBe(fixture.article.body);
    await expect(body.locator('script, style, img, b, i, u, a[href^="javascript"]').count()).resolves.toBe(0);
    await expect(
      page.evaluate(() => (window as unknown as { __dossierInjected?: boolean }).__dossierInjected),
    ).resolves.toBeUndefined();
    await expect(page.locator('body').isVisible()).resolves.toBe(true);
    for (const m of fixture.mentions)
      await expect(page.locator(`[id="${anchorOf(m.mention_id)}"]`).textContent()).resolves.toBe(m.text);
    for (const q of fixture.quotes)
      await expect(page.locator(`[id="${anchorOf(q.quote_id)}"]`).textContent()).resolves.toBe(q.text);
    expect(dialogs).toEqual([]);
    await page.close();
  });

  it('shows a date’s resolved value when it gets keyboard focus', async () => {
    const timexes = readRows<{ timex_id: string; article_id: string; value: string }>('temporal_expressions');
    expect(timexes.length, 'temporal_expressions.json is empty: date extraction has not landed').toBeGreaterThan(0);
    const t = timexes[0]!;
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/articles/${t.article_id}/`);
    const span = page.locator(`[id="${anchorOf(t.timex_id)}"]`);
    await span.focus();
    const after = await span.evaluate((el) => getComputedStyle(el, '::after').content);
    expect(after).toContain(t.value);
    await page.close();
  });

  it('screenshots the person page and the timeline, whose chart has a text alternative', async () => {
    const person = mostMentionedPerson();
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}${entityPath(person.entity_id)}`);
    await page.screenshot({ path: `${SCREENSHOTS}person.png`, fullPage: false });
    await page.goto(`${site.baseUrl}/timeline/`);
    const chart = page.locator('.timeline-chart svg[role="img"]');
    await expect(chart.count(), 'the timeline has no chart: no event or quote in data/dist has a date').resolves.toBe(
      1,
    );
    await expect(chart.locator('#timeline-chart-title').textContent()).resolves.toMatch(/Timeline/);
    await expect(page.locator('#dated ~ .data-table-wrap tbody tr').count()).resolves.toBeGreaterThan(0);
    await page.screenshot({ path: `${SCREENSHOTS}timeline.png`, fullPage: true });
    await page.close();
  });

  it('cites each release with its version, year and full URL under the configured site, which the sitemap uses too', async () => {
    const sitemap = await (await fetch(`${site.baseUrl}/sitemap-index.xml`)).text();
    const firstLoc = /<loc>([^<]+)<\/loc>/u.exec(sitemap)?.[1];
    expect(firstLoc, 'sitemap-index.xml lists a sitemap').toMatch(/^https?:\/\/.+\/sitemap-0\.xml$/u);
    const siteUrl = firstLoc!.replace(/sitemap-0\.xml$/u, '');
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/downloads/`);
    const versions = readdirSync(RELEASES).filter((v) => /^\d+\.\d+\.\d+$/u.test(v));
    expect(versions.length).toBeGreaterThan(0);
    for (const v of versions) {
      const section = page.locator('section', { has: page.locator(`h2#v${v.replaceAll('.', '\\.')}`) });
      const cite = (await section.locator('pre').allTextContents()).join('\n');
      expect(cite).toContain(`(Version ${v})`);
      expect(cite).toContain(`${siteUrl}downloads/${v}/`);
      expect(cite).toMatch(/\((\d{4}|n\.d\.)\)/u);
      expect(cite).toContain(`version = {${v}}`);
      // Archives in the folder are listed with their hashes; a release without them says why.
      const archives = readdirSync(`${RELEASES}${v}`).filter((f) => /\.(zip|tar\.gz)$/u.test(f));
      for (const f of archives) {
        const sha = createHash('sha256')
          .update(readFileSync(`${RELEASES}${v}/${f}`))
          .digest('hex');
        await expect(section.locator(`ul.archives [data-hash="${sha}"]`).count()).resolves.toBe(1);
      }
      if (!archives.length) await expect(section.getByText('predates whole-release archives').count()).resolves.toBe(1);
    }
    await page.close();
  });

  it('shows hashes shortened, and its copy button copies the whole SHA-256', async () => {
    await site.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: site.baseUrl });
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/downloads/`);
    const first = page.locator('table[data-release] .hash').first();
    const full = (await first.getAttribute('data-hash'))!;
    expect(full).toMatch(/^[0-9a-f]{64}$/u);
    await expect(first.locator('code').textContent()).resolves.toBe(`${full.slice(0, 12)}…`);
    await first.getByRole('button').click();
    await expect(page.evaluate(() => navigator.clipboard.readText())).resolves.toBe(full);
    await expect(first.getByRole('button').textContent()).resolves.toBe('copied');
    await page.close();
  });

  it('keeps article IDs whole, lists event types rather than package keywords, and has a 404 page', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/articles/`);
    const ids = page.locator('table code.id');
    expect(await ids.count()).toBeGreaterThan(0);
    // One line box per ID: an ID broken mid-word would have two.
    const lines = await ids.evaluateAll((els) => els.map((el) => el.getClientRects().length));
    expect(
      lines.every((n) => n === 1),
      `line boxes per article ID: ${lines.join(', ')}`,
    ).toBe(true);
    await page.goto(`${site.baseUrl}/`);
    const facts = await page.locator('dl.facts').textContent();
    expect(facts).not.toContain('Topics');
    const types = [...new Set(readRows('events').map((e) => (e as unknown as { type: string }).type))];
    for (const t of types) expect(facts).toContain(t);
    // The test server answers a missing path in plain text; a host serves this page (static hosts look for 404.html).
    await page.goto(`${site.baseUrl}/404.html`);
    await expect(page.getByRole('heading', { level: 1 }).textContent()).resolves.toBe('Page not found');
    await page.close();
  });

  it('fetched nothing from outside 127.0.0.1', () => {
    expect(site.offsiteRequests).toEqual([]);
  });
});
