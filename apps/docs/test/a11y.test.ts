/**
 * Accessibility of the built pages, checked by axe-core (Deque's rule engine, the one browser devtools
 * use) in Debian's Chromium: WCAG 2 A and AA rules, including colour contrast, in light and dark themes.
 */
import { createRequire } from 'node:module';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openSite, type Site } from './browser.ts';
import { entityPath, mostMentionedPerson, readRows } from './data.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

let site: Site;
beforeAll(async () => {
  site = await openSite();
});
afterAll(async () => {
  await site?.close();
});

function pages(): string[] {
  const article = readRows<{ article_id: string }>('articles')[0];
  if (!article) throw new Error('data/dist/articles.json is empty: nothing to check');
  return [
    '/',
    '/dictionary/',
    '/downloads/',
    '/timeline/',
    '/quality/',
    '/entities/',
    '/tables/mentions/',
    '/tables/roles/',
    '/sql/',
    entityPath(mostMentionedPerson().entity_id),
    `/articles/${article.article_id}/`,
    // The client-side viewer, once it has rendered the article (issue 23).
    `/articles/view/?id=${article.article_id}`,
  ];
}

describe('accessibility (axe-core, WCAG 2 AA)', () => {
  for (const scheme of ['light', 'dark'] as const) {
    it(`finds no serious or critical violations on the main pages, ${scheme} theme`, async () => {
      const context = await site.browser.newContext({ colorScheme: scheme, viewport: { width: 1280, height: 900 } });
      const found: string[] = [];
      for (const path of pages()) {
        const page = await context.newPage();
        await page.goto(`${site.baseUrl}${path}`);
        if (path.includes('/view/?id=')) await page.locator('[data-state="ready"]').waitFor({ timeout: 30_000 });
        await page.addScriptTag({ path: AXE });
        const raw = (await page.evaluate(async () => {
          const axe = (
            window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: unknown[] }> } }
          ).axe;
          // Starlight's search button is named "Search" and shows a "Ctrl K" hint, which axe's
          // label-content-name-mismatch rule flags; the shortcut is announced through aria-keyshortcuts,
          // so the button is left out of that one rule only.
          const result = await axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          });
          return result.violations;
        })) as AxeViolation[];
        const violations = raw
          .map((v) =>
            v.id === 'label-content-name-mismatch'
              ? { ...v, nodes: v.nodes.filter((n) => n.target.join(' ') !== 'button[data-open-modal=""]') }
              : v,
          )
          .filter((v) => v.nodes.length > 0);
        for (const v of violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')) {
          found.push(
            `${path}: ${v.id} (${v.impact}) ${v.help}: ${v.nodes
              .slice(0, 3)
              .map((n) => n.target.join(' '))
              .join(' | ')}`,
          );
        }
        await page.close();
      }
      await context.close();
      expect(found).toEqual([]);
    }, 180_000);
  }
});
