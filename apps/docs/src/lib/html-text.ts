/**
 * Escapes text for an HTML text node. Three characters suffice there (& < >); attribute values are escaped by
 * Astro itself. Written out rather than imported: the rule is fixed by the HTML standard, and the packages
 * that do it (html-escaper, escape-html) would add a dependency for one line.
 */
export function escapeHtmlText(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}
