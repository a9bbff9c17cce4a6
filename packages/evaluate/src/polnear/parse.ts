/**
 * Reads one PolNeAR brat standoff file (`attributions/<article>_<annotator>.ann`). Text-bound lines
 * (`T12<TAB>Content 315 448;463 553<TAB>text`) give spans in code points of `text/<article>.txt`; event lines
 * (`E3<TAB>Attribution:T12 Cue:T11 Source:T10 Content:T9`) tie a cue, a content and (not always) a source into
 * one attribution. Annotator notes, discarded spans and continuation lines of multi-line span texts are skipped.
 */
import type { Span } from '@dossier/core';

export interface PolnearAttribution {
  /** The source spans (a brat fragment list); null for `Attribution-no-source`. */
  source: Span[] | null;
  cue: Span[] | null;
  content: Span[];
}

const TEXT_BOUND = /^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t/;
const EVENT = /^E\d+\t(.*)$/;

function fragments(list: string): Span[] {
  return list.split(';').map((pair) => {
    const [start, end] = pair.split(' ').map(Number) as [number, number];
    return { start, end };
  });
}

export function parseAnn(ann: string): PolnearAttribution[] {
  const spans = new Map<string, { label: string; spans: Span[] }>();
  const events: string[] = [];
  for (const line of ann.split('\n')) {
    const bound = TEXT_BOUND.exec(line);
    if (bound) spans.set(bound[1]!, { label: bound[2]!, spans: fragments(bound[3]!) });
    const event = EVENT.exec(line);
    if (event) events.push(event[1]!);
  }
  const found: PolnearAttribution[] = [];
  for (const event of events) {
    const roles = new Map<string, Span[]>();
    for (const arg of event.trim().split(/\s+/)) {
      const [role, id] = arg.split(':');
      const target = id ? spans.get(id) : undefined;
      // Role names may carry a number when repeated (Content2); the first of each kind is kept.
      if (role && target) {
        const kind = role.replace(/\d+$/, '');
        if (!roles.has(kind)) roles.set(kind, target.spans);
      }
    }
    const content = roles.get('Content');
    if (!content) continue;
    found.push({ source: roles.get('Source') ?? null, cue: roles.get('Cue') ?? null, content });
  }
  return found;
}
