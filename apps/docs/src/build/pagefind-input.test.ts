import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { indexedText, pagefindInputKey, WrittenPages } from './pagefind-input.ts';

/** A page as Starlight writes one: navigation outside, the content in a `<main data-pagefind-body>`. */
const page = (content: string, nav = 'Home') =>
  `<!DOCTYPE html><html lang="en"><head><title>Some title</title></head><body><nav><a href="/">${nav}</a></nav><main data-pagefind-body class="x"><h1 id="_top">A heading</h1>${content}</main><footer>f</footer></body></html>`;

const same = (a: string, b: string) => expect(indexedText(page(a))).toBe(indexedText(page(b)));
const differ = (a: string, b: string) => expect(indexedText(page(a))).not.toBe(indexedText(page(b)));

describe('what Pagefind reads of a page', () => {
  it('leaves out what is marked data-pagefind-ignore, nested elements of the same name included', () => {
    same(
      '<p>kept</p><div data-pagefind-ignore><div>12</div><div>3</div></div><p>after</p>',
      '<p>kept</p><div data-pagefind-ignore><div>13 more</div><div><div>x</div></div></div><p>after</p>',
    );
    same(
      '<h2>Roles <span data-pagefind-ignore>(10)</span></h2>',
      '<h2>Roles <span data-pagefind-ignore>(11)</span></h2>',
    );
  });

  it('reads an ignored list the same however many entries it has', () => {
    same(
      '<h2>Mentions</h2>\n<p data-pagefind-ignore>cut</p><section data-pagefind-ignore>1</section>\n<h2>Next</h2>',
      '<h2>Mentions</h2>\n<p data-pagefind-ignore>cut</p><section data-pagefind-ignore>1</section>\n<section data-pagefind-ignore>2</section>\n<h2>Next</h2>',
    );
  });

  it('sees a change of the text it indexes, before, between and after ignored elements', () => {
    differ(
      '<p>kept</p><dl data-pagefind-ignore><dd>1</dd></dl>',
      '<p>changed</p><dl data-pagefind-ignore><dd>1</dd></dl>',
    );
    differ(
      '<div data-pagefind-ignore><div>a</div></div><p>after</p>',
      '<div data-pagefind-ignore><div>a</div></div><p>later</p>',
    );
    differ(
      '<h2>Roles <span data-pagefind-ignore>(10)</span></h2>',
      '<h2>Titles <span data-pagefind-ignore>(10)</span></h2>',
    );
  });

  it('still counts, inside an ignored element, the tags Pagefind reads there (filters, metadata, anchors, images)', () => {
    differ(
      '<div data-pagefind-ignore><span data-pagefind-filter="kind">a</span></div>',
      '<div data-pagefind-ignore><span data-pagefind-filter="type">a</span></div>',
    );
    differ(
      '<div data-pagefind-ignore><h3 id="one">a</h3></div>',
      '<div data-pagefind-ignore><h3 id="two">a</h3></div>',
    );
    differ('<div data-pagefind-ignore><img src="a.png"></div>', '<div data-pagefind-ignore><img src="b.png"></div>');
  });

  it('counts an ignored element whole when its end tag cannot be found', () => {
    differ('<div data-pagefind-ignore><p>a</p>', '<div data-pagefind-ignore><p>b</p>');
  });

  it('reads the body region and the title, not the navigation around it', () => {
    expect(indexedText(page('<p>a</p>', 'Home'))).toBe(indexedText(page('<p>a</p>', 'Start')));
    expect(indexedText(page('<p>a</p>'))).toContain('Some title');
    expect(indexedText('<html><body><p>no body region</p></body></html>')).toBeUndefined();
  });
});

describe('the key of Pagefind’s input', () => {
  const root = mkdtempSync(join(tmpdir(), 'pagefind-input-'));
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  let n = 0;
  /** A built site of `pages` (path → HTML), and its key. */
  const keyOf = (pages: Record<string, string>, salt = 'render') => {
    const dir = join(root, String(n++));
    for (const [path, html] of Object.entries(pages)) {
      mkdirSync(join(dir, path, '..'), { recursive: true });
      writeFileSync(join(dir, path), html);
    }
    return pagefindInputKey(dir, salt);
  };
  const unindexed = (text: string) => `<html><body><main><p>${text}</p></main></body></html>`;

  it('changes with an indexed page’s text, the set of pages and the salt, not with pages Pagefind skips', () => {
    const base = keyOf({ 'index.html': page('<p>a</p>'), 'tables/x/index.html': unindexed('5 rows') });
    expect(keyOf({ 'index.html': page('<p>a</p>'), 'tables/x/index.html': unindexed('6 rows') })).toBe(base);
    expect(keyOf({ 'index.html': page('<p>b</p>'), 'tables/x/index.html': unindexed('5 rows') })).not.toBe(base);
    expect(
      keyOf({ 'index.html': page('<p>a</p>'), 'tables/x/index.html': unindexed('5 rows'), 'b/index.html': page('') }),
    ).not.toBe(base);
    expect(keyOf({ 'index.html': page('<p>a</p>'), 'tables/x/index.html': unindexed('5 rows') }, 'other')).not.toBe(
      base,
    );
  });

  it('counts every page whole when no page has a body region (Pagefind then indexes them all)', () => {
    expect(keyOf({ 'index.html': unindexed('5 rows') })).not.toBe(keyOf({ 'index.html': unindexed('6 rows') }));
  });

  it('is the same when the pages written are recorded as they are written, and takes those from the record', () => {
    const pages = { 'index.html': page('<p>a</p>'), 'people/x/index.html': page('<p>b</p>'), 'c/index.html': page('') };
    const fromDisk = keyOf(pages);
    const dir = join(root, String(n - 1));
    const written = new WrittenPages();
    // Recorded with either separator; the third page is read from disk.
    written.record('index.html', pages['index.html']);
    written.record(join('people', 'x', 'index.html'), pages['people/x/index.html']);
    expect(pagefindInputKey(dir, 'render', written)).toBe(fromDisk);
    written.record('index.html', page('<p>other</p>'));
    expect(pagefindInputKey(dir, 'render', written)).not.toBe(fromDisk);
  });
});
