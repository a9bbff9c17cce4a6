/**
 * Event IDs are built from the article and the evidence span, so two events may not share a span. When two
 * events of one clause would, the later trigger's event narrows to the stretch from its first participant to its
 * last participant or trigger ("spokesman Tom Bell said"), then to trigger…clause end, then to the trigger
 * alone; an event that still collides is dropped (it has no evidence of its own).
 */
import type { ArticleDoc, EventAnnotation } from '@dossier/core';

export function makeSpansUnique<E extends EventAnnotation>(doc: ArticleDoc, events: readonly E[]): E[] {
  const taken = new Set<string>();
  const out: E[] = [];
  // Where each trigger stands, found once per event rather than once per comparison of the sort.
  const triggerStart = new Map<E, number>();
  for (const e of events) triggerStart.set(e, triggerAt(doc, e));
  const ordered = [...events].sort(
    (a, b) =>
      a.start - b.start || a.end - b.end || triggerStart.get(a)! - triggerStart.get(b)! || a.type.localeCompare(b.type),
  );
  for (const e of ordered) {
    const at = triggerStart.get(e)!;
    const options = [{ start: e.start, end: e.end }];
    if (at >= 0)
      options.push(participantsAndTrigger(e, at), { start: at, end: e.end }, { start: at, end: at + e.trigger.length });
    let free: { start: number; end: number } | undefined;
    for (const o of options) {
      if (o.start >= e.start && o.end <= e.end && o.end > o.start && !taken.has(`${o.start}-${o.end}`)) {
        free = o;
        break;
      }
    }
    if (!free) continue;
    taken.add(`${free.start}-${free.end}`);
    out.push({ ...e, start: free.start, end: free.end, text: doc.body.slice(free.start, free.end) });
  }
  return out;
}

/** From the first participant to the last (or the trigger), within the clause: "spokesman Tom Bell said". */
function participantsAndTrigger(e: EventAnnotation, at: number): { start: number; end: number } {
  let start = at;
  let end = at + e.trigger.length;
  for (const { span } of e.participants) {
    if (span.start < e.start || span.end > e.end) continue;
    if (span.start < start) start = span.start;
    if (span.end > end) end = span.end;
  }
  return { start, end };
}

/** Where the trigger stands in the body, within the event's span (-1 when the trigger is not written there). */
function triggerAt(doc: ArticleDoc, e: EventAnnotation): number {
  // The first occurrence at or after the start lies within the span when any does: later ones end later.
  const at = doc.body.indexOf(e.trigger, e.start);
  return at < 0 || at + e.trigger.length > e.end ? -1 : at;
}
