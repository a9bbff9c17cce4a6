/**
 * The data parts of the timeline page (src/pages/timeline.astro) for its slots: the chart with its legend and
 * summary, the dated items as a table, the undated events. The SVG is Plot's (built from DOM text nodes, as
 * before); every other value is escaped with the helpers of src/lib/html-text.ts.
 */
import { escapeHtmlAttribute as attr, escapeHtmlText as text } from '../html-text.ts';
import type { PageFacts } from '../page-model.ts';
import { focusedAxis, statusLegend, timelineSvg } from '../timeline.ts';

type Timeline = PageFacts['timeline'];

function summaryOf(items: Timeline['items']): string {
  if (!items.length) return '';
  const first = items[0]!.start;
  const last = items.reduce((max, i) => (i.end > max ? i.end : max), first);
  const lanes = [...new Set(items.map((i) => i.lane))].map(
    (lane) => `${items.filter((i) => i.lane === lane).length} ${lane}`,
  );
  return `${items.length} dated items from ${first} to ${last}: ${lanes.join(', ')}. The table below the chart lists every item.`;
}

function axisNoteOf(items: Timeline['items']): string {
  const earlier = focusedAxis(items).earlier;
  if (!earlier.length) return '';
  const one = earlier.length === 1;
  return ` The axis starts at the main cluster of dates; ${earlier.length} earlier item${one ? '' : 's'} (from ${earlier[0]!.start}) ${one ? 'is' : 'are'} drawn at its left edge, marked with ${one ? 'its' : 'their'} date.`;
}

export function timelineChartHtml(t: Timeline): string {
  const summary = summaryOf(t.items);
  const axisNote = axisNoteOf(t.items);
  const svg = timelineSvg(t.items, 'Timeline of events and dated statements', summary + axisNote);
  if (!svg) return '<p class="muted" data-pagefind-ignore>No event or statement in this build has a date yet.</p>';
  const legend = statusLegend(t.items)
    .map(
      (l) =>
        `<li><span class="swatch" style="${attr(`background:${l.color}`)}" aria-hidden="true">&nbsp;</span> ${text(l.status)}</li>`,
    )
    .join('');
  return `<figure class="timeline-chart" data-pagefind-ignore>${svg}<figcaption><ul class="legend" aria-label="Status colours">${legend}</ul><p>${text(summary + axisNote)}</p></figcaption></figure>`;
}

export function timelineCutNote(t: Timeline): string {
  return t.datedTotal > t.items.length
    ? `The ${t.items.length} latest of ${t.datedTotal} dated items are shown; the events and quotes tables (and the downloads) have them all.`
    : '';
}

export function datedItemsHtml(t: Timeline): string {
  if (t.items.length === 0) return '';
  const rows = t.items.map(
    (i) =>
      `<tr><td class="date">${text(i.start)}</td><td class="date">${text(i.end === i.start ? '' : i.end)}</td><td>${text(i.lane)}</td><td>${text(i.status)}</td><td class="cell-long"><a href="${attr(i.href)}">${text(i.label)}</a></td></tr>`,
  );
  return `<div class="data-table-wrap" tabindex="0" role="region" aria-label="Dated items" data-pagefind-ignore><table class="data-table"><thead><tr><th scope="col">from</th><th scope="col">to</th><th scope="col">kind</th><th scope="col">status</th><th scope="col">what</th></tr></thead><tbody>${rows.join('')}</tbody></table></div>`;
}

export function undatedEventsHtml(t: Timeline): string {
  const cut =
    t.undatedTotal > t.undated.length
      ? `<p class="muted" data-pagefind-ignore>The first ${t.undated.length} are listed; the events table has them all.</p>`
      : '';
  if (t.undated.length === 0) return `${cut}<p class="muted" data-pagefind-ignore>None.</p>`;
  const items = t.undated.map(
    (e) =>
      `<li><a href="${attr(e.href)}">${text(e.type)}, ${text(e.status)}</a>: ${text(e.text)} <span class="muted">(${text(e.context)})</span></li>`,
  );
  return `${cut}<ul data-pagefind-ignore>${items.join('')}</ul>`;
}
