/**
 * The timeline chart, drawn at build time: Observable Plot renders into linkedom's DOM and the SVG is
 * inlined, so readers get a static picture with no chart code to download. Each point is an event or a
 * dated statement; undated ones are listed in the text alternative only.
 */
import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

export interface TimelineItem {
  id: string;
  kind: 'event' | 'statement';
  /** Event type, or "statement" for quotes. */
  lane: string;
  label: string;
  status: string;
  start: string;
  end: string;
  href: string;
}

function day(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

/** SVG markup of the timeline, or undefined when nothing is dated. */
export function timelineSvg(items: readonly TimelineItem[], title: string, description: string): string | undefined {
  if (items.length === 0) return undefined;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const lanes = [...new Set(items.map((i) => i.lane))].sort();
  const statuses = [...new Set(items.map((i) => i.status))].sort();
  const data = items.map((i) => ({ ...i, from: day(i.start), to: new Date(day(i.end).getTime() + 86_400_000) }));
  const chart = Plot.plot({
    document: document as unknown as Document,
    // About the width of Starlight's content column, so that the text in the chart is not scaled down.
    width: 720,
    height: 80 + lanes.length * 34,
    // Room for the longest lane name at 13px (about 8.5px a character, with room to spare) and for the month labels below the days.
    marginLeft: Math.max(60, Math.ceil(Math.max(...lanes.map((l) => l.length)) * 8.5) + 20),
    marginBottom: 45,
    marginRight: 30,
    style: { fontSize: '13px', background: 'transparent' },
    x: { type: 'utc', label: 'date', grid: true },
    y: { domain: lanes, label: null },
    color: { legend: false, type: 'categorical', domain: statuses, scheme: 'tableau10' },
    marks: [
      Plot.barX(data, { x1: 'from', x2: 'to', y: 'lane', fill: 'status', insetTop: 8, insetBottom: 8, title: (d: TimelineItem) => `${d.label} (${d.start}${d.end !== d.start ? ` to ${d.end}` : ''}, ${d.status})` }),
      Plot.dot(data, { x: 'from', y: 'lane', fill: 'status', r: 4, stroke: 'currentColor', strokeWidth: 0.5 }),
    ],
  }) as unknown as Element;
  // The chart is one image described by its title, its desc and the table beside it; Plot's own ARIA labels
  // on inner groups are not allowed there (axe: aria-prohibited-attr), so they go.
  for (const el of chart.querySelectorAll('[aria-label], [aria-description], [aria-hidden]')) {
    el.removeAttribute('aria-label');
    el.removeAttribute('aria-description');
    el.removeAttribute('aria-hidden');
  }
  chart.setAttribute('role', 'img');
  chart.setAttribute('aria-labelledby', 'timeline-chart-title timeline-chart-desc');
  const titleEl = document.createElement('title');
  titleEl.setAttribute('id', 'timeline-chart-title');
  titleEl.textContent = title;
  const descEl = document.createElement('desc');
  descEl.setAttribute('id', 'timeline-chart-desc');
  descEl.textContent = description;
  chart.insertBefore(descEl, chart.firstChild);
  chart.insertBefore(titleEl, chart.firstChild);
  return chart.outerHTML;
}

/** The colour legend, as HTML the page can style; same scheme as the chart. */
export function statusLegend(items: readonly TimelineItem[]): Array<{ status: string; color: string }> {
  const statuses = [...new Set(items.map((i) => i.status))].sort();
  const scale = Plot.scale({ color: { type: 'categorical', domain: statuses, scheme: 'tableau10' } });
  return statuses.map((status) => ({ status, color: String(scale.apply(status)) }));
}
