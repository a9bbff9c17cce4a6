/** Small synthetic pages for the tests: invented outlets, people and events. */

export const STORY = [
  'The harbour council voted on Tuesday to rebuild the old sea wall before the winter storms arrive.',
  'Engineers told the council that the wall had cracked in three places during the spring tides.',
  'The work will take eleven weeks and will close the northern quay to fishing boats for most of that time.',
  'Residents who spoke at the meeting said they welcomed the repairs but worried about the noise.',
];

interface PageParts {
  head?: string;
  beforeArticle?: string;
  insideArticle?: string;
  afterArticle?: string;
  charset?: string;
}

/** A news page: header, navigation, an article with four paragraphs and a subheading, a footer. */
export function newsPage(parts: PageParts = {}): string {
  const [a, b, c, d] = STORY;
  return `<!doctype html>
<html><head><meta charset="${parts.charset ?? 'utf-8'}"><title>Sea wall to be rebuilt | Harbour Gazette</title>${parts.head ?? ''}</head>
<body>
<nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
${parts.beforeArticle ?? ''}
<article>
<h1>Sea wall to be rebuilt before winter</h1>
<p>${a}</p>
<figure><img src="wall.jpg" alt=""><figcaption>The cracked wall at low tide. Photo: Harbour Gazette</figcaption></figure>
<p>${b}</p>
<h2>Eleven weeks of work</h2>
<p>${c}</p>
${parts.insideArticle ?? ''}
<p>${d}</p>
</article>
${parts.afterArticle ?? ''}
<footer><p>Copyright Harbour Gazette. All rights reserved.</p></footer>
</body></html>`;
}

export function jsonLd(value: object): string {
  return `<script type="application/ld+json">${JSON.stringify(value)}</script>`;
}

export const NEWS_ARTICLE = {
  '@context': 'https://schema.org',
  '@type': 'NewsArticle',
  headline: 'Sea wall to be rebuilt before winter',
  datePublished: '2024-03-05T22:30:00-05:00',
  author: [{ '@type': 'Person', name: 'Mara Quellen' }, { '@type': 'Person', name: 'Tobin Ashgrove' }],
  publisher: { '@type': 'Organization', name: 'Harbour Gazette' },
  url: 'https://gazette.example/sea-wall',
};
