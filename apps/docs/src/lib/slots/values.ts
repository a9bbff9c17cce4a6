/**
 * What each page slot (src/lib/slots/page-slots.ts) shows, made from the page model of the current build.
 * Every value is text (escaped by the filler) or HTML built here with the escaping helpers the XSS tests cover.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from '../html-text.ts';
import { ARTICLES_LISTED, FACTS_FILE, type ListedArticle, type PageFacts, TABLE_ROWS_SHOWN } from '../page-model.ts';
import { siteModel } from '../model.ts';
import { UNRELEASED, unreleasedFiles } from '../releases.ts';
import { articleUrl, entityUrl } from '../urls.ts';
import type { SlotRenderer } from './page-slots.ts';
import { fileListHtml } from './file-list.ts';
import { entityListHtml, entityTypeTotal, longTailNoteHtml } from './entity-list.ts';
import { KNOWN_HASHES_FILE } from './kept-html.ts';
import { keptTablePageHtml } from './table-page.ts';
import { datedItemsHtml, timelineChartHtml, timelineCutNote, undatedEventsHtml } from './timeline-page.ts';

function articleRowHtml(a: ListedArticle): string {
  return [
    '<tr>',
    `<td><a href="${attr(articleUrl(a.article_id))}">${text(a.outlet)}, ${text(a.published)}</a><br><code class="id">${text(a.article_id)}</code></td>`,
    `<td class="cell-long">${text(a.opening)}</td>`,
    `<td class="num">${a.mentions}</td>`,
    `<td class="num">${a.quotes}</td>`,
    `<td class="num">${a.events}</td>`,
    '</tr>',
  ].join('');
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The overview's facts list: articles, outlets, dates, entities and events. */
function coverageHtml(f: PageFacts): string {
  const c = f.coverage;
  const entities = c.entitiesByType.reduce((sum, [, n]) => sum + n, 0);
  const byType = c.entitiesByType.length > 0 ? `: ${c.entitiesByType.map(([t, n]) => `${n} ${t}`).join(', ')}` : '';
  const published = c.firstDate ? (c.firstDate === c.lastDate ? c.firstDate : `${c.firstDate} to ${c.lastDate}`) : '—';
  const events = f.eventTypes.length ? f.eventTypes.map(([t, n]) => `${n} ${t}`).join(', ') : '—';
  return [
    `<dt>Articles</dt><dd><a href="/articles/">${plural(c.articles, 'article')}</a>, ${c.words.toLocaleString('en-US')} words</dd>`,
    `<dt>Outlets</dt><dd>${text(c.outlets.join(', ') || '—')}</dd>`,
    `<dt>Published</dt><dd>${text(published)}</dd>`,
    `<dt>Entities</dt><dd><a href="/entities/">${entities} entities</a>${text(byType)}</dd>`,
    `<dt>Events</dt><dd>${text(events)}</dd>`,
  ].join('');
}

/** The overview's most mentioned people, each with the title articles most often state for them. */
function peopleHtml(f: PageFacts, limit: number): string {
  const { entityById } = siteModel();
  const people = f.prominentPeople.slice(0, limit).map(({ id, role }) => ({ entity: entityById.get(id)!, role }));
  if (people.length === 0)
    return '<p class="muted" data-pagefind-ignore>No people have been extracted yet in this build.</p>';
  const items = people.map(
    ({ entity, role }) =>
      `<li><a href="${attr(entityUrl(entity.entity_id))}">${text(entity.name)}</a><span>${text(role ?? 'no title stated')} · ${plural(entity.mention_count, 'mention')}</span></li>`,
  );
  return `<ul class="card-list" data-pagefind-ignore>${items.join('')}</ul>`;
}

/** The renderers by slot kind, reading the page model in `siteDataDir` once, when a slot first needs it. */
export function slotRenderers(siteDataDir: string): Record<string, SlotRenderer> {
  const read = <T>(relPath: string): T => {
    const file = join(siteDataDir, relPath);
    try {
      return JSON.parse(readFileSync(file, 'utf8')) as T;
    } catch (cause) {
      throw new Error(`cannot read the page model ${file}: ${(cause as Error).message}`, { cause });
    }
  };
  let facts: PageFacts | undefined;
  const model = (): PageFacts => {
    facts ??= read<PageFacts>(FACTS_FILE);
    return facts;
  };
  const count = (table: string) => model().counts[table] ?? 0;
  return {
    // Overview.
    coverage: () => ({ html: coverageHtml(model()) }),
    people: (limit) => ({ html: peopleHtml(model(), Number(limit)) }),
    // Tables index and overview: a table's row count.
    count: (table) => ({ text: String(count(table)) }),
    // A table's page: "N rows", and when the page shows only the first rows, says so.
    rowsnote: (table) => {
      const n = count(table);
      const cut = n > TABLE_ROWS_SHOWN ? `; the first ${TABLE_ROWS_SHOWN} are shown here, the file has them all` : '';
      return { text: `${n} row${n === 1 ? '' : 's'}${cut}` };
    },
    // Entity list: a type's total, the long tail, a type's entities with a page.
    entitytotal: (type) => ({ text: String(entityTypeTotal(model(), type)) }),
    entitiesnote: () => ({ html: longTailNoteHtml() }),
    entitylist: (type) => ({ html: entityListHtml(model(), type) }),
    // Downloads: the unreleased build's files, sizes and hashes.
    unreleasedfiles: () => ({
      html: fileListHtml(
        UNRELEASED,
        unreleasedFiles(join(siteDataDir, KNOWN_HASHES_FILE)),
        'Files of the unreleased build',
        {
          searchable: false,
        },
      ),
    }),
    // Timeline.
    timelinechart: () => ({ html: timelineChartHtml(model().timeline) }),
    timelinecount: () => ({ text: String(model().timeline.items.length) }),
    timelinecut: () => ({ text: timelineCutNote(model().timeline) }),
    timelinetable: () => ({ html: datedItemsHtml(model().timeline) }),
    undatedtotal: () => ({ text: String(model().timeline.undatedTotal) }),
    undatedlist: () => ({ html: undatedEventsHtml(model().timeline) }),
    // A table's page: its filters and first rows.
    tablerows: (table) => ({ html: keptTablePageHtml(siteDataDir, table, count(table)) }),
    // Articles page: how many of how many are listed, when not all are.
    articlesnote: () => {
      const total = count('articles');
      return total > ARTICLES_LISTED
        ? {
            html: `<p data-pagefind-ignore>The newest ${ARTICLES_LISTED} of ${total} articles are listed; find the others by outlet, date or headline.</p>`,
          }
        : { html: '' };
    },
    // Articles page: the newest articles, one row each.
    articlerows: () => ({ html: model().newestArticles.map(articleRowHtml).join('\n') }),
  };
}
