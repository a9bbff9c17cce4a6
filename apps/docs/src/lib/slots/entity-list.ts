/**
 * The data parts of the entity list (src/pages/entities/index.astro) for its slots: each type's total, the
 * note on the long tail, and each type's entities with a static page, most mentioned first. Values are
 * escaped with the helpers of src/lib/html-text.ts.
 */
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from '../html-text.ts';
import { siteModel } from '../model.ts';
import type { PageFacts } from '../page-model.ts';
import { ENTITY_PAGE_MIN_ARTICLES, ENTITY_PAGES_MAX } from '../scale.ts';
import { entityUrl } from '../urls.ts';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function entityTypeTotal(facts: PageFacts, type: string): number {
  return facts.coverage.entitiesByType.find(([t]) => t === type)?.[1] ?? 0;
}

export function longTailNoteHtml(): string {
  const m = siteModel();
  const longTail = m.data.entities.length - m.staticEntities.size;
  if (longTail <= 0) return '';
  return `<p data-pagefind-ignore>Listed here: the ${m.staticEntities.size} entities with the most evidence (at most ${ENTITY_PAGES_MAX}, each found in at least ${ENTITY_PAGE_MIN_ARTICLES} articles). The other ${longTail} are found with the search below, which covers every entity, and are shown by the entity viewer.</p>`;
}

export function entityListHtml(facts: PageFacts, type: string): string {
  const m = siteModel();
  const total = entityTypeTotal(facts, type);
  // The long tail (entities without a static page) is found with the search box, not listed.
  const listed = m.data.entities
    .filter((e) => e.type === type && m.staticEntities.has(e.entity_id))
    .sort((a, b) => b.mention_count - a.mention_count || (a.name < b.name ? -1 : 1));
  const note =
    listed.length < total
      ? `<p class="muted" data-pagefind-ignore>${listed.length} listed; search for the other ${total - listed.length}.</p>`
      : '';
  if (listed.length === 0) return `${note}<p class="muted" data-pagefind-ignore>None in this build.</p>`;
  const items = listed.map((e) => {
    const roles = facts.entityRoles[e.entity_id] ?? [];
    const said = roles.length ? `${roles.join('; ')} · ` : '';
    return `<li data-filter-row><a href="${attr(entityUrl(e.entity_id))}">${text(e.name)}</a><span>${text(said)}${plural(e.mention_count, 'mention')}, ${plural(e.article_count, 'article')}</span></li>`;
  });
  return `${note}<ul class="card-list" data-pagefind-ignore>${items.join('')}</ul>`;
}
