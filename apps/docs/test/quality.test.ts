/**
 * The quality page in Chromium: it must lead with the out-of-sample figures (public benchmarks, from
 * data/benchmarks.json through quality.json) and label the dataset's own gold scores as in-sample.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './browser.ts';
import { DATA_DIST, REPO } from './data.ts';

interface Benchmarks {
  benchmarks: Array<{ id: string; name: string; licence: string; measured: unknown }>;
}

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('the quality page', () => {
  it('leads with the benchmark figures, each with its licence, before the in-sample scores, which it labels', async () => {
    const committed = JSON.parse(readFileSync(`${REPO}data/benchmarks.json`, 'utf8')) as Benchmarks;
    const shipped = JSON.parse(readFileSync(`${DATA_DIST}quality.json`, 'utf8')) as {
      benchmarks: Benchmarks;
      gold_is: string;
    };
    expect(shipped.benchmarks).toEqual(committed);

    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/quality/`);
    const headings = await page.locator('main h2').allTextContents();
    const outOfSample = headings.findIndex((h) => /public benchmarks \(out of sample\)/i.test(h));
    const inSample = headings.findIndex((h) => /own gold \(in sample\)/i.test(h));
    expect(outOfSample, headings.join(' | ')).toBe(0);
    expect(inSample).toBeGreaterThan(outOfSample);

    const rows = page.locator('table[data-quality-benchmarks] tbody tr');
    await expect(rows.count()).resolves.toBe(committed.benchmarks.length);
    for (const [i, b] of committed.benchmarks.entries()) {
      const text = (await rows.nth(i).textContent()) ?? '';
      expect(text).toContain(b.name);
      expect(text).toContain(b.licence);
      if (!b.measured) expect(text).toContain('not yet measured');
    }
    await expect(page.locator('[data-quality-out-of-sample]').textContent()).resolves.toMatch(/used in development/);
    await expect(page.locator('[data-quality-in-sample]').textContent()).resolves.toContain(shipped.gold_is);
    await expect(page.locator('table[data-quality-headline] caption').textContent()).resolves.toMatch(
      /^In sample: articles the pipeline was developed on/,
    );
    await page.close();
  });
});
