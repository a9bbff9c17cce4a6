/**
 * Escapes text for an HTML text node. Three characters suffice there (& < >); attribute values are escaped by
 * Astro itself, and by escapeHtmlAttribute below in the pages the site writes without Astro. Written out rather than imported: the rule is fixed by the HTML standard, and the packages
 * that do it (html-escaper, escape-html) would add a dependency for one line.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Escapes text for a double-quoted attribute value, as Astro does for the pages it renders (& and "): the
 * entity pages are written without Astro (src/lib/entity-pages.ts) and must escape their values the same way.
 */
export function escapeHtmlAttribute(value: string): string {
  return value.replace(/&/g, '&#38;').replace(/"/g, '&#34;');
}
