/**
 * A sentence that ends in its own attribution after a comma ("Ann Lee has a case, said strategist Tom Vane.",
 * "…, Tom Vane said."): where that comma stands. Read from there, the attribution names the reporter of the
 * whole sentence, not a name inside the reported clause.
 */
import type { Span, Token } from '@dossier/core';
import { tokenRange } from './tokens.js';

/** The tail after the comma is an attribution, not a clause: a short one. */
const MAX_TAIL_WORDS = 10;

export function invertedTailComma(
  tokens: readonly Token[],
  unit: Span,
  speechForms: ReadonlySet<string>,
): number | null {
  const [from, to] = tokenRange(tokens, unit.start, unit.end);
  let last = to - 1;
  while (last > from && tokens[last]!.pos === 'PUNCT') last--;
  for (let k = last; k > from && k >= last - MAX_TAIL_WORDS; k--) {
    const t = tokens[k]!;
    if (t.lower === ',') return hasSpeechVerb(tokens, k + 1, last + 1, speechForms) ? t.start : null;
    if (t.pos === 'PUNCT' && t.lower !== '.' && t.lower !== '(' && t.lower !== ')') return null;
  }
  return null;
}

function hasSpeechVerb(tokens: readonly Token[], from: number, to: number, speechForms: ReadonlySet<string>): boolean {
  for (let k = from; k < to; k++) if (speechForms.has(tokens[k]!.lower) && tokens[k]!.pos !== 'NOUN') return true;
  return false;
}
