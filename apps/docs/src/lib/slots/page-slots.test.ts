import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { FACTS_FILE } from '../page-model.ts';
import { fillPageSlots } from './fill-pages.ts';
import { fillSlots, hasSlots, slot } from './page-slots.ts';
import { slotRenderers } from './values.ts';

const PAYLOAD = '</td><script>alert(1)</script>"><img src=x onerror=alert(2)>';

describe('slot markers', () => {
  it('are letters and digits only, whatever the argument', () => {
    expect(slot('count', PAYLOAD)).toMatch(/^[A-Za-z0-9]+$/u);
    expect(slot('count')).toMatch(/^[A-Za-z0-9]+$/u);
  });

  it('refuse a kind that is not lower-case letters', () => {
    expect(() => slot('Count')).toThrow(/lower-case/u);
    expect(() => slot('count1')).toThrow(/lower-case/u);
  });
});

describe('fillSlots', () => {
  const echo = { echo: (arg: string) => ({ text: arg }), raw: () => ({ html: '<b>bold</b>' }) };

  it('escapes a text slot as text outside tags and as an attribute value inside them', () => {
    const page = `<p title="${slot('echo', 'a"b&c')}">${slot('echo', PAYLOAD)}</p>`;
    const filled = fillSlots(page, echo, 'page.html');
    expect(filled).toBe(
      '<p title="a&#34;b&#38;c">&lt;/td&gt;&lt;script&gt;alert(1)&lt;/script&gt;"&gt;&lt;img src=x onerror=alert(2)&gt;</p>',
    );
    expect(hasSlots(filled)).toBe(false);
  });

  it('inserts an HTML slot as it is, and refuses it inside a tag', () => {
    expect(fillSlots(`<div>${slot('raw')}</div>`, echo, 'p')).toBe('<div><b>bold</b></div>');
    expect(() => fillSlots(`<div class="${slot('raw')}"></div>`, echo, 'p')).toThrow(/inside a tag/u);
  });

  it('fails on a slot no renderer knows, naming the page', () => {
    expect(() => fillSlots(`<p>${slot('nosuch')}</p>`, echo, 'tables/index.html')).toThrow(
      /tables\/index\.html: slot "nosuch"/u,
    );
  });
});

describe('the slot renderers and the page fill', () => {
  let dir: string | undefined;
  afterEach(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
    dir = undefined;
  });

  function layout(facts: object): { site: string; data: string } {
    dir = mkdtempSync(join(tmpdir(), 'dossier-slots-'));
    const data = join(dir, 'site-data');
    mkdirSync(join(data, 'model'), { recursive: true });
    writeFileSync(join(data, FACTS_FILE), JSON.stringify(facts));
    const site = join(dir, 'dist');
    mkdirSync(join(site, 'tables'), { recursive: true });
    return { site, data };
  }

  const article = {
    article_id: 'made-up-1',
    outlet: '<i>Outlet</i>',
    published: '2024-05-01',
    opening: PAYLOAD,
    mentions: 3,
    quotes: 1,
    events: 0,
  };

  it('count and the rows note follow the page model', () => {
    const { data } = layout({ counts: { roles: 1, quotes: 7000 }, newestArticles: [] });
    const r = slotRenderers(data);
    expect(r.count!('roles')).toEqual({ text: '1' });
    expect(r.count!('events')).toEqual({ text: '0' });
    expect(r.rowsnote!('roles')).toEqual({ text: '1 row' });
    expect(r.rowsnote!('quotes')).toEqual({
      text: '7000 rows; the first 5000 are shown here, the file has them all',
    });
  });

  it('the articles list escapes every value and says when it is cut', () => {
    const { data } = layout({ counts: { articles: 201 }, newestArticles: [article] });
    const r = slotRenderers(data);
    const rows = (r.articlerows!('') as { html: string }).html;
    expect(rows).not.toContain('<script>');
    expect(rows).not.toContain('<i>');
    expect(rows).toContain('&lt;/td&gt;&lt;script&gt;');
    expect((r.articlesnote!('') as { html: string }).html).toContain('The newest 200 of 201 articles');
  });

  it('fills the pages under the site folder and leaves pages without slots alone', () => {
    const { site, data } = layout({ counts: { roles: 12 }, newestArticles: [] });
    writeFileSync(join(site, 'tables', 'index.html'), `<td>${slot('count', 'roles')}</td>`);
    writeFileSync(join(site, 'index.html'), '<p>no slots</p>');
    expect(fillPageSlots(site, data)).toEqual([join('tables', 'index.html')]);
    expect(readFileSync(join(site, 'tables', 'index.html'), 'utf8')).toBe('<td>12</td>');
  });
});
