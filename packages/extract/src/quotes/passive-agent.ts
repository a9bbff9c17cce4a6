/**
 * A verb of saying in the passive names its speaker after "by": "Ann Lee was asked by Tom Vane whether … “…”",
 * "Asked by Tom Vane if … “…”, Ann Lee …" (a verb of saying proper, its agent right after it: the quote is what the
 * agent asked or told), and "The habit has been called “…” by Tom Vane", "was described as “…” by Tom Vane" (any
 * listed verb, the quote its complement and "by" right after the closing mark). The passive's subject is the one
 * spoken about, never the speaker. Levin 1993 §37 (verbs of communication), with the agent of the passive.
 */
import type { Span, Token } from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';
import type { PhraseReader, TokenRange } from './noun-phrase.js';
import { firstTokenAtOrAfter, tokenRange } from './tokens.js';
import type { QuoteVocabulary } from './vocabulary.js';

const BE_FORMS = wordsOfKind('function-words', 'be-form');
/** Words that may stand between a verb of naming and its quoted complement ("described as “…”"). */
const COMPLEMENT_LINKS = new Set(['as']);

export interface PassiveAgent {
  verb: number;
  agent: TokenRange;
}

export function passiveAgent(
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
  vocabulary: QuoteVocabulary,
): PassiveAgent | null {
  return (
    agentAfterQuote(reader, unit, quoteWithMarks, vocabulary) ??
    agentBeforeQuote(reader, unit, quoteWithMarks, vocabulary)
  );
}

/** "has been called “…” by Tom Vane": the listed passive verb right before the quote, "by" right after it. */
function agentAfterQuote(
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
  vocabulary: QuoteVocabulary,
): PassiveAgent | null {
  const tokens = reader.tokens;
  const [from, to] = tokenRange(tokens, unit.start, unit.end);
  const after = firstTokenAtOrAfter(tokens, quoteWithMarks.end);
  if (after >= to || tokens[after]!.lower !== 'by') return null;
  let verb = firstTokenAtOrAfter(tokens, quoteWithMarks.start) - 1;
  while (verb > from && COMPLEMENT_LINKS.has(tokens[verb]!.lower)) verb--;
  if (verb < from || !vocabulary.cues.has(tokens[verb]!.lower) || !isPassive(tokens, verb, from)) return null;
  const agent = namedAgent(reader, after + 1, to);
  return agent ? { verb, agent } : null;
}

/**
 * The phrase right after "by" when it holds a capitalised word ("moderator Tom Vane", "the Ledger"): a bare
 * description ("by the moderator") would resolve to whoever the sentence is about, the passive's own subject.
 */
function namedAgent(reader: PhraseReader, start: number, to: number): TokenRange | null {
  const agent = reader.after(start, to);
  if (!agent || agent[0] !== start) return null;
  for (let k = agent[0]; k < agent[1]; k++) if (reader.isCapitalised(k)) return agent;
  return null;
}

/**
 * "was asked by Tom Vane whether … “…”": a passive verb of saying proper with "by" right after it, the quote later
 * in the sentence with no other verb of saying between the agent and the quote ("tax credits/NOUN" is none).
 */
function agentBeforeQuote(
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
  vocabulary: QuoteVocabulary,
): PassiveAgent | null {
  const tokens = reader.tokens;
  const [from, to] = tokenRange(tokens, unit.start, quoteWithMarks.start);
  for (let by = to - 1; by > from; by--) {
    if (tokens[by]!.lower !== 'by') continue;
    const verb = by - 1;
    if (vocabulary.cues.get(tokens[verb]!.lower) !== 'speech' || !isPassive(tokens, verb, from)) continue;
    const agent = namedAgent(reader, by + 1, to);
    if (!agent) return null;
    for (let k = agent[1]; k < to; k++) {
      if (tokens[k]!.pos === 'VERB' && vocabulary.cues.has(tokens[k]!.lower)) return null;
      // "Asked by the panel, Ann Lee indicated that …": an opening participle's clause ends at its comma.
      if (verb === from && reader.isSeparator(k)) return null;
    }
    return { verb, agent };
  }
  return null;
}

/** A past form after a form of "be" (past adverbs), or opening the sentence as a participle ("Asked by …"). */
function isPassive(tokens: readonly Token[], verb: number, from: number): boolean {
  const form = tokens[verb]!.lower;
  if (form.endsWith('ing') || form.endsWith('s')) return false;
  if (verb === from) return true;
  let j = verb - 1;
  while (j >= from && tokens[j]!.pos === 'ADV') j--;
  return j >= from && BE_FORMS.has(tokens[j]!.lower);
}
