import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { indexedText } from '../build/pagefind-input.ts';
import { TEMPLATE, TEMPLATE_DIR, writeEntityPages } from './entity-pages.ts';
import type { EntityShard } from './entity-shard.ts';
import { KEPT_PAGES_DIR, keptPageCounts } from './kept-entity-pages.ts';
import { entityPageFile } from './page-model.ts';
import { RENDER_KEY_FILE } from './slots/astro-key.ts';

const template = [
  `<html><head><title>${TEMPLATE.title} | Site</title>`,
  `<meta name="description" content="${TEMPLATE.description}"/></head>`,
  `<body><main data-pagefind-body><h1>${TEMPLATE.title}</h1>`,
  `<nav>${TEMPLATE.headings.map((h) => `<a href="#${h.slug}">${h.text}</a>`).join('')}</nav>`,
  `${TEMPLATE.body}</main></body></html>`,
].join('');

function shard(id: string, name: string, mentions: number): EntityShard {
  return {
    id,
    name,
    type: 'person',
    description: `${name} (person) in a made-up dataset.`,
    aliases: [],
    countryCode: null,
    inTheData: `${mentions} mentions in 1 article`,
    entitiesTable: '/tables/entities/',
    totals: { mentions, quotes: 0, events: 0 },
    roles: [],
    mentions: [],
    quotes: [],
    events: [],
  };
}

const folders: string[] = [];
const folder = () => {
  const dir = mkdtempSync(join(tmpdir(), 'kept-pages-'));
  folders.push(dir);
  return dir;
};
afterEach(() => {
  for (const dir of folders.splice(0)) rmSync(dir, { recursive: true, force: true });
  keptPageCounts.kept = 0;
  keptPageCounts.filled = 0;
});

/** A store with a render key and these shards. */
function store(shards: readonly EntityShard[], renderKey = 'render-1'): string {
  const dir = folder();
  mkdirSync(join(dir, 'model', 'entities'), { recursive: true });
  mkdirSync(join(dir, 'cache'), { recursive: true });
  writeFileSync(join(dir, RENDER_KEY_FILE), `${renderKey}\n`);
  for (const s of shards) writeFileSync(join(dir, entityPageFile(s.id)), JSON.stringify(s));
  return dir;
}

/** Writes the entity pages into a new site holding the template; returns the site and what Pagefind reads. */
function build(data: string, page = template): { site: string; indexed: Map<string, string | undefined> } {
  const site = folder();
  mkdirSync(join(site, TEMPLATE_DIR), { recursive: true });
  writeFileSync(join(site, TEMPLATE_DIR, 'index.html'), page);
  const indexed = new Map<string, string | undefined>();
  writeEntityPages(site, data, (file, text) => indexed.set(file, text));
  return { site, indexed };
}

const page = (site: string, slug: string) => readFileSync(join(site, 'people', slug, 'index.html'), 'utf8');
const keptFiles = (data: string) => readdirSync(join(data, KEPT_PAGES_DIR)).filter((f) => f.endsWith('.html'));

describe('entity pages kept between builds', () => {
  const ana = shard('person:ana-vel', 'Ana Vel', 2);
  const bo = shard('person:bo-rask', 'Bo Rask', 5);

  it('copies an unchanged page from the store, the same bytes and searchable text as filling it', () => {
    const data = store([ana, bo]);
    const first = build(data);
    expect(keptPageCounts).toEqual({ kept: 0, filled: 2 });
    const second = build(data);
    expect(keptPageCounts).toEqual({ kept: 2, filled: 2 });
    for (const slug of ['ana-vel', 'bo-rask']) expect(page(second.site, slug)).toBe(page(first.site, slug));
    expect(second.indexed).toEqual(first.indexed);
    expect(second.indexed.get('people/ana-vel/index.html')).toBe(indexedText(page(first.site, 'ana-vel')));
    expect(second.indexed.get('people/ana-vel/index.html')).toContain('Ana Vel');
  });

  it('fills again a page whose shard changed, as a store without kept pages would, and drops the old one', () => {
    const data = store([ana, bo]);
    build(data);
    writeFileSync(join(data, entityPageFile(bo.id)), JSON.stringify(shard(bo.id, bo.name, 6)));
    const warm = build(data);
    expect(keptPageCounts).toEqual({ kept: 1, filled: 3 });
    const cold = build(store([ana, shard(bo.id, bo.name, 6)]));
    expect(page(warm.site, 'bo-rask')).toBe(page(cold.site, 'bo-rask'));
    expect(page(warm.site, 'bo-rask')).toContain('Mentions (6)');
    expect(warm.indexed).toEqual(cold.indexed);
    expect(keptFiles(data)).toHaveLength(2);
  });

  it('keeps nothing for another template or another render key', () => {
    const data = store([ana]);
    build(data);
    const other = build(data, template.replace('| Site', '| Other site'));
    expect(keptPageCounts).toEqual({ kept: 0, filled: 2 });
    expect(page(other.site, 'ana-vel')).toContain('Ana Vel | Other site');
    writeFileSync(join(data, RENDER_KEY_FILE), 'render-2\n');
    build(data, template.replace('| Site', '| Other site'));
    expect(keptPageCounts).toEqual({ kept: 0, filled: 3 });
  });

  it('fills again a page whose kept file is gone', () => {
    const data = store([ana]);
    const first = build(data);
    for (const file of keptFiles(data)) rmSync(join(data, KEPT_PAGES_DIR, file));
    const second = build(data);
    expect(keptPageCounts).toEqual({ kept: 0, filled: 2 });
    expect(page(second.site, 'ana-vel')).toBe(page(first.site, 'ana-vel'));
  });
});
