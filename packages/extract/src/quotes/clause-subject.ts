/**
 * The last resort for a quote that no verb of saying attributes: a quoted phrase inside the reporter's sentence
 * is the wording of that sentence's subject when its verbs characterize, judge or report ("Ann Lee heralded the
 * deal as a “breakthrough”", "Ann Lee ripped the board for acting as “judge and jury”", "Ann Lee, who chairs
 * the panel, has embraced the “fair deal” plan"), or whatever its active verb when the phrase is long enough to
 * be wording rather than a term; and a phrase owned by a name is that name's ("Ann Lee’s “plan for growth”").
 * Speaker rule clause-subject.
 */
import type { Span, Token } from '@dossier/core';
import type { Attribution } from './attribution.js';
import type { PhraseReader, TokenRange } from './noun-phrase.js';
import { loadLexicon, wordsOfKind } from '@dossier/lexicons';
import { isNamingParticiple } from './naming-participle.js';
import { firstTokenAtOrAfter, tokenRange } from './tokens.js';
import type { QuoteVocabulary } from './vocabulary.js';

const POSSESSIVE = /^['’]s?$/;
const SO_CALLED = /\bso-called(?:\s+[\p{L}’'-]+){0,2}\s*$/iu;
/** "As Ann Lee put it": the idiom reports words, though "put" alone does not. */
const PUT = /^(?:put|puts|putting)$/;
/** "As Ann Lee spoke, …" tells when, not whose words: speaking has no content to be the main clause. */
const SPEAK = /^(?:spoke|speaks|speaking|talked|talks|talking)$/;
const OPENING_MARKS = new Set(['“', '"']);
const BE_FORMS = wordsOfKind('function-words', 'be-form');
/** "First, Ann Lee …": an ordinal before a comma orders the points, whatever its tag (lexicon temporal-ordinals). */
const ORDINALS = new Set(loadLexicon<{ word: string }>('temporal-ordinals').entries.map((e) => e.word.toLowerCase()));
/** How many opening clauses ("In June, after the vote, Ann Lee …") may stand before the main clause. */
const MAX_OPENING_CLAUSES = 2;
/** How many appositions or parentheticals ("Ann Lee, the mayor, who …,") may stand between subject and verb. */
const MAX_APPOSITIONS = 2;
/**
 * How many words make a quoted phrase someone's wording whatever the verb that governs it: scare quotes mark a
 * term ("the “new” library", "a “fair deal”"); a longer phrase ("promised to “fix every road by spring”") is
 * quoted because somebody said it.
 */
const MIN_WORDING_WORDS = 3;

/**
 * The main clause's subject and its verb of characterizing, judging or saying, when the quote lies after them
 * in the same sentence (else an opening "as X puts it" clause; else, for a phrase that reads as wording, the
 * subject and any active verb); null when the sentence has no such subject or no such verb before the quote.
 */
export function clauseSubject(
  text: string,
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
  otherQuotes: readonly Span[],
  vocabulary: QuoteVocabulary,
): Attribution | null {
  const tokens = reader.tokens;
  const [from, to] = tokenRange(tokens, unit.start, quoteWithMarks.start);
  if (isSoCalled(text, unit, quoteWithMarks)) return null;
  const clause = { start: unit.start, end: quoteWithMarks.start };
  const start = mainClauseStart(reader, from, to, vocabulary);
  const main = start === null ? null : subjectAt(reader, start, to, vocabulary);
  const mainVerbAt = main ? mainVerb(reader, main[1], to, vocabulary) : null;
  // "X signed the order, while Ann Lee proposed we “…”": the clause that holds the quote speaks, not the first.
  const joined = mainVerbAt === null ? null : joinedClause(reader, mainVerbAt + 1, to, vocabulary);
  const subject = joined ? joined.subject : main;
  const verb = joined ? joined.verb : mainVerbAt;
  const judging = verb === null ? null : judgingVerb(reader, verb, to, otherQuotes, vocabulary);
  if (subject && judging !== null) return attribution(text, tokens, subject, judging, reader, clause);
  // "As Ann Lee puts it, the mayor is trying …": the as-clause names whose words the main clause holds.
  const opening = asClause(reader, from, to, vocabulary);
  if (opening) return attribution(text, tokens, opening.subject, opening.verb, reader, clause);
  const wording = subject && verb !== null && readsAsWording(text, reader, quoteWithMarks);
  return wording ? attribution(text, tokens, subject, verb, reader, clause) : null;
}

/** Conjunctions that open a clause of their own, with a comma before them or not ("…, while Ann Lee said"). */
const CONTRAST_JOINERS = new Set(['while', 'whereas']);
/** A clause's subject (a token range) and its main verb (a token index). */
type SubjectAndVerb = { subject: TokenRange; verb: number };

/** Conjunctions that open a clause of their own only after a comma ("…, and Ann Lee proposed"). */
const COMMA_JOINERS = new Set(['and', 'but']);

/**
 * The last clause joined to the main one before the quote ("…, while Ann Lee, the former mayor, proposed we"): its
 * subject and verb, else null.
 */
function joinedClause(
  reader: PhraseReader,
  from: number,
  to: number,
  vocabulary: QuoteVocabulary,
): SubjectAndVerb | null {
  const tokens = reader.tokens;
  for (let k = to - 2; k >= from; k--) {
    const word = tokens[k]!.lower;
    if (!CONTRAST_JOINERS.has(word) && !(COMMA_JOINERS.has(word) && k > from && reader.isSeparator(k - 1))) continue;
    const clause = clauseBetween(reader, k + 1, to, vocabulary);
    if (clause) return clause;
  }
  return null;
}

/** The subject that starts at or after `start` and its main verb, both before `to`; else null. */
function clauseBetween(
  reader: PhraseReader,
  start: number,
  to: number,
  vocabulary: QuoteVocabulary,
): SubjectAndVerb | null {
  const subject = subjectAt(reader, start, to, vocabulary);
  const verb = subject ? mainVerb(reader, subject[1], to, vocabulary) : null;
  return subject && verb !== null ? { subject, verb } : null;
}

/**
 * A quoted phrase of several words is somebody's wording, not a scare-quoted term ("Ann Lee posted a message
 * reading “see you all in May”"): the subject of any active verb of the main clause owns it.
 */
function readsAsWording(text: string, reader: PhraseReader, quoteWithMarks: Span): boolean {
  const words = text.slice(quoteWithMarks.start, quoteWithMarks.end).match(/\p{L}[\p{L}'’-]*/gu) ?? [];
  if (words.length < MIN_WORDING_WORDS) return false;
  // "engaged in “serious and sober” talks": a phrase that modifies the noun after it is the writer's label.
  const next = reader.tokens[firstTokenAtOrAfter(reader.tokens, quoteWithMarks.end)];
  return !(next?.pos === 'NOUN' && /^\p{Ll}/u.test(text.slice(next.start, next.start + 1)));
}

/** "the so-called Democratic “blue wall”": the writer marks a name, not anyone's words. */
export function isSoCalled(text: string, unit: Span, quoteWithMarks: Span): boolean {
  return SO_CALLED.test(text.slice(Math.max(unit.start, quoteWithMarks.start - 60), quoteWithMarks.start));
}

/**
 * "As Ann Lee (D-Ohio) has pointed out, that is the “textbook definition” of …", "As Ann Lee puts it, …": an
 * opening "as" clause whose verb reports or judges gives the words of the main clause to its subject.
 */
function asClause(reader: PhraseReader, from: number, to: number, vocabulary: QuoteVocabulary): SubjectAndVerb | null {
  const tokens = reader.tokens;
  if (tokens[from]?.lower !== 'as') return null;
  let comma = from + 1;
  while (comma < to && !reader.isSeparator(comma)) comma++;
  if (comma >= to) return null;
  const clause = clauseBetween(reader, from + 1, comma, vocabulary);
  return clause && reportsOrJudges(reader, clause.verb, vocabulary) ? clause : null;
}

/** "As Ann Lee puts it", "As Ann Lee pointed out": the as-clause's verb reports or judges (not a bare "said"). */
function reportsOrJudges(reader: PhraseReader, verb: number, vocabulary: QuoteVocabulary): boolean {
  const word = reader.tokens[verb]!.lower;
  if (PUT.test(word) && reader.tokens[verb + 1]?.lower === 'it') return true;
  return isListed(word, vocabulary) && !SPEAK.test(word);
}

/**
 * "As The Ledger pointed out, “…”", "As Ann Lee puts it: “…”": a quote that follows an opening as-clause and
 * nothing else is the words of that clause's subject, when its verb reports or judges (here "As Ann Lee said"
 * counts too: the quote is the whole of the main clause).
 */
export function asClauseIntroducer(
  text: string,
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
  vocabulary: QuoteVocabulary,
): Attribution | null {
  const tokens = reader.tokens;
  const [from, to] = tokenRange(tokens, unit.start, quoteWithMarks.start);
  if (tokens[from]?.lower !== 'as') return null;
  const separator = to - 1;
  if (separator <= from + 1 || !(reader.isSeparator(separator) || tokens[separator]!.lower === ':')) return null;
  for (let k = from + 1; k < separator; k++) if (reader.isSeparator(k)) return null;
  const clause = clauseBetween(reader, from + 1, separator, vocabulary);
  if (!clause || !reportsOrJudges(reader, clause.verb, vocabulary)) return null;
  return attribution(text, tokens, clause.subject, clause.verb, reader, {
    start: unit.start,
    end: quoteWithMarks.start,
  });
}

/**
 * The subject of the sentence's main clause and its verb, whatever the verb ("Ann Lee agreed."): a full quote
 * with no attribution after such a sentence is read as that subject's.
 */
export function sentenceSubject(
  text: string,
  reader: PhraseReader,
  unit: Span,
  vocabulary: QuoteVocabulary,
): Attribution | null {
  const [from, to] = tokenRange(reader.tokens, unit.start, unit.end);
  const start = mainClauseStart(reader, from, to, vocabulary);
  const clause = start === null ? null : clauseBetween(reader, start, to, vocabulary);
  return clause ? attribution(text, reader.tokens, clause.subject, clause.verb, reader, unit) : null;
}

/** "Ann Lee’s “plan for growth”": the name right before the possessive mark that opens the quote. */
export function possessorOfQuote(
  text: string,
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
): Attribution | null {
  const tokens = reader.tokens;
  const [from, to] = tokenRange(tokens, unit.start, quoteWithMarks.start);
  const mark = to - 1;
  if (mark <= from || !POSSESSIVE.test(tokens[mark]!.lower) || tokens[mark]!.pos === 'PUNCT') return null;
  const owner = reader.before(mark, from);
  if (!owner || !reader.isCapitalised(owner[1] - 1)) return null;
  return attribution(text, tokens, owner, mark, reader, { start: unit.start, end: quoteWithMarks.start });
}

function attribution(
  text: string,
  tokens: readonly Token[],
  phrase: TokenRange,
  cue: number,
  reader: PhraseReader,
  clause: Span,
): Attribution {
  const cueSpan = { start: tokens[cue]!.start, end: tokens[cue]!.end };
  // "Ann Lee (R-Ohio": the phrase reader drops the closing mark of a bracket it took in.
  const opensBracket = tokens.slice(phrase[0], phrase[1]).some((t) => t.lower === '(');
  const whole: TokenRange = opensBracket && tokens[phrase[1]]?.lower === ')' ? [phrase[0], phrase[1] + 1] : phrase;
  return { cue: text.slice(cueSpan.start, cueSpan.end), cueSpan, phrase: reader.span(whole), clause };
}

/**
 * Where the main clause begins: past a leading conjunction and up to two opening clauses that end in a comma
 * (a prepositional phrase, an adverb, a participle or a subordinate clause: "In June, after the vote, …").
 */
function mainClauseStart(reader: PhraseReader, from: number, to: number, vocabulary: QuoteVocabulary): number | null {
  const tokens = reader.tokens;
  let start = from;
  while (start < to && (tokens[start]!.pos === 'PUNCT' || tokens[start]!.pos === 'CCONJ')) start++;
  for (let clauses = 0; start < to && clauses < MAX_OPENING_CLAUSES; clauses++) {
    const first = tokens[start]!;
    const opens =
      ['ADP', 'ADV', 'SCONJ'].includes(first.pos) ||
      vocabulary.subordinators.has(first.lower) ||
      (ORDINALS.has(first.lower) && tokens[start + 1]?.lower === ',') ||
      (first.pos === 'VERB' && /(ing|ed)$/.test(first.lower));
    if (!opens) break;
    let comma = start + 1;
    while (comma < to && !reader.isSeparator(comma)) comma++;
    if (comma >= to) return null;
    start = comma + 1;
  }
  return start < to ? start : null;
}

/**
 * The subject phrase that opens the main clause: a coordinated one whole ("Acme News and its anchor Ann Lee"),
 * and cut before a listed verb the tagger read as a noun ("Ann Lee cast/NOUN the blame").
 */
function subjectAt(reader: PhraseReader, start: number, to: number, vocabulary: QuoteVocabulary): TokenRange | null {
  const tokens = reader.tokens;
  let subject = reader.after(start, to);
  if (!subject || subject[0] !== start) return null;
  if (tokens[subject[1]]?.pos === 'CCONJ') {
    // "Ann Lee and Tom Bell have used …": two names, two speakers; only a description may join a name.
    if (reader.isCapitalised(subject[1] - 1)) return null;
    const second = reader.after(subject[1] + 1, to);
    if (second && second[0] === subject[1] + 1) subject = [start, second[1]];
  }
  // A verb has an object or a clause after it ("cast the blame", "notes that", "lists “…”"); a noun in a title
  // does not ("Former judge and …").
  for (let i = start + 1; i < subject[1]; i++)
    if (
      tokens[i - 1]!.pos === 'PROPN' &&
      !reader.isCapitalised(i) &&
      (isListed(tokens[i]!.lower, vocabulary) || isPastReadAsAdjective(tokens, i, i)) &&
      opensObject(tokens[i + 1])
    )
      return [start, i];
  return subject;
}

/**
 * The main verb after the subject that ends before token `at`: past up to two appositions or parentheticals
 * between commas or dashes, auxiliaries, adverbs and time words. The tagger may read the verb as a noun ("Ann
 * Lee cast/NOUN the blame"), so a listed verb counts whatever its tag.
 */
function mainVerb(reader: PhraseReader, at: number, to: number, vocabulary: QuoteVocabulary): number | null {
  const tokens = reader.tokens;
  let k = at;
  // "Sen. Ann Lee (I-Vt.) visited": the bracket the phrase reader stopped in belongs to the name.
  if (tokens[k]?.lower === '(') {
    while (k < to && tokens[k]!.lower !== ')') k++;
    k++;
  } else if (tokens[k]?.lower === ')') k++; // the phrase took the bracket but left its closing mark
  for (let steps = 0; k < to && reader.isSeparator(k) && steps < MAX_APPOSITIONS; steps++) {
    let close = k + 1;
    while (close < to && !reader.isSeparator(close)) close++;
    if (close >= to) return null;
    k = close + 1;
  }
  for (;;) {
    // "Ann Lee on Monday proposed", "Ann Lee last week called": a time phrase between subject and verb.
    k = pastTimePhrase(tokens, k, to, vocabulary);
    if (
      k >= to ||
      !(['AUX', 'ADV', 'PART'].includes(tokens[k]!.pos) || vocabulary.timeWords.has(tokens[k]!.lower)) ||
      // "he’s worried": after a pronoun, ’s is "is" or "has", not a possessive mark.
      (POSSESSIVE.test(tokens[k]!.lower) && tokens[k - 1]?.pos !== 'PRON')
    )
      break;
    k++;
  }
  if (k >= to) return null;
  // "Ann Lee was asked by …": the subject of a passive is not the one who speaks ("is reported to have called"
  // raises the subject of the verb after it, which is).
  // "Ann Lee is worried about …" is a state, not a passive: its subject still holds the stance.
  const passive =
    k > at &&
    BE_FORMS.has(tokens[k - 1]!.lower) &&
    /(ed|en)$/.test(tokens[k]!.lower) &&
    tokens[k + 1]?.lower !== 'about';
  if (passive && tokens[k + 1]?.lower !== 'to') return null;
  const t = tokens[k]!;
  return t.pos === 'VERB' || isListed(t.lower, vocabulary) || isPastReadAsAdjective(tokens, k, at) ? k : null;
}

/** The token after a time phrase that opens at `k` ("on Monday", "last week", "at the time"), else `k`. */
function pastTimePhrase(tokens: readonly Token[], k: number, to: number, vocabulary: QuoteVocabulary): number {
  let j = k;
  while (j < to && (vocabulary.timeOpeners.has(tokens[j]!.lower) || ['NUM', 'DET'].includes(tokens[j]!.pos))) j++;
  if (j === k || j >= to || !vocabulary.timeWords.has(tokens[j]!.lower)) return k;
  while (j < to && vocabulary.timeWords.has(tokens[j]!.lower)) j++;
  return j;
}

/**
 * "Ann Lee belittled/ADJ the issue": a past form the tagger read as an adjective, right after the subject and
 * before an object, is the verb (an adjective there would need a verb of its own).
 */
function isPastReadAsAdjective(tokens: readonly Token[], k: number, subjectEnd: number): boolean {
  return k === subjectEnd && tokens[k]!.pos === 'ADJ' && /ed$/.test(tokens[k]!.lower) && opensObject(tokens[k + 1]);
}

/**
 * The first verb of characterizing, judging or saying from the main verb to the quote, outside other quotes
 * and not used as a noun ("a promise", "her support").
 */
function judgingVerb(
  reader: PhraseReader,
  from: number,
  to: number,
  otherQuotes: readonly Span[],
  vocabulary: QuoteVocabulary,
): number | null {
  const tokens = reader.tokens;
  for (let i = from; i < to; i++) {
    const t = tokens[i]!;
    if (!isListed(t.lower, vocabulary)) continue;
    if (otherQuotes.some((q) => t.start >= q.start && t.start < q.end)) continue;
    // "the self-described group": a verb form joined by a hyphen is part of an adjective.
    if (i > from && reader.isWordHyphen(i - 1)) continue;
    if (isNamingParticiple(reader, i)) continue;
    const previous = tokens[i - 1];
    const asNoun = i > from && previous !== undefined && (previous.pos === 'DET' || POSSESSIVE.test(previous.lower));
    if (i === from || (t.pos === 'VERB' && !asNoun)) return i;
  }
  return null;
}

function opensObject(token: Token | undefined): boolean {
  return token !== undefined && (['DET', 'PRON', 'SCONJ'].includes(token.pos) || OPENING_MARKS.has(token.lower));
}

function isListed(word: string, vocabulary: QuoteVocabulary): boolean {
  return vocabulary.cues.has(word) || vocabulary.stanceVerbs.has(word);
}
