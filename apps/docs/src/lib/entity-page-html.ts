/**
 * The body of an entity's static page as HTML, from its shard (src/lib/entity-shard.ts): the page the entity
 * viewer draws in the browser, written at build time without Astro (src/lib/entity-pages.ts says why). Every
 * value from the data goes through escapeHtmlText or escapeHtmlAttribute, the helpers the XSS tests cover.
 */
import type { EntityShard, ShardEvidence } from './entity-shard.ts';
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from './html-text.ts';

/** The page's table of contents (Starlight's "On this page"), with the counts the headings show. */
export function entityHeadings(page: EntityShard): Array<{ slug: string; text: string }> {
  return [
    { slug: 'roles', text: `Roles (${page.roles.length})` },
    { slug: 'mentions', text: `Mentions (${page.totals.mentions})` },
    { slug: 'quotes', text: `Quotes (${page.totals.quotes})` },
    { slug: 'events', text: `Events (${page.totals.events})` },
  ];
}

/**
 * A row's evidence: its sentence with the span marked, and a link to the span in the article view. Pagefind
 * skips it (data-pagefind-ignore): on the 500 entity pages of a big dataset the evidence was most of the text
 * it indexed, and the sentences are the articles', which the article viewer and the tables show.
 */
export function evidenceHtml(evidence: ShardEvidence): string {
  const paragraph = evidence.paragraph
    ? '<span> (paragraph shown: sentence boundaries could not be recomputed for this article)</span>'
    : '';
  return (
    '<blockquote class="evidence" data-pagefind-ignore>' +
    `<p>${text(evidence.before)}<mark>${text(evidence.match)}</mark>${text(evidence.after)}</p>` +
    `<footer><a href="${attr(evidence.href)}">${text(evidence.linkText)}</a>${paragraph}</footer>` +
    '</blockquote>'
  );
}

const cut = (shown: number, total: number, what: string) =>
  shown < total
    ? `<p class="muted" data-pagefind-ignore>The first ${shown} of ${total} ${what} are shown; the ${what} table and the downloads have them all.</p>`
    : '';
/** A note from the data (counts, dates, attributions): shown, not indexed by Pagefind. */
const muted = (line: string) => `<p class="muted" data-pagefind-ignore>${text(line)}</p>`;
/** A section's heading: its name, and its count out of Pagefind's index (the count changes with the data). */
const heading = (page: EntityShard, index: number) => {
  const h = entityHeadings(page)[index]!;
  const count = h.text.lastIndexOf(' (');
  return `<h2 id="${h.slug}">${text(h.text.slice(0, count))} <span data-pagefind-ignore>${text(h.text.slice(count + 1))}</span></h2>`;
};

function factsHtml(page: EntityShard): string {
  const country = page.countryCode ? `<dt>Country code</dt><dd>${text(page.countryCode)}</dd>` : '';
  return (
    '<dl class="facts">' +
    `<dt>Type</dt><dd>${text(page.type)}</dd>` +
    `<dt>Also written as</dt><dd>${page.aliases.length ? text(page.aliases.join(', ')) : '—'}</dd>` +
    country +
    `<dt>In the data</dt><dd data-pagefind-ignore>${text(page.inTheData)}</dd>` +
    `<dt>Entity ID</dt><dd><code class="id">${text(page.id)}</code> (<a href="${attr(page.entitiesTable)}">entities</a>)</dd>` +
    '</dl>'
  );
}

function rolesHtml(page: EntityShard): string {
  if (page.roles.length === 0)
    return muted(
      `No article states a title for ${page.name}${page.type === 'person' ? '' : ' (roles are only recorded for people)'}.`,
    );
  return page.roles
    .map(
      (r) =>
        `<section class="role"><h3>${text(r.label)}</h3>${muted(r.note)}${r.statements.map(evidenceHtml).join('')}</section>`,
    )
    .join('');
}

function mentionsHtml(page: EntityShard): string {
  const shown = page.mentions.reduce((n, g) => n + g.items.length, 0);
  if (page.mentions.length === 0) return muted('No mentions.');
  const groups = page.mentions.map(
    (group) =>
      `<section data-pagefind-ignore><h3>${text(group.heading)} <a class="muted small" href="${attr(group.articleHref)}"><code class="id">${text(group.articleId)}</code></a></h3>` +
      `<ol class="mentions">${group.items.map(({ id, evidence }) => `<li data-mention-id="${attr(id)}">${evidenceHtml(evidence)}</li>`).join('')}</ol></section>`,
  );
  return cut(shown, page.totals.mentions, 'mentions') + groups.join('');
}

function quotesHtml(page: EntityShard): string {
  if (page.quotes.length === 0) return muted(`No quotes attributed to ${page.name}.`);
  const items = page.quotes.map(({ evidence, note }) => `<li>${evidenceHtml(evidence)}${muted(note)}</li>`);
  return `${cut(page.quotes.length, page.totals.quotes, 'quotes')}<ol data-pagefind-ignore>${items.join('')}</ol>`;
}

/** An event's summary starts with its type, then a comma (src/lib/entity-records.ts): the type is shown bold. */
function eventsHtml(page: EntityShard): string {
  if (page.events.length === 0) return muted(`No events with ${page.name} as a participant.`);
  const items = page.events.map(({ summary, others, evidence }) => {
    const comma = summary.indexOf(',');
    const type = comma < 0 ? '' : summary.slice(0, comma);
    const rest = comma < 0 ? summary : summary.slice(comma);
    const withWhom = others.length
      ? ` · with ${others.map((o) => `<a href="${attr(o.href)}">${text(o.name)}</a> (${text(o.role)})`).join(', ')}`
      : '';
    return `<li><p><strong>${text(type)}</strong>${text(rest)}${withWhom}</p>${evidenceHtml(evidence)}</li>`;
  });
  return `${cut(page.events.length, page.totals.events, 'events')}<ol data-pagefind-ignore>${items.join('')}</ol>`;
}

/** Everything under the page's title: facts, roles, mentions, quotes and events, each with its evidence. */
export function entityBodyHtml(page: EntityShard): string {
  return [
    factsHtml(page),
    heading(page, 0),
    rolesHtml(page),
    heading(page, 1),
    mentionsHtml(page),
    heading(page, 2),
    quotesHtml(page),
    heading(page, 3),
    eventsHtml(page),
  ].join('\n');
}
