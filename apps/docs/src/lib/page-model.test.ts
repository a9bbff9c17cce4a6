/**
 * The page model from per-article summaries (src/lib/article-summary.ts): a warm build parses an article's rows
 * only when `wantsRows` says a page shows them. Fed the seed dataset with small limits (so that the tables'
 * previews and the undated list fill up after a few rows), a collector given rows only when it wants them must
 * gather what one given every article's rows gathers, and its counts and previews must be the tables' own.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const seed = fileURLToPath(new URL('../../../../data/dist/', import.meta.url));
/** Limits at which the previews and the undated list fill up at different articles of a small dataset. */
const LIMITS = [1, 2, 6, 20].flatMap((tableRows) => [1, 3, 10, 25, 30].map((undated) => ({ tableRows, undated })));

describe.skipIf(!existsSync(join(seed, 'articles.json')))('the page model from article summaries', () => {
  afterAll(() => {
    delete process.env.DOSSIER_ARTICLE_PAGES_MAX;
  });

  it('is the same whether an article brings its rows always or only when they are wanted', async () => {
    // No page per article (which would want every article's rows), as on a big dataset; the limit is read
    // when the modules load, hence the imports here.
    process.env.DOSSIER_ARTICLE_PAGES_MAX = '1';
    const { articleSummary } = await import('./article-summary.ts');
    const { showArticle, siteModel } = await import('./model.ts');
    const { PageFactsCollector } = await import('./page-model.ts');
    const { ARTICLE_TABLES, articleGroups } = await import('./stream/article-groups.ts');
    const m = siteModel();
    expect(m.articlePages).toBe(false);
    let skipped = 0;
    for (const limits of LIMITS) {
      const always = new PageFactsCollector(limits);
      const whenWanted = new PageFactsCollector(limits);
      const rowsByTable = new Map<string, unknown[]>();
      for (const group of articleGroups(m.data.dir, m.data.tableFiles)) {
        showArticle(group);
        const summary = articleSummary(group);
        always.addArticle(group.article, summary, group);
        if (whenWanted.wantsRows(summary)) whenWanted.addArticle(group.article, summary, group);
        else {
          whenWanted.addArticle(group.article, summary);
          skipped++;
        }
        for (const [field, table] of Object.entries(ARTICLE_TABLES) as Array<[keyof typeof ARTICLE_TABLES, string]>)
          rowsByTable.set(table, [...(rowsByTable.get(table) ?? []), ...group[field]]);
      }
      const label = JSON.stringify(limits);
      expect(whenWanted.facts(), label).toEqual(always.facts());
      expect(whenWanted.tablePreviews(), label).toEqual(always.tablePreviews());
      const facts = whenWanted.facts();
      const previews = whenWanted.tablePreviews();
      for (const [table, rows] of rowsByTable) {
        expect(facts.counts[table], `${label} ${table}`).toBe(rows.length);
        expect(previews.get(table)?.rows, `${label} ${table}`).toEqual(rows.slice(0, limits.tableRows));
      }
    }
    // Without articles whose rows were not wanted, this would compare nothing.
    expect(skipped).toBeGreaterThan(0);
  });
});
