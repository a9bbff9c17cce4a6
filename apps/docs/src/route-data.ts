/**
 * Starlight route middleware: the page's <title> is text, never markup. Starlight renders every head entry's
 * content with set:html, so a title built from data (an article's outlet or first words, say
 * "</title><script>…") would run as HTML on that page. Escaping here covers every page, however its title was
 * made. The other head fields (description, og:title, og:description, twitter tags) are attribute values,
 * which Astro escapes; the browser test `test/xss.test.ts` checks both on a site built from hostile articles.
 */
import { defineRouteMiddleware } from '@astrojs/starlight/route-data';
import { escapeHtmlText } from './lib/html-text.ts';

export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  route.head = route.head.map((entry) =>
    entry.tag === 'title' && typeof entry.content === 'string'
      ? { ...entry, content: escapeHtmlText(entry.content) }
      : entry,
  );
});
