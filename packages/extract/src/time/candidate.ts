import type { ArticleDoc } from '@dossier/core';
import type { Direction, Resolution } from '@dossier/normalize';

/** What a rule can ask about the article while it resolves its expression. */
export interface TimexContext {
  doc: ArticleDoc;
  /** The publication date, YYYY-MM-DD. */
  published: string;
  direction(start: number, end: number, defaultWay?: 'past' | 'future'): Direction;
  /** A day-precise date resolved earlier in the same sentence ("said on Saturday … overnight"), if any. */
  sentenceDay(start: number): string | null;
  /** The last resolved calendar date (not a reference or duration) before `start` in the article. */
  previousDate(start: number, within?: number): Resolution | null;
}

/** A recognized expression: its span and how to resolve it. Higher priority wins ties between equal spans. */
export interface Candidate {
  start: number;
  end: number;
  priority: number;
  source: string;
  build(ctx: TimexContext): Resolution | null;
}

/** Runs a global regex over the text and collects the candidates that `make` returns. */
export function scan(text: string, pattern: RegExp, make: (m: RegExpExecArray) => Candidate | null | undefined): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const c = make(m);
    if (c) out.push(c);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/** Offset of capture group `group` inside match `m` (needs the regex "d" flag). */
export function groupStart(m: RegExpExecArray, group: number): number {
  return m.indices![group]![0];
}
export function groupEnd(m: RegExpExecArray, group: number): number {
  return m.indices![group]![1];
}
