/**
 * The article viewer (/articles/view/?id=<article_id>#<anchor>): fetches the article's shard and renders it
 * as src/components/ArticleView.astro does, with every span highlighted, then jumps to the #anchor.
 */
import type { ArticleShard, Cell, ShardTable } from '../lib/article-shard.ts';
import type { ArticleAnnotation } from '../lib/article-view.ts';
import { nestAnnotations, type TreeNode } from '../lib/nest.ts';
import { articleShardPath } from '../lib/urls.ts';
import { append, el, fetchShard, idFromQuery, revealTarget, setTitle, showError, type Child } from './dom.ts';

function renderTree(nodes: readonly TreeNode<ArticleAnnotation>[], inLink = false): Child[] {
  return nodes.map((node) => {
    if (node.type === 'text') return node.text;
    const a = node.ann;
    const id = node.first ? a.anchor : undefined;
    const cls = `ann ann-${a.kind}${node.first ? '' : ' ann-cont'}`;
    if (a.kind === 'paragraph') return el('p', {}, ...renderTree(node.children, inLink));
    if (a.kind === 'subheading') return el('h3', {}, ...renderTree(node.children, inLink));
    if (a.kind === 'mention' && a.href && !inLink) {
      return el(
        'a',
        { class: cls, id, href: a.href, 'data-entity': a.entityId, 'data-tip': a.tip },
        ...renderTree(node.children, true),
      );
    }
    return el(
      'span',
      {
        class: cls,
        id,
        'data-entity': a.entityId,
        'data-tip': a.tip,
        tabindex: a.focusable && node.first ? 0 : undefined,
        'aria-describedby': node.first ? a.describedBy : undefined,
      },
      ...renderTree(node.children, inLink),
    );
  });
}

function cell(c: Cell): HTMLElement {
  const content = c.code ? el('code', {}, c.text) : c.text;
  return el('td', { class: c.long ? 'cell-long' : undefined }, c.href ? el('a', { href: c.href }, content) : content);
}

function table(t: ShardTable): Child[] {
  const heading = el('h3', { id: t.id }, `${t.heading} (${t.rows.length})`);
  if (t.rows.length === 0) return [heading, el('p', { class: 'muted' }, t.empty)];
  return [
    heading,
    el(
      'div',
      { class: 'data-table-wrap', tabindex: 0, role: 'region', 'aria-label': t.label },
      el(
        'table',
        { class: 'data-table' },
        el('thead', {}, el('tr', {}, ...t.columns.map((c) => el('th', { scope: 'col' }, c)))),
        el('tbody', {}, ...t.rows.map((r) => el('tr', { id: r.id }, ...r.cells.map(cell)))),
      ),
    ),
  ];
}

function legend(s: ArticleShard): HTMLElement {
  const item = (kind: string, swatch: string, text: string) =>
    el('li', {}, el('span', { class: `ann ann-${kind} swatch` }, swatch), ` ${text}`);
  const c = s.counts;
  return el(
    'ul',
    { class: 'legend', 'aria-label': 'What the highlights mean' },
    item('mention', 'name', `entity mention (${c.mentions}): links to its page`),
    item('role', 'title', `role (${c.roles})`),
    item('timex', 'date', `temporal expression (${c.timexes}): hover or focus for its value`),
    item('quote', '“quote”', `quote (${c.quotes}): hover or focus for its speaker`),
    item('quantity', 'number', `quantity (${c.quantities})`),
    item('event', 'clause', `event (${c.events})`),
  );
}

function entities(s: ArticleShard): Child[] {
  const heading = el('h3', { id: 'entities-here' }, `Entities (${s.entities.length})`);
  if (s.entities.length === 0) return [heading, el('p', { class: 'muted' }, 'No entity mentions in this article yet.')];
  return [
    heading,
    el(
      'ul',
      { class: 'card-list' },
      ...s.entities.map((e) =>
        el(
          'li',
          {},
          el('a', { href: e.href }, e.name),
          el(
            'span',
            {},
            `${e.type} · ${e.count} mention${e.count === 1 ? '' : 's'} · `,
            el('a', { href: e.first }, 'first'),
          ),
        ),
      ),
    ),
  ];
}

function render(root: HTMLElement, s: ArticleShard): void {
  setTitle(s.title);
  document.querySelector('meta[name="description"]')?.setAttribute('content', s.description);
  const facts = el('dl', { class: 'facts' });
  for (const f of s.facts)
    facts.append(el('dt', {}, f.label), el('dd', {}, f.code ? el('code', { class: 'id' }, f.value) : f.value));
  const c = s.counts;
  root.replaceChildren();
  append(root, [
    facts,
    el('h2', { id: 'text' }, 'Text'),
    legend(s),
    el(
      'a',
      { class: 'skip-text', href: '#annotations' },
      `Skip the text (${c.mentions + c.roles + c.timexes + c.quotes} links and highlights) to the annotation tables`,
    ),
    el(
      'div',
      { class: 'article-body', 'data-article-body': '' },
      ...renderTree(nestAnnotations(s.body, s.annotations)),
    ),
    el('h2', { id: 'annotations' }, 'Annotations'),
    el(
      'p',
      {},
      'Every row of the dataset that points into this article. Each link jumps to its span in the text above.',
    ),
    ...entities(s),
    ...s.tables.flatMap(table),
  ]);
  root.dataset.state = 'ready';
}

async function main(): Promise<void> {
  const root = document.querySelector<HTMLElement>('[data-article-viewer]');
  if (!root) return;
  const id = idFromQuery();
  if (!id) return showError(root, 'No article given: this page shows the article named by ?id= in its address.');
  try {
    render(root, await fetchShard<ArticleShard>(`/${articleShardPath(id)}`));
    revealTarget();
  } catch (error) {
    showError(root, `Article “${id}” could not be shown (${(error as Error).message}).`);
    root.dataset.state = 'error';
  }
}

void main();
