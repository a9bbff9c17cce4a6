import type { Candidate } from './candidate.js';

/**
 * Keeps the longest candidates that do not overlap: "Thursday evening" beats "Thursday", "the past week" beats
 * "past week". Equal lengths go to the higher priority, then the earlier start, so the choice is deterministic.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || b.priority - a.priority || a.start - b.start || a.source.localeCompare(b.source));
  const chosen: Candidate[] = [];
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (chosen.some((k) => c.start < k.end && k.start < c.end)) continue;
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}
