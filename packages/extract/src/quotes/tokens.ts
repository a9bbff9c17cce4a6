/** Binary searches over the article's tokens, which are sorted by offset. */
import type { Token } from '@dossier/core';

/** Index of the first token that starts at or after `offset`. */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid]!.start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Token indices [from, to) of the tokens lying wholly inside [start, end). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const from = firstTokenAtOrAfter(tokens, start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return [from, to];
}
