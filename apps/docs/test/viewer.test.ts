/**
 * The client-side article and entity viewers. On the small dataset every article also has a static page, and
 * the viewer must render the same text and highlights; on a big build (issue 23) the viewers are the only
 * article view. Run it on a big build with the build's dataset and site:
 *   DOSSIER_ROOT=/tmp/r10k DOCS_DIST=/tmp/r10k-site npx vitest run apps/docs/test/viewer.test.ts
 * Five articles and five evidence links are drawn at random (VIEWER_SEED, printed, makes a run repeatable).
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SHOWN } from '../src/lib/entity-shard.ts';
import { DIST } from './serve.mjs';
import { openSite, type Site } from './browser.ts';
import { anchorOf, entityPath, readRows } from './data.ts';

interface Mention {
  mention_id: string;
  article_id: string;
  entity_id: string;
  text: string;
}

const SEED = Number(process.env.VIEWER_SEED ?? 23);

/** A small seeded generator (mulberry32), so a failing draw can be repeated with VIEWER_SEED. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function draw<T>(items: readonly T[], count: number, next: () => number): T[] {
  const pool = [...items];
  const out: T[] = [];
  while (out.length < count && pool.length) out.push(pool.splice(Math.floor(next() * pool.length), 1)[0]!);
  return out;
}

const hasStaticPage = (path: string) => existsSync(`${DIST}${path.slice(1)}index.html`);
const entityLink = (id: string) =>
  hasStaticPage(entityPath(id)) ? entityPath(id) : `/entities/view/?id=${encodeURIComponent(id)}`;

let site: Site;
let mentions: Mention[];

beforeAll(async () => {
  site = await openSite(DIST);
  mentions = readRows<Mention>('mentions');
  console.log(`viewer test: VIEWER_SEED=${SEED}`);
});

afterAll(async () => {
  await site?.close();
});

describe('the article viewer', () => {
  it('shows five random articles with every mention highlighted with its row’s text, like the static page', async () => {
    const articles = readRows<{ article_id: string; body: string }>('articles');
    const next = random(SEED);
    const page = await site.newPage();
    for (const article of draw(articles, 5, next)) {
      const id = article.article_id;
      await page.goto(`${site.baseUrl}/articles/view/?id=${encodeURIComponent(id)}`);
      await page.locator('[data-article-viewer][data-state="ready"]').waitFor({ timeout: 30_000 });
      const body = page.locator('[data-article-body]');
      await expect(body.textContent()).resolves.toBe(article.body);
      const expected = mentions
        .filter((m) => m.article_id === id)
        .map((m) => ({ id: anchorOf(m.mention_id), text: m.text }));
      const wrong = await page.evaluate(
        (rows) => rows.filter((r) => document.getElementById(r.id)?.textContent !== r.text).map((r) => r.id),
        expected,
      );
      expect(wrong, `article ${id}`).toEqual([]);
      if (hasStaticPage(`/articles/${encodeURIComponent(id)}/`)) {
        const viewed = await body.evaluate((el) => el.outerHTML);
        await page.goto(`${site.baseUrl}/articles/${encodeURIComponent(id)}/`);
        await expect(
          page.locator('[data-article-body]').evaluate((el) => el.outerHTML),
          `article ${id}`,
        ).resolves.toBe(viewed.replace(' data-article-body=""', ' data-article-body="" data-pagefind-weight="0.5"'));
      }
    }
    await page.close();
  });

  it('follows five random evidence links from entity pages to the highlighted span', async () => {
    const next = random(SEED + 1);
    // An entity page lists its first SHOWN.mentions mentions (in the table's order) with their evidence.
    const seen = new Map<string, number>();
    const listed = mentions.filter((m) => {
      const n = seen.get(m.entity_id) ?? 0;
      seen.set(m.entity_id, n + 1);
      return n < SHOWN.mentions;
    });
    const page = await site.newPage();
    for (const mention of draw(listed, 5, next)) {
      await page.goto(`${site.baseUrl}${entityLink(mention.entity_id)}`);
      const link = page.locator(`li[data-mention-id="${mention.mention_id}"] a`).first();
      await link.waitFor({ timeout: 30_000 });
      await link.click();
      await page.waitForURL((url) => url.hash === `#${anchorOf(mention.mention_id)}`);
      const target = page.locator(':target');
      await target.waitFor({ timeout: 30_000 });
      await expect(target.getAttribute('class'), mention.mention_id).resolves.toContain('ann-mention');
      await expect(target.textContent(), mention.mention_id).resolves.toBe(mention.text);
    }
    await page.close();
  });

  it('shows long-tail entities from their bucket, and says so for an ID no bucket holds', async () => {
    const entities = readRows<{ entity_id: string; name: string }>('entities');
    const longTail = entities.filter((e) => !hasStaticPage(entityPath(e.entity_id)));
    const page = await site.newPage();
    // The small dataset gives every entity a static page; a big build has a long tail to draw from.
    for (const entity of draw(longTail, 3, random(SEED + 4))) {
      await page.goto(`${site.baseUrl}/entities/view/?id=${encodeURIComponent(entity.entity_id)}`);
      await page.locator('[data-entity-viewer][data-state="ready"]').waitFor({ timeout: 30_000 });
      await expect(page.locator('h1').first().textContent()).resolves.toBe(entity.name);
      await expect(page.locator('[data-entity-viewer] code.id').first().textContent()).resolves.toBe(entity.entity_id);
    }
    await page.goto(`${site.baseUrl}/entities/view/?id=person%3Ano-such-entity`);
    await expect(page.locator('[data-entity-viewer] [role="alert"]').textContent()).resolves.toContain(
      'person:no-such-entity',
    );
    await page.close();
  });

  it('says so when the article does not exist', async () => {
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/articles/view/?id=no-such-article`);
    await expect(page.locator('[data-article-viewer] [role="alert"]').textContent()).resolves.toContain(
      'no-such-article',
    );
    await page.close();
  });

  it('finds an entity and an article with the sharded search', async () => {
    const entities = readRows<{ entity_id: string; name: string; mention_count: number }>('entities');
    const entity = draw(entities, 1, random(SEED + 2))[0]!;
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/entities/`);
    // The whole name: one word alone can match more entities than the 50 results shown.
    await page.locator('[data-data-search] input[type="search"]').fill(entity.name);
    const hit = page.locator('[data-search-results] a', { hasText: entity.name }).first();
    await hit.waitFor({ timeout: 30_000 });
    await hit.click();
    await page.waitForURL(
      (url) => url.pathname.startsWith('/entities/view/') || url.pathname === entityPath(entity.entity_id),
    );
    await page.locator('h1', { hasText: entity.name }).first().waitFor({ timeout: 30_000 });

    const article = draw(
      readRows<{ article_id: string; outlet: string; published: string }>('articles'),
      1,
      random(SEED + 3),
    )[0]!;
    await page.goto(`${site.baseUrl}/articles/`);
    await page
      .locator('[data-data-search] input[type="search"]')
      .fill(`${article.outlet} ${article.published.slice(0, 7)}`);
    await page
      .locator('[data-search-results] a', { hasText: `${article.outlet}, ${article.published}` })
      .first()
      .waitFor({ timeout: 30_000 });
    await page.close();
  });

  it('fetched nothing from outside 127.0.0.1', () => {
    expect(site.offsiteRequests).toEqual([]);
  });
});
