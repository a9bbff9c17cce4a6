/** Token look-ups for quotes; the binary searches live in @dossier/core (lookup.ts). */
import { firstStartingAtOrAfter, type Token } from '@dossier/core';

/** Index of the first token that starts at or after `offset`. */
export function firstTokenAtOrAfter(tokens: readonly Token[], offset: number): number {
  return firstStartingAtOrAfter(tokens, offset);
}

/** Token indices [from, to) of the tokens lying wholly inside [start, end). */
export function tokenRange(tokens: readonly Token[], start: number, end: number): [number, number] {
  const from = firstStartingAtOrAfter(tokens, start);
  let to = from;
  while (to < tokens.length && tokens[to]!.end <= end) to++;
  return [from, to];
}
