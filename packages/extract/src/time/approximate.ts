/**
 * "about 2:30 a.m.", "around 7:15 p.m.": a clock time with a word of approximation before it. TimeML gives such
 * a time the mod APPROX and takes the word into the extent (as TimeBank and the news gold files write it), so
 * the span grows over it and the rule says so. Durations read their own modifiers (rules-durations.ts).
 */
import type { Resolution } from '@dossier/normalize';

const APPROX_BEFORE = /\b(?<word>[Aa]bout|[Aa]round|[Aa]pproximately|[Rr]oughly)\s+$/;
const CLOCK_VALUE = /T\d\d/;
/** Long enough for "approximately " and nothing more: the look-back is local to the match. */
const LOOK_BACK = 16;

/** The start of the span with its approximating word, and the rule, when `r` is a clock time after one; else null. */
export function approximateClock(
  body: string,
  start: number,
  floor: number,
  r: Resolution,
): { start: number; rule: string } | null {
  if (r.type !== 'TIME' || !CLOCK_VALUE.test(r.value)) return null;
  const from = Math.max(floor, start - LOOK_BACK);
  const m = APPROX_BEFORE.exec(body.slice(from, start));
  if (!m) return null;
  return { start: from + m.index, rule: `${r.rule}+approximate(${m.groups!.word!.toLowerCase()})` };
}
