import { describe, expect, it } from 'vitest';
import { importPage } from './page.js';
import { ImportRefusal } from '../refusal.js';
import { NEWS_ARTICLE, STORY, jsonLd, newsPage } from '../__fixtures__/pages.js';

const OG = `<meta property="og:title" content="Sea wall: council votes for repairs"><meta property="og:site_name" content="The Gazette Online">
<meta property="article:published_time" content="2024-03-07T08:00:00Z"><meta property="og:url" content="https://gazette.example/og-url">`;

describe("importPage: metadata from the page's own declarations", () => {
  it('takes JSON-LD NewsArticle first: headline, day as written in its own offset, authors, publisher', () => {
    const a = importPage(newsPage({ head: jsonLd(NEWS_ARTICLE) + OG }), 'p.html');
    expect(a).toMatchObject({
      title: 'Sea wall to be rebuilt before winter',
      published: '2024-03-05',
      authors: ['Mara Quellen', 'Tobin Ashgrove'],
      outlet: 'Harbour Gazette',
    });
  });

  it('falls back to OpenGraph and article:* meta tags when there is no JSON-LD', () => {
    const a = importPage(newsPage({ head: OG }), 'p.html');
    expect(a).toMatchObject({
      title: 'Sea wall: council votes for repairs',
      published: '2024-03-07',
      outlet: 'The Gazette Online',
      url: 'https://gazette.example/og-url',
    });
  });

  it('follows an author given as an @id reference to a Person in the @graph', () => {
    const graph = {
      '@context': 'https://schema.org',
      '@graph': [
        {
          '@type': 'NewsArticle',
          headline: 'H',
          datePublished: '2024-01-02',
          author: { '@id': '#p1' },
          publisher: { '@id': '#org' },
        },
        { '@id': '#p1', '@type': 'Person', name: 'Ilse Varno' },
        { '@id': '#org', '@type': 'Organization', name: 'Coast Post' },
      ],
    };
    expect(importPage(newsPage({ head: jsonLd(graph) }), 'p.html')).toMatchObject({
      authors: ['Ilse Varno'],
      outlet: 'Coast Post',
    });
  });

  it('reads the visible byline when nothing declares an author, and keeps it out of the body', () => {
    const a = importPage(
      newsPage({
        head: OG,
        beforeArticle: '<p class="byline">By <a rel="author" href="/staff/dena">Dena Moorcroft</a></p>',
      }),
      'p.html',
    );
    expect(a.authors).toEqual(['Dena Moorcroft']);
    expect(a.paragraphs.join('\n')).not.toContain('Dena Moorcroft');
  });

  it('reads the date from a <time datetime> in the article when nothing else declares one', () => {
    const page = newsPage({
      head: '<meta property="og:site_name" content="Gazette">',
      insideArticle: '<p class="meta">Posted <time datetime="2024-02-29T18:00:00-08:00">Thursday evening</time></p>',
    });
    expect(importPage(page, 'p.html').published).toBe('2024-02-29');
  });

  it('passes over a declaration that is not a date and takes the next one', () => {
    const page = newsPage({ head: jsonLd({ ...NEWS_ARTICLE, datePublished: 'yesterday' }) + OG });
    expect(importPage(page, 'p.html').published).toBe('2024-03-07');
  });

  it('takes the names of links to author pages beside each other as the byline', () => {
    const byline =
      '<div class="credits"><a href="/authors/dena-moorcroft/">Dena Moorcroft</a><a href="https://social.example/dena">Follow</a> and <a href="/authors/ravi-oyelaran/">Ravi Oyelaran</a></div>';
    const a = importPage(
      newsPage({
        head: OG,
        beforeArticle: byline,
        afterArticle: '<p><a href="/authors/other-writer/">Other Writer</a></p>',
      }),
      'p.html',
    );
    expect(a.authors).toEqual(['Dena Moorcroft', 'Ravi Oyelaran']);
  });

  it('refuses a page that declares no publication date, naming the file and --date', () => {
    const run = () => importPage(newsPage({ head: '<meta property="og:site_name" content="Gazette">' }), 'nodate.html');
    expect(run).toThrow(ImportRefusal);
    expect(run).toThrow(/nodate\.html: .*no publication date.*--date YYYY-MM-DD/);
  });

  it('uses --date only when the page gives none', () => {
    const page = newsPage({ head: '<meta property="og:site_name" content="Gazette">' });
    expect(importPage(page, 'p.html', { date: '2024-02-01' }).published).toBe('2024-02-01');
    expect(importPage(newsPage({ head: OG }), 'p.html', { date: '2024-02-01' }).published).toBe('2024-03-07');
  });
});

describe('importPage: the article text', () => {
  const page = newsPage({
    head: jsonLd(NEWS_ARTICLE),
    insideArticle: `<p>Read more: Storm season forecast</p>
<div class="newsletter-signup"><p>Sign up to our morning newsletter for the day's harbour news in your inbox.</p></div>
<p>By Mara Quellen and Tobin Ashgrove</p>
<p><a href="/other">Ferry timetable changes for the summer season announced</a></p>`,
    afterArticle: '<aside><p>Most read: a gull steals a sandwich on the pier.</p></aside>',
  });
  const article = importPage(page, 'p.html');

  it('keeps the paragraphs in order and the subheading as its own paragraph', () => {
    expect(article.paragraphs).toEqual([STORY[0], STORY[1], 'Eleven weeks of work', STORY[2], STORY[3]]);
  });

  it('drops the caption, the headline, "read more", the newsletter box, the byline and teaser links', () => {
    const body = article.paragraphs.join('\n');
    for (const junk of [
      'low tide',
      'Read more',
      'newsletter',
      'By Mara',
      'Ferry timetable',
      'gull',
      'Copyright',
      'Sport',
    ])
      expect(body).not.toContain(junk);
  });

  it('drops a fact box and a sign-in box set off from the story, however long they are', () => {
    // The box is longer than any box skipped by its name alone, but well under half of the article.
    const longList = Array.from(
      { length: 18 },
      (_, i) => `<p>– Measure ${i + 1}: the council will also review the harbour's mooring fees for small boats.</p>`,
    ).join('');
    const prose = Array.from(
      { length: 5 },
      (_, i) =>
        `<p>Part ${i + 1} of the report: ${'the engineers walked the length of the wall at every low tide and noted each crack, each loose stone and each gap in the mortar. '.repeat(3)}</p>`,
    ).join('');
    const a = importPage(
      newsPage({
        head: OG,
        insideArticle: `${prose}<div class="story-factbox"><h2>What else did the council decide?</h2>${longList}</div>
<div class="article-sign-in-group"><p>Welcome back to the Gazette.</p><ul><li>Create a free account to read more stories from the harbour.</li><li>Get email updates from your favourite reporters.</li></ul></div>`,
      }),
      'p.html',
    );
    const body = a.paragraphs.join('\n');
    expect(body).not.toContain('Measure 1:');
    expect(body).not.toContain('What else did the council decide');
    expect(body).not.toContain('free account');
    expect(a.paragraphs).toContain(STORY[3]);
  });

  it('keeps a fact-box-named element that holds most of the text: it is the story, not a box beside it', () => {
    const a = importPage(newsPage({ head: OG }).replace('<article>', '<article class="infobox-layout">'), 'p.html');
    expect(a.paragraphs).toContain(STORY[0]);
  });

  it('keeps the paragraphs a paywall marks aria-hidden, and a quotation set in a figure', () => {
    const a = importPage(
      newsPage({
        head: OG,
        insideArticle: `<p class="paywall" aria-hidden="true">The harbour master said the quay would reopen in stages, berth by berth, as each section was finished.</p>
<figure><blockquote><p>We would rather lose a season than lose the wall to the sea.</p></blockquote><figcaption>Harbour master</figcaption></figure>
<p aria-hidden="true">Decorative repeat of the harbour master's words that a screen reader should skip.</p>`,
      }),
      'p.html',
    );
    const body = a.paragraphs.join('\n');
    expect(body).toContain('The harbour master said the quay would reopen in stages');
    expect(body).toContain('We would rather lose a season than lose the wall to the sea.');
    expect(body).not.toContain('Decorative repeat');
    expect(body).not.toContain('Harbour master\n');
  });

  it('never takes script text for article text', () => {
    const a = importPage(
      newsPage({
        head: OG,
        insideArticle:
          '<script>document.write("Injected paragraph text that must not appear in the article.")</script>',
      }),
      'p.html',
    );
    expect(a.paragraphs.join('\n')).not.toContain('Injected');
  });
});

describe('importPage: hostile pages', () => {
  it('refuses a page with no article on it', () => {
    const empty = `<html><head>${OG}</head><body><nav><a href="/">Home</a></nav><ul><li><a href="/a">One</a></li><li><a href="/b">Two</a></li></ul></body></html>`;
    expect(() => importPage(empty, 'index.html')).toThrow(/index\.html: no article text found/);
  });

  it('falls back to the JSON-LD articleBody when the markup holds no article', () => {
    const body =
      'The ferry service resumed on Friday after a week of repairs to the landing stage at the north quay.\nPassengers said the crossing was calm, and the first boat left on time with forty people aboard and two vans.';
    const app = `<html><head>${jsonLd({ ...NEWS_ARTICLE, articleBody: body })}</head><body><div id="root"></div><script>render()</script></body></html>`;
    expect(importPage(app, 'app.html').paragraphs).toEqual(body.split('\n'));
  });

  it('refuses a page that is nothing but scripts', () => {
    const scripts = `<html><head>${OG}</head><body>${'<script>var x = "a long string of script text that is not prose at all";</script>'.repeat(50)}</body></html>`;
    expect(() => importPage(scripts, 'app.html')).toThrow(ImportRefusal);
  });

  it('refuses a huge DOM instead of working through it', () => {
    const huge = newsPage({ head: OG, afterArticle: '<div><span>x</span></div>'.repeat(31_000) });
    expect(() => importPage(huge, 'huge.html')).toThrow(/huge\.html: the page is too large/);
  });
});
