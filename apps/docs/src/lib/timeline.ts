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

const DAY_MS = 86_400_000;

export interface FocusedAxis {
  /** The x domain to draw, or undefined to let Plot fit every item. */
  domain: [Date, Date] | undefined;
  /** Items that start before the domain: drawn at its left edge, marked with their date. */
  earlier: TimelineItem[];
}

/**
 * News dates cluster: a few items from months before (a plan from last autumn) would squeeze the rest into
 * the last sliver of a linear axis. When the widest gap between consecutive items covers over 40 % of the
 * whole span and at most a quarter of the items lie before it, the axis starts after the gap; those earlier
 * items are drawn at the left edge with their date, and the table lists them in full.
 */
export function focusedAxis(items: readonly TimelineItem[]): FocusedAxis {
  const sorted = [...items].sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0));
  if (sorted.length < 4) return { domain: undefined, earlier: [] };
  const from = (i: TimelineItem) => day(i.start).getTime();
  const to = (i: TimelineItem) => day(i.end).getTime() + DAY_MS;
  const last = Math.max(...sorted.map(to));
  const span = last - from(sorted[0]!);
  let best = { at: -1, gap: 0 };
  let reach = to(sorted[0]!);
  for (let i = 1; i < sorted.length; i++) {
    const gap = from(sorted[i]!) - reach;
    if (gap > best.gap) best = { at: i, gap };
    reach = Math.max(reach, to(sorted[i]!));
  }
  if (best.at < 0 || best.gap <= 0.4 * span || best.at > sorted.length / 4) return { domain: undefined, earlier: [] };
  const start = from(sorted[best.at]!);
  const pad = Math.max(DAY_MS, Math.round((last - start) * 0.03));
  return { domain: [new Date(start - pad), new Date(last + pad)], earlier: sorted.slice(0, best.at) };
}

/** SVG markup of the timeline, or undefined when nothing is dated. */
export function timelineSvg(items: readonly TimelineItem[], title: string, description: string): string | undefined {
  if (items.length === 0) return undefined;
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const lanes = [...new Set(items.map((i) => i.lane))].sort();
  const statuses = [...new Set(items.map((i) => i.status))].sort();
  const data = items.map((i) => ({ ...i, from: day(i.start), to: new Date(day(i.end).getTime() + DAY_MS) }));
  const axis = focusedAxis(items);
  const earlier = data.filter((d) => axis.earlier.some((e) => e.id === d.id));
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
    x: { type: 'utc', label: 'date', grid: true, ...(axis.domain ? { domain: axis.domain, clamp: true } : {}) },
    y: { domain: lanes, label: null },
    color: { legend: false, type: 'categorical', domain: statuses, scheme: 'tableau10' },
    marks: [
      Plot.barX(data, {
        x1: 'from',
        x2: 'to',
        y: 'lane',
        fill: 'status',
        insetTop: 8,
        insetBottom: 8,
        title: (d: TimelineItem) => `${d.label} (${d.start}${d.end !== d.start ? ` to ${d.end}` : ''}, ${d.status})`,
      }),
      Plot.dot(data, { x: 'from', y: 'lane', fill: 'status', r: 4, stroke: 'currentColor', strokeWidth: 0.5 }),
      // Items before the focused axis sit at its left edge; their own date says how much earlier they are.
      Plot.text(earlier, {
        x: 'from',
        y: 'lane',
        text: (d: TimelineItem) => `◂ ${d.start}`,
        dx: 8,
        textAnchor: 'start',
        fill: 'currentColor',
      }),
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
