/**
 * The SQL page in Chromium: DuckDB-WASM starts from the site's own files (nothing fetched from elsewhere), the
 * example queries and a plain SELECT return the rows the CSV files hold, and the result downloads as CSV.
 */
import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './browser.ts';
import { DATA_DIST, schemaColumns } from './data.ts';

let site: Site;
let page: Page;

beforeAll(async () => {
  site = await openSite();
  page = await site.newPage();
  await page.goto(`${site.baseUrl}/sql/`);
  await page.locator('[data-sql][data-state="ready"]').waitFor({ timeout: 120_000 });
}, 150_000);

afterAll(async () => {
  await site?.close();
});

function csvRows(table: string): Array<Record<string, string>> {
  return parse(readFileSync(`${DATA_DIST}${table}.csv`, 'utf8'), { columns: true }) as Array<Record<string, string>>;
}

/** Runs the query in the editor and returns the result table: header, then the cells' text. */
async function run(sql?: string, example?: string): Promise<{ header: string[]; rows: string[][] }> {
  if (example) await page.getByRole('button', { name: example, exact: true }).click();
  else {
    await page.locator('[data-sql-editor]').fill(sql!);
    await page.locator('[data-sql-run]').click();
  }
  await page.locator('[data-sql][data-state="done"]').waitFor({ timeout: 60_000 });
  await expect(page.locator('[data-sql-status]').textContent()).resolves.toMatch(/^\d+ rows?\.$/);
  const header = await page.locator('[data-sql-result] thead th').allTextContents();
  const rows = await page
    .locator('[data-sql-result] tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  return { header, rows };
}

describe('the SQL page', () => {
  it('counts quotes per speaker as the CSV files do', async () => {
    const names = new Map(csvRows('entities').map((e) => [e.entity_id!, e.name!]));
    const counts = new Map<string, number>();
    for (const q of csvRows('quotes')) {
      const speaker = (q.speaker_id && names.get(q.speaker_id)) || q.speaker_text || '(unknown)';
      counts.set(speaker, (counts.get(speaker) ?? 0) + 1);
    }
    expect(counts.size, 'quotes.csv has no quotes to count').toBeGreaterThan(0);
    const expected = [...counts]
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
      .map(([speaker, n]) => [speaker, String(n)]);
    const result = await run(undefined, 'Quotes per speaker');
    expect(result.header).toEqual(['speaker', 'quotes']);
    expect(result.rows).toEqual(expected);
  });

  it('lists every title held by a person as roles.csv and entities.csv do', async () => {
    const names = new Map(csvRows('entities').map((e) => [e.entity_id!, e.name!]));
    const roles = csvRows('roles');
    expect(roles.length, 'roles.csv has no rows').toBeGreaterThan(0);
    const expected = roles
      .map((r) =>
        [
          names.get(r.person_id!)!,
          r.title!,
          names.get(r.organization_id!) ?? names.get(r.country_id!) ?? 'null',
          r.text!,
          r.article_id!,
        ].join('\u0001'),
      )
      .sort();
    const result = await run(undefined, 'Every title held by a person');
    expect(result.header).toEqual(['person', 'title', 'affiliation', 'text', 'article_id']);
    expect(result.rows.map((r) => r.join('\u0001')).sort()).toEqual(expected);
  });

  it('returns a whole table cell for cell as roles.csv holds it (types included), and exports the result as CSV', async () => {
    const csv = csvRows('roles').sort((a, b) => (a.role_id! < b.role_id! ? -1 : 1));
    const result = await run('SELECT * FROM roles ORDER BY role_id');
    expect(result.header).toEqual(schemaColumns('roles'));
    // The page shows a null as "null"; the CSV leaves the cell empty.
    expect(result.rows).toEqual(csv.map((row) => result.header.map((c) => (row[c] === '' ? 'null' : row[c]))));

    const download = page.waitForEvent('download');
    await page.locator('[data-sql-export]').click();
    const file = await (await download).path();
    const exported = parse(readFileSync(file, 'utf8')) as string[][];
    expect(exported[0]).toEqual(result.header);
    expect(exported.slice(1)).toEqual(result.rows.map((r) => r.map((cell) => (cell === 'null' ? '' : cell))));
    expect(site.offsiteRequests).toEqual([]);
  });

  it('says what is wrong with a bad query', async () => {
    await page.locator('[data-sql-editor]').fill('SELECT nothing FROM nowhere');
    await page.locator('[data-sql-run]').click();
    await page.locator('[data-sql][data-state="done"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('[data-sql-status]').textContent()).resolves.toMatch(/^Error: .*nowhere/s);
    await expect(page.locator('[data-sql-export]').isDisabled()).resolves.toBe(true);
  });
});
