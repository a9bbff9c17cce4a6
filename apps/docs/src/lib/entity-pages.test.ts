import { describe, expect, it } from 'vitest';
import { entityBodyHtml } from './entity-page-html.ts';
import { fillTemplate, parseTemplate, sitemapWithEntityPages, TEMPLATE, TEMPLATE_DIR } from './entity-pages.ts';
import type { EntityShard, ShardEvidence } from './entity-shard.ts';

const hostile = '<script>alert("x")</script> & \'quoted\'';

function evidence(match: string): ShardEvidence {
  return {
    before: 'Before ',
    match,
    after: ' after.',
    href: '/articles/view/?id=a1&x=1#m-x.1',
    linkText: 'The Ledger: see it in the article',
    paragraph: false,
  };
}

function shard(overrides: Partial<EntityShard> = {}): EntityShard {
  return {
    id: 'person:mara-lind',
    name: 'Mara Lind',
    type: 'person',
    description: 'Mara Lind (person) in the Dossier dataset: Mayor · Port Ellis, with the evidence for every row.',
    aliases: ['Lind'],
    countryCode: null,
    inTheData: '3 mentions in 2 articles',
    entitiesTable: '/tables/entities/',
    totals: { mentions: 3, quotes: 0, events: 0 },
    roles: [{ label: 'Mayor · Port Ellis', note: 'Stated in 1 place.', statements: [evidence('Mayor Mara Lind')] }],
    mentions: [
      {
        heading: 'The Ledger, 2024-05-01 (1)',
        articleId: 'a1',
        articleHref: '/articles/view/?id=a1',
        items: [{ id: 'a1#m-mara-lind.1', evidence: evidence('Mara Lind') }],
      },
    ],
    quotes: [],
    events: [],
    ...overrides,
  };
}

/** A template shaped like Starlight's page: the title in <title> and an attribute, the TOC, the body. */
const template = [
  `<head><title>${TEMPLATE.title} | Dossier dataset</title>`,
  `<link rel="canonical" href="http://127.0.0.1:4321/${TEMPLATE_DIR}/"/>`,
  `<meta name="description" content="${TEMPLATE.description}"/></head>`,
  `<nav>${TEMPLATE.headings.map((h) => `<a href="#${h.slug}"><span>${h.text}</span></a>`).join('')}</nav>`,
  `<h1 id="_top">${TEMPLATE.title}</h1><div>${TEMPLATE.body}</div>`,
].join('');

describe('an entity page filled from the template', () => {
  const page = fillTemplate(parseTemplate(template), shard());

  it('puts the entity in the title, the URL, the headings and the body, and leaves no marker', () => {
    expect(page).toContain('<title>Mara Lind | Dossier dataset</title>');
    expect(page).toContain('href="http://127.0.0.1:4321/people/mara-lind/"');
    expect(page).toContain('<a href="#mentions"><span>Mentions (3)</span></a>');
    expect(page).toContain('<h1 id="_top">Mara Lind</h1>');
    expect(page).toContain(entityBodyHtml(shard()));
    expect(page).not.toContain('DOSSIERFILL');
  });

  it('escapes data as text in text and as an attribute value in attributes', () => {
    const filled = fillTemplate(parseTemplate(template), shard({ name: hostile, description: hostile }));
    // In an attribute value "<" is text already (as Astro leaves it); only & and " need escaping there.
    expect(filled).toContain('<h1 id="_top">&lt;script&gt;alert("x")&lt;/script&gt; &amp; \'quoted\'</h1>');
    expect(filled).toContain(
      '<title>&lt;script&gt;alert("x")&lt;/script&gt; &amp; \'quoted\' | Dossier dataset</title>',
    );
    expect(filled).toContain('content="<script>alert(&#34;x&#34;)</script> &#38; \'quoted\'"');
  });

  it('fails, naming the marker, when the template has one no value fills', () => {
    expect(() => fillTemplate(parseTemplate('<p>DOSSIERFILLunknownX</p>'), shard())).toThrow(/"unknown"/u);
  });
});

describe('the body of an entity page', () => {
  it('escapes every value from the data, evidence included', () => {
    const html = entityBodyHtml(
      shard({
        aliases: [hostile],
        roles: [{ label: hostile, note: hostile, statements: [evidence(hostile)] }],
        events: [
          {
            summary: `${hostile}, occurred`,
            others: [{ href: '/people/x/?a="b"', name: hostile, role: hostile }],
            evidence: evidence(hostile),
          },
        ],
        totals: { mentions: 3, quotes: 0, events: 1 },
      }),
    );
    expect(html).not.toMatch(/<script/u);
    expect(html).toContain('href="/people/x/?a=&#34;b&#34;"');
    expect(html).toContain('href="/articles/view/?id=a1&#38;x=1#m-x.1"');
  });

  it('says how many rows it shows when the shard holds fewer than the totals', () => {
    const html = entityBodyHtml(shard({ totals: { mentions: 900, quotes: 0, events: 0 } }));
    expect(html).toContain('The first 1 of 900 mentions are shown');
    expect(html).toContain('<h2 id="mentions">Mentions <span data-pagefind-ignore>(900)</span></h2>');
  });

  it('says so when an entity has no roles, quotes or events', () => {
    const html = entityBodyHtml(shard({ type: 'place', roles: [] }));
    expect(html).toContain('No article states a title for Mara Lind (roles are only recorded for people).');
    expect(html).toContain('No quotes attributed to Mara Lind.');
    expect(html).toContain('No events with Mara Lind as a participant.');
  });
});

describe('the sitemap', () => {
  it('lists the entity pages in order in place of the template', () => {
    const head = '<?xml version="1.0"?><urlset>';
    const url = (p: string) => `<url><loc>http://h/${p}</loc></url>`;
    const sitemap = `${head}${url('')}${url(`${TEMPLATE_DIR}/`)}${url('quality/')}</urlset>`;
    const out = sitemapWithEntityPages(sitemap, 'http://h/', ['/people/b/', '/organizations/a/']);
    expect(out).toBe(`${head}${url('')}${url('organizations/a/')}${url('people/b/')}${url('quality/')}</urlset>`);
  });
});
