/**
 * The entity viewer (/entities/view/?id=<entity_id>): fetches the bucket that holds a long-tail entity's shard
 * (src/lib/entity-buckets.ts) and renders the shard as its static page would be (src/lib/entity-page-html.ts).
 */
import type { EntityShard, ShardEvidence } from '../lib/entity-shard.ts';
import { ENTITY_INDEX_FILE, entityBucketOf, entityBucketPath, type EntityIndex } from '../lib/entity-buckets.ts';
import { append, el, fetchShard, idFromQuery, setTitle, showError, type Child } from './dom.ts';

function evidence(e: ShardEvidence): HTMLElement {
  return el(
    'blockquote',
    { class: 'evidence' },
    el('p', {}, e.before, el('mark', {}, e.match), e.after),
    el(
      'footer',
      {},
      el('a', { href: e.href }, e.linkText),
      e.paragraph && el('span', {}, ' (paragraph shown: sentence boundaries could not be recomputed for this article)'),
    ),
  );
}

function section(id: string, title: string, count: number, empty: string, body: () => Child[]): Child[] {
  const heading = el('h2', { id }, `${title} (${count})`);
  return count === 0 ? [heading, el('p', { class: 'muted' }, empty)] : [heading, ...body()];
}

function render(root: HTMLElement, s: EntityShard): void {
  setTitle(s.name);
  document.querySelector('meta[name="description"]')?.setAttribute('content', s.description);
  const mentionTotal = s.totals.mentions;
  const facts = el(
    'dl',
    { class: 'facts' },
    el('dt', {}, 'Type'),
    el('dd', {}, s.type),
    el('dt', {}, 'Also written as'),
    el('dd', {}, s.aliases.length ? s.aliases.join(', ') : '—'),
    s.countryCode && el('dt', {}, 'Country code'),
    s.countryCode && el('dd', {}, s.countryCode),
    el('dt', {}, 'In the data'),
    el('dd', {}, s.inTheData),
    el('dt', {}, 'Entity ID'),
    el('dd', {}, el('code', { class: 'id' }, s.id), ' (', el('a', { href: s.entitiesTable }, 'entities'), ')'),
  );
  root.replaceChildren();
  append(root, [
    facts,
    ...section(
      'roles',
      'Roles',
      s.roles.length,
      `No article states a title for ${s.name}${s.type === 'person' ? '' : ' (roles are only recorded for people)'}.`,
      () =>
        s.roles.map((r) =>
          el(
            'section',
            { class: 'role' },
            el('h3', {}, r.label),
            el('p', { class: 'muted' }, r.note),
            ...r.statements.map(evidence),
          ),
        ),
    ),
    ...section('mentions', 'Mentions', mentionTotal, 'No mentions.', () =>
      s.mentions.map((g) =>
        el(
          'section',
          {},
          el(
            'h3',
            {},
            `${g.heading} `,
            el('a', { class: 'muted small', href: g.articleHref }, el('code', { class: 'id' }, g.articleId)),
          ),
          el(
            'ol',
            { class: 'mentions' },
            ...g.items.map((i) => el('li', { 'data-mention-id': i.id }, evidence(i.evidence))),
          ),
        ),
      ),
    ),
    ...section('quotes', 'Quotes', s.totals.quotes, `No quotes attributed to ${s.name}.`, () => [
      el('ol', {}, ...s.quotes.map((q) => el('li', {}, evidence(q.evidence), el('p', { class: 'muted' }, q.note)))),
    ]),
    ...section('events', 'Events', s.totals.events, `No events with ${s.name} as a participant.`, () => [
      el(
        'ol',
        {},
        ...s.events.map((e) =>
          el(
            'li',
            {},
            el(
              'p',
              {},
              e.summary,
              ...(e.others.length
                ? [
                    ' · with ',
                    ...e.others.flatMap((o, i) => [
                      i > 0 ? ', ' : '',
                      el('a', { href: o.href }, o.name),
                      ` (${o.role})`,
                    ]),
                  ]
                : []),
            ),
            evidence(e.evidence),
          ),
        ),
      ),
    ]),
  ]);
  root.dataset.state = 'ready';
}

/** The entity's shard, from its bucket; an ID the bucket does not hold is an error the page shows. */
async function fetchEntityShard(id: string): Promise<EntityShard> {
  const { buckets } = await fetchShard<EntityIndex>(`/${ENTITY_INDEX_FILE}`);
  const path = `/${entityBucketPath(entityBucketOf(id, buckets))}`;
  const bucket = await fetchShard<Record<string, EntityShard>>(path);
  const shard = Object.hasOwn(bucket, id) ? bucket[id] : undefined;
  if (!shard) throw new Error(`not in ${path}: no such entity, or one with a static page`);
  return shard;
}

async function main(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-entity-viewer]');
  if (!root) return;
  const id = idFromQuery();
  if (!id) return showError(root, 'No entity given: this page shows the entity named by ?id= in its address.');
  try {
    render(root, await fetchEntityShard(id));
  } catch (error) {
    showError(root, `Entity “${id}” could not be shown (${(error as Error).message}).`);
    root.dataset.state = 'error';
  }
}

void main();
