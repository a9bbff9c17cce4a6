/**
 * A quoted phrase in Title Case is taken for a name (a show, a slogan, an event) and kept with no speaker, unless
 * the sentence shows it is someone's wording. These are the signs that do not need the quote's own verb:
 * - it is coordinated with the quoted word before it ("called him a “fascist” and a “Stalinist.”"), which has a
 *   speaker;
 * - it stands in the clause a verb of saying reports ("has said that the deal could lead to another “Holocaust.”",
 *   "tweeted that she was “Disgraceful!”").
 */
import type { Span, Token } from '@dossier/core';
import { tokenRange } from './tokens.js';

/** Nothing but "and"/"or" and a determiner between two quotes: one list of the same speaker's words. */
const COORDINATED = /^\s*,?\s*(?:and|or)\s+(?:(?:a|an|the)\s+)?$/i;

export function coordinatedWithQuoteBefore(text: string, quoteBefore: Span, quote: Span): boolean {
  return COORDINATED.test(text.slice(quoteBefore.end, quote.start));
}

/**
 * Is the quote inside the complement of a verb of saying ("said that …", "tweeted that …") that starts after `from`,
 * with no comma, colon or other quote between that complement's "that" and the quote?
 */
export function inReportedClause(
  text: string,
  tokens: readonly Token[],
  speechForms: ReadonlySet<string>,
  from: number,
  quote: Span,
): boolean {
  const [first, last] = tokenRange(tokens, from, quote.start);
  for (let i = last - 1; i > first; i--) {
    const word = tokens[i]!.lower;
    if (word === ',' || word === ':' || word === ';' || word === '“' || word === '"') return false;
    if (word === 'that' && speechForms.has(tokens[i - 1]!.lower)) return text.slice(tokens[i]!.end, quote.start) !== '';
  }
  return false;
}
