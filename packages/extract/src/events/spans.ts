/**
 * Event IDs are built from the article and the evidence span, so two events may not share a span. When two
 * events of one clause would, the later trigger's event narrows to run from its trigger to the clause end,
 * then to the trigger alone; an event that still collides is dropped (it has no evidence of its own).
 */
import type { ArticleDoc, EventAnnotation } from '@dossier/core';

export function makeSpansUnique<E extends EventAnnotation>(doc: ArticleDoc, events: readonly E[]): E[] {
  const taken = new Set<string>();
  const out: E[] = [];
  const ordered = [...events].sort((a, b) => a.start - b.start || a.end - b.end || triggerAt(doc, a) - triggerAt(doc, b) || a.type.localeCompare(b.type));
  for (const e of ordered) {
    const at = triggerAt(doc, e);
    const options = [
      { start: e.start, end: e.end },
      ...(at >= 0 ? [{ start: at, end: e.end }, { start: at, end: at + e.trigger.length }] : []),
    ];
    const free = options.find((o) => o.end > o.start && !taken.has(`${o.start}-${o.end}`));
    if (!free) continue;
    taken.add(`${free.start}-${free.end}`);
    out.push({ ...e, start: free.start, end: free.end, text: doc.body.slice(free.start, free.end) });
  }
  return out;
}

/** Where the trigger stands in the body, within the event's span (-1 when the trigger is not written there). */
function triggerAt(doc: ArticleDoc, e: EventAnnotation): number {
  const i = doc.body.slice(e.start, e.end).indexOf(e.trigger);
  return i < 0 ? -1 : e.start + i;
}
