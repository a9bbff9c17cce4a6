/**
 * The Tables pages at 1280 px: the columns a reader needs first are in view without scrolling, rows stay
 * compact, and a wide table scrolls inside its frame rather than widening the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCREENSHOTS, openSite, type Site } from './browser.ts';
import { readRows } from './data.ts';

let site: Site;

beforeAll(async () => {
  site = await openSite();
});

afterAll(async () => {
  await site?.close();
});

describe('the roles table at 1280 px', () => {
  it('shows person, title, affiliation and text in view, in compact rows, and scrolls inside its frame', async () => {
    const roles = readRows<{ person_id: string }>('roles');
    expect(roles.length, 'roles.json has no rows').toBeGreaterThan(0);
    const page = await site.newPage();
    await page.goto(`${site.baseUrl}/tables/roles/`);
    await page.screenshot({ path: `${SCREENSHOTS}tables-roles-1280.png` });
    const frame = await page.locator('.rows-wrap').boundingBox();
    expect(frame).not.toBeNull();
    for (const column of ['person_id', 'title', 'organization_id', 'country_id', 'text']) {
      const box = await page.locator(`#rows-roles thead th[data-col="${column}"]`).boundingBox();
      expect(box, column).not.toBeNull();
      expect(box!.x, `${column} starts inside the frame`).toBeGreaterThanOrEqual(frame!.x);
      expect(box!.x + box!.width, `${column} ends inside the frame, with no sideways scrolling`).toBeLessThanOrEqual(
        Math.min(frame!.x + frame!.width, 1280) + 1,
      );
    }
    // The person is shown by name, with the ID on hover.
    const firstPerson = page.locator('#rows-roles tbody tr').first().locator('td[data-col="person_id"] a');
    await expect(firstPerson.getAttribute('title')).resolves.toMatch(/^person:/);
    await expect(firstPerson.textContent()).resolves.not.toMatch(/^person:/);
    // Compact rows: most rows are at most three lines tall.
    const { heights, lineHeight } = await page.evaluate(() => {
      const cell = document.querySelector('#rows-roles tbody td')!;
      return {
        heights: [...document.querySelectorAll('#rows-roles tbody tr')]
          .map((tr) => tr.getBoundingClientRect().height)
          .sort((a, b) => a - b),
        lineHeight: Number.parseFloat(getComputedStyle(cell).lineHeight),
      };
    });
    expect(
      heights[Math.floor(heights.length / 2)]!,
      `median row height (line height ${lineHeight}px)`,
    ).toBeLessThanOrEqual(3 * lineHeight + 8);
    // A table wider than the frame scrolls inside it; the page itself never scrolls sideways.
    const widths = await page.evaluate(() => ({
      page: document.documentElement.scrollWidth,
      viewport: window.innerWidth,
    }));
    expect(widths.page).toBeLessThanOrEqual(widths.viewport);
    await page.close();
  });
});
