/**
 * Page slots: the data-dependent parts of the pages Astro renders, filled after the build from the page model
 * (issue 23). A page writes `slot(kind, arg)` where it would have written a value from the data; Astro renders
 * a marker there, and `fillSlots` replaces each marker with what the slot's renderer (src/lib/slots/values.ts)
 * makes of the current page model. So the pages Astro renders depend on the code and the set of slots, not on
 * the data's numbers, and a build whose code did not change can reuse Astro's output and only fill the slots.
 *
 * A marker is letters and digits only (the argument hex-encoded), so that no escaping on Astro's or
 * Starlight's side changes it. A marker inside a tag is an attribute value and its text is escaped as one;
 * elsewhere as text; a slot that renders HTML builds it with the escaping helpers of src/lib/html-text.ts.
 */
import { escapeHtmlAttribute, escapeHtmlText } from '../html-text.ts';

export type SlotValue = { text: string } | { html: string };
export type SlotRenderer = (arg: string) => SlotValue;

const MARKER_PATTERN = /DOSSIERSLOT([a-z]+)Q([0-9a-f]*)X/gu;
const KIND_PATTERN = /^[a-z]+$/u;

/** The marker of slot `kind` for `arg` (a table's name, an entity's ID, or nothing). */
export function slot(kind: string, arg = ''): string {
  if (!KIND_PATTERN.test(kind)) throw new Error(`a slot kind is lower-case letters only, found "${kind}"`);
  return `DOSSIERSLOT${kind}Q${Buffer.from(arg, 'utf8').toString('hex')}X`;
}

export function hasSlots(html: string): boolean {
  return html.includes('DOSSIERSLOT');
}

/** Whether the position `at` of `html` lies inside a tag (an attribute value) rather than in text. */
function insideTag(html: string, at: number): boolean {
  return html.lastIndexOf('<', at) > html.lastIndexOf('>', at);
}

/**
 * The page with every slot filled by its renderer. A marker of a kind no renderer knows fails, naming the
 * page: a slot left as a marker would ship a page with a placeholder in it.
 */
export function fillSlots(html: string, renderers: Readonly<Record<string, SlotRenderer>>, page: string): string {
  let out = '';
  let last = 0;
  for (const match of html.matchAll(MARKER_PATTERN)) {
    const [marker, kind, hexArg] = match as unknown as [string, string, string];
    const render = renderers[kind];
    if (!render) throw new Error(`${page}: slot "${kind}" has no renderer (src/lib/slots/values.ts)`);
    const value = render(Buffer.from(hexArg, 'hex').toString('utf8'));
    out += html.slice(last, match.index);
    if ('html' in value) {
      if (insideTag(html, match.index)) throw new Error(`${page}: slot "${kind}" renders HTML inside a tag`);
      out += value.html;
    } else {
      out += insideTag(html, match.index) ? escapeHtmlAttribute(value.text) : escapeHtmlText(value.text);
    }
    last = match.index + marker.length;
  }
  return out + html.slice(last);
}
