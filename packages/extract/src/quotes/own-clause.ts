/**
 * "After Tom Vane criticized her, Ann Lee shot back, “…”", "Ann Lee said the plan failed, and Tom Vane fired
 * back: “…”": a name opening the quote's own clause, with a verb the lexicon lacks right before the colon or comma
 * that introduces the quote, is the speaker. Without this, a listed verb in the clause before (the opening
 * subordinate clause, or the first of two coordinated clauses) took the quote for its subject's.
 */
import type { Token } from '@dossier/core';
import type { PhraseReader, TokenRange } from './noun-phrase.js';

/** Conjunctions that open a clause of their own even without a comma ("X suggested … while Ann Lee said …"). */
const CONTRAST = new Set(['while', 'whereas']);
/** Conjunctions that open the quote's clause after a comma ("…, and Tom Vane fired back: “…”"). */
const JOINERS = new Set(['and', 'but', 'while', 'whereas', 'so', 'yet']);
/** How many adverbs or particles may follow the verb ("shot back", "fired back forcefully"). */
const MAX_VERB_TAIL = 2;

export interface Introducer {
  verb: number;
  subject: TokenRange;
}

/**
 * The unlisted verb and its named subject that introduce the quote, when every listed cue before the quote
 * (`cuesBefore`) stands in an earlier clause; else null. `from` and `to` are the token range before the quote.
 */
export function unlistedIntroducer(
  text: string,
  reader: PhraseReader,
  from: number,
  to: number,
  quoteStart: number,
  cuesBefore: readonly number[],
): Introducer | null {
  const tokens = reader.tokens;
  if (cuesBefore.length === 0 || to - 1 <= from) return null;
  const mark = tokens[to - 1]!;
  if ((mark.lower !== ':' && mark.lower !== ',') || text.slice(mark.end, quoteStart).trim() !== '') return null;
  let verb = to - 2;
  for (let tail = 0; tail < MAX_VERB_TAIL && verb > from && isVerbTail(tokens[verb]!); tail++) verb--;
  if (!isUnlistedVerb(reader, verb) || cuesBefore.includes(verb)) return null;
  const subject = reader.before(verb, from);
  if (!subject || subject[1] !== verb || !namesSomeone(reader, subject)) return null;
  if (!opensClause(reader, subject[0], from)) return null;
  return cuesBefore.every((cue) => cue < subject[0]) ? { verb, subject } : null;
}

function isVerbTail(token: Token): boolean {
  return token.pos === 'ADV' || token.pos === 'PART' || token.pos === 'ADP';
}

/** A finite verb ("fired"), or a lower-case word the tagger read as a noun before its particle ("shot/NOUN back"). */
function isUnlistedVerb(reader: PhraseReader, i: number): boolean {
  const t = reader.tokens[i]!;
  if (reader.isCapitalised(i) || t.lower.endsWith('ing')) return false;
  if (t.pos === 'VERB') return true;
  return t.pos === 'NOUN' && isVerbTail(reader.tokens[i + 1] ?? t) && reader.tokens[i - 1]?.pos === 'PROPN';
}

/** A bare name ("Ann Lee", "Gov. Ann Lee") or he/she: no description, no "of", no article. */
function namesSomeone(reader: PhraseReader, phrase: TokenRange): boolean {
  const tokens = reader.tokens;
  if (phrase[1] - phrase[0] === 1 && ['he', 'she'].includes(tokens[phrase[0]]!.lower)) return true;
  const last = phrase[1] - 1;
  if (tokens[last]!.pos !== 'PROPN' || !reader.isCapitalised(last)) return false;
  return tokens.slice(phrase[0], phrase[1]).every((t) => t.lower !== 'of' && t.pos !== 'DET' && t.pos !== 'PRON');
}

/** The phrase opens a clause: after a comma or semicolon, with or without a joining conjunction. */
function opensClause(reader: PhraseReader, start: number, floor: number): boolean {
  let k = start - 1;
  if (k >= floor && CONTRAST.has(reader.tokens[k]!.lower)) return true;
  if (k > floor && JOINERS.has(reader.tokens[k]!.lower)) k--;
  return k >= floor && (reader.isSeparator(k) || reader.tokens[k]!.lower === ';');
}

/**
 * "Tom Vane suggested that …, while Ann Lee said that the “…”": of several listed cues before the quote, the last
 * one whose subject is a name (or he/she) opening a clause after an earlier cue speaks, when nothing but its own
 * complement stands between it and the quote (no comma: "Ann Lee said, while Tom Vane watched, that …" is hers).
 * Returns that cue, else null.
 */
export function ownClauseCue(
  reader: PhraseReader,
  from: number,
  to: number,
  cuesBefore: readonly number[],
): number | null {
  if (cuesBefore.length < 2) return null;
  const tokens = reader.tokens;
  const last = Math.max(...cuesBefore);
  const earliest = Math.min(...cuesBefore);
  if (last === earliest) return null;
  // Only the introducing mark may stand between the verb and the quote.
  for (let i = last + 1; i < to - 1; i++) if (reader.isSeparator(i) || tokens[i]!.lower === ';') return null;
  let verbStart = last;
  while (verbStart - 1 > from && ['AUX', 'ADV'].includes(tokens[verbStart - 1]!.pos)) verbStart--;
  const subject = reader.before(verbStart, from);
  if (!subject || subject[1] !== verbStart || !namesSomeone(reader, subject) || !opensClause(reader, subject[0], from))
    return null;
  return subject[0] > earliest ? last : null;
}
