import type { Candidate } from './candidate.js';

/**
 * Keeps the longest candidates that do not overlap: "Thursday evening" beats "Thursday", "the past week" beats
 * "past week". Equal lengths go to the higher priority, then the earlier start, so the choice is deterministic.
 */
export function selectCandidates(candidates: Candidate[]): Candidate[] {
  const ranked = [...candidates].sort(
    (a, b) =>
      b.end - b.start - (a.end - a.start) ||
      b.priority - a.priority ||
      a.start - b.start ||
      a.source.localeCompare(b.source),
  );
  const chosen: Candidate[] = [];
  // Which code units a chosen candidate already covers: checking a candidate costs its own length, where a scan
  // of every chosen candidate was quadratic in a text with many expressions.
  const taken = new Uint8Array(ranked.reduce((end, c) => Math.max(end, c.end), 0));
  for (const c of ranked) {
    if (c.end <= c.start) continue;
    if (taken.subarray(c.start, c.end).includes(1)) continue;
    taken.fill(1, c.start, c.end);
    chosen.push(c);
  }
  return chosen.sort((a, b) => a.start - b.start || a.end - b.end);
}
