/**
 * Finds the attribution of one quote inside its unit (the sentence, merged across quoted stretches): the
 * reporting verb (cue) and the phrase that names who speaks. Cues, in the order they are tried:
 *   1. a verb of saying before the quote                       X said (that) “…” / X said: “…”
 *   2. a verb of saying after the quote                        “…,” the official said. / “…,” said X.
 *   3. a weaker speech-act verb before the quote               X called for a “…” / X described Y as “…”
 *   4. a participle before the quote, whose subject is the main clause's   X issued a statement saying: “…”
 *   5. a speech-act noun owned by the speaker                  X’s call for a “…”
 *   6. any other reporting verb after the quote
 *   7. the agent of a passive verb of saying           X was asked by Y whether “…” / called “…” by Y
 *   8. "according to X" anywhere in the unit.
 */
import type { Span, Token } from '@dossier/core';
import type { PhraseReader, TokenRange } from './noun-phrase.js';
import { tokenRange } from './tokens.js';
import { ownClauseCue, unlistedIntroducer } from './own-clause.js';
import { isNamingParticiple } from './naming-participle.js';
import { passiveAgent } from './passive-agent.js';
import type { QuoteVocabulary } from './vocabulary.js';
import { wordsOfKind } from '@dossier/lexicons';

export interface Attribution {
  /** The reporting verb as written ("said"), or "according to". */
  cue: string;
  cueSpan: Span;
  /** The speaker phrase as found; null when the cue has no subject of its own ("…, adding: “…”"). */
  phrase: Span | null;
  /** The part of the unit outside the quote where the attribution stands: searched for dates and hedges. */
  clause: Span;
}

const BE_FORMS = wordsOfKind('function-words', 'be-form');
const POSSESSIVE = /^['’]s?$/;
const RELATIVE_PRONOUNS = wordsOfKind('function-words', 'relative-pronoun');
const OBJECT_PRONOUNS = wordsOfKind('function-words', 'object-pronoun');
const SUBJECT_PRONOUNS = wordsOfKind('function-words', 'subject-pronoun');
/** Conjunctions that open a new clause after a quote ("… “…” and Ann Lee says", "while Ann Lee suggests"). */
const CLAUSE_JOINERS = new Set(['and', 'but', 'while', 'whereas']);
/** How many comma-separated descriptions may stand between a name and its verb. */
const MAX_APPOSITIONS = 3;

interface Region extends Span {
  tokens: TokenRange;
}

export function findAttribution(
  text: string,
  reader: PhraseReader,
  unit: Span,
  quoteWithMarks: Span,
  otherQuotesInUnit: readonly Span[],
  vocabulary: QuoteVocabulary,
): Attribution | null {
  const tokens = reader.tokens;
  // Plain loops rather than spreads and filter chains: arrays of varying element kinds spread into one literal
  // kept deoptimizing this function, and each recompilation cost more than the function's whole run.
  let previousEnd = unit.start;
  let nextStart = unit.end;
  for (const q of otherQuotesInUnit) {
    if (q.end <= quoteWithMarks.start && q.end > previousEnd) previousEnd = q.end;
    if (q.start >= quoteWithMarks.end && q.start < nextStart) nextStart = q.start;
  }
  const before = region(tokens, previousEnd, quoteWithMarks.start);
  const after = region(tokens, quoteWithMarks.end, nextStart);

  const tierOf = (i: number) => vocabulary.cues.get(tokens[i]!.lower);
  const participle = (i: number) => tokens[i]!.lower.endsWith('ing');
  // A weaker verb that a quote runs into with no comma or stop between has that quote for its subject: in
  // "“fair” describes the mayor", nobody speaks.
  const quotes = [...otherQuotesInUnit, quoteWithMarks];
  const spokenBy = (cues: number[]) =>
    cues.filter((i) => tierOf(i) === 'speech' || !quotes.some((q) => runsInto(text, q, tokens[i]!.start)));
  const cuesBefore = ownClauseFirst(
    reader,
    before,
    introducingCueFirst(
      text,
      tokens,
      mainClauseFirst(tokens, spokenBy(verbalCues(reader, before, vocabulary)), unit, vocabulary),
      quoteWithMarks,
    ),
  );
  // "After Tom Vane spoke, Ann Lee shot back, “…”": an unlisted verb opening the quote's own clause introduces it.
  const introducer = unlistedIntroducer(
    text,
    reader,
    before.tokens[0],
    before.tokens[1],
    quoteWithMarks.start,
    cuesBefore,
  );
  if (introducer) return attributionAt(text, reader, introducer.verb, introducer.subject, before);
  const cuesAfter = spokenBy(verbalCues(reader, after, vocabulary));
  const speech = (i: number) => tierOf(i) === 'speech' && !participle(i);
  const weak = (i: number) => tierOf(i) === 'weak' && !participle(i);
  const nominal = nominalCue(tokens, before, vocabulary);
  const candidates: Array<readonly [number, Region, 'before' | 'after' | 'nominal']> = [];
  // "X accuses Y of “…” and Z says …": a verb after a conjunction opens a clause of its own, with other words.
  const opensOwnClause = (i: number) => tokens.slice(after.tokens[0], i).some((t) => CLAUSE_JOINERS.has(t.lower));
  for (const i of cuesBefore) if (speech(i)) candidates.push([i, before, 'before']);
  for (const i of cuesAfter) if (speech(i) && !opensOwnClause(i)) candidates.push([i, after, 'after']);
  for (let k = cuesBefore.length - 1; k >= 0; k--)
    if (weak(cuesBefore[k]!)) candidates.push([cuesBefore[k]!, before, 'before']);
  for (const i of cuesAfter) if (speech(i) && opensOwnClause(i)) candidates.push([i, after, 'after']);
  for (let k = cuesBefore.length - 1; k >= 0; k--)
    if (participle(cuesBefore[k]!)) candidates.push([cuesBefore[k]!, before, 'before']);
  if (nominal !== undefined) candidates.push([nominal, before, 'nominal']);
  for (const i of cuesAfter) if (!speech(i)) candidates.push([i, after, 'after']);
  // The first cue with a subject wins; a cue without one ("…, adding: “…”") still marks the quote as attributed.
  let fallback: Attribution | null = null;
  for (const [cue, within, side] of candidates) {
    const read =
      side === 'nominal'
        ? reader.before(cue - 1, within.tokens[0])
        : subjectOf(reader, cue, within, unit, side === 'after', vocabulary);
    // "Ann Lee, star of “Night Shift,” thanked Tom Vane for …": after a quote inside its sentence, a name after the
    // verb that "for" follows is the object of a verb of judging (Levin §33), never an inverted speaker.
    const found =
      read && side === 'after' && read[0] > cue && isObjectAfterFragment(reader, read, unit, quoteWithMarks)
        ? null
        : read;
    // A thing or an event cannot speak ("the missiles", "the talks"): such a phrase is not the cue's subject.
    let phrase = found && !namesThing(reader, found, vocabulary) ? found : null;
    // "“…” about the decision, said Ann Lee": the phrase before was no speaker; an inverted subject may follow.
    if (!phrase && found && side === 'after' && vocabulary.cues.get(tokens[cue]!.lower) === 'speech') {
      const inverted = reader.after(cue + 1, within.tokens[1]);
      if (inverted && !namesThing(reader, inverted, vocabulary)) phrase = inverted;
    }
    // "“…” in contrast to the campaigns that took on that function, says Ann Lee": after a comma, a verb of
    // saying followed by a name has that name for its subject, not the description before the comma.
    // A described source ("an intelligence source, who …, told Fox News") keeps the verb: the name after is its
    // addressee.
    const described = phrase !== null && vocabulary.indefinites.has(tokens[phrase[0]]!.lower);
    // "“…” for Ann Lee, said Tom Vane": a name inside the words after the quote is no subject either.
    const opensRegion = phrase !== null && tokens.slice(within.tokens[0], phrase[0]).every((t) => t.pos === 'PUNCT');
    if (phrase && side === 'after' && !described && (!looksNamed(reader, phrase, within.tokens[0]) || !opensRegion)) {
      const inverted = invertedAfterComma(reader, cue, within, vocabulary);
      if (inverted) phrase = inverted;
    }
    // "The paradox of it, says Ann Lee, a historian, is that she was “…”", "In other words, explained Ann Lee: “…”":
    // a verb of saying after a comma, then a name, names the speaker; the phrase before it is no subject.
    // A phrase governed by a preposition ("In other words") is no subject, even when it reads as a described source.
    const governed = phrase !== null && tokens[phrase[0] - 1]?.pos === 'ADP';
    if (side === 'before' && (!described || governed) && (!phrase || !looksNamed(reader, phrase, within.tokens[0]))) {
      const inverted = invertedAfterComma(reader, cue, within, vocabulary);
      if (inverted && (reader.isSeparator(inverted[1]) || tokens[inverted[1]]?.lower === ':')) phrase = inverted;
    }
    const attribution = {
      cue: text.slice(tokens[cue]!.start, tokens[cue]!.end),
      cueSpan: { start: tokens[cue]!.start, end: tokens[cue]!.end },
      phrase: phrase ? reader.span(phrase) : null,
      clause: within,
    };
    if (phrase) return attribution;
    fallback ??= attribution;
  }
  if (fallback) return fallback;
  const unlisted = unlistedVerbAfter(text, reader, quoteWithMarks, after, vocabulary);
  if (unlisted) return unlisted;
  // "was asked by Tom Vane whether …", "has been called “…” by Tom Vane": the passive's agent speaks.
  const passive = passiveAgent(reader, unit, quoteWithMarks, vocabulary);
  if (passive && !namesThing(reader, passive.agent, vocabulary))
    return attributionAt(text, reader, passive.verb, passive.agent, unit);
  return accordingTo(
    text,
    reader,
    region(tokens, unit.start, unit.end),
    otherQuotesInUnit.concat([quoteWithMarks]),
    vocabulary,
  );
}

function attributionAt(text: string, reader: PhraseReader, cue: number, phrase: TokenRange, clause: Span): Attribution {
  const token = reader.tokens[cue]!;
  return {
    cue: text.slice(token.start, token.end),
    cueSpan: { start: token.start, end: token.end },
    phrase: reader.span(phrase),
    clause,
  };
}

function isObjectAfterFragment(reader: PhraseReader, phrase: TokenRange, unit: Span, quote: Span): boolean {
  const tokens = reader.tokens;
  if (tokens[phrase[1]]?.lower !== 'for') return false;
  const [from, to] = tokenRange(tokens, unit.start, quote.start);
  for (let i = from; i < to; i++) if (tokens[i]!.pos !== 'PUNCT') return true;
  return false;
}

/** The word at `word` follows the quote's closing mark with only a space between, and no punctuation ends the quote. */
function runsInto(text: string, quoteWithMarks: Span, word: number): boolean {
  if (word < quoteWithMarks.end || text.slice(quoteWithMarks.end, word).trim() !== '') return false;
  return /[\p{L}\p{N}]/u.test(text[quoteWithMarks.end - 2] ?? '');
}

/**
 * "Although the office has maintained that …, Ann Lee said: “…”": a cue inside an opening subordinate clause
 * is tried after those of the main clause.
 */
function mainClauseFirst(tokens: readonly Token[], cues: number[], unit: Span, vocabulary: QuoteVocabulary): number[] {
  const [from, to] = tokenRange(tokens, unit.start, unit.end);
  if (from >= to || !vocabulary.subordinators.has(tokens[from]!.lower)) return cues;
  let comma = from + 1;
  while (comma < to && tokens[comma]!.lower !== ',') comma++;
  if (comma >= to) return cues;
  return [...cues.filter((i) => i > comma), ...cues.filter((i) => i < comma)];
}

/** "X suggested …, while Ann Lee said that the “…”": the cue of the quote's own clause first (own-clause.ts). */
function ownClauseFirst(reader: PhraseReader, before: Region, cues: number[]): number[] {
  const own = ownClauseCue(reader, before.tokens[0], before.tokens[1], cues);
  return own === null ? cues : [own, ...cues.filter((i) => i !== own)];
}

/**
 * "She said that …, to which Tom Vane interjected: “…”", "a woman asked for a photo and Ann Lee said, “…”": the
 * verb right before the colon or comma that introduces the quote is its cue, before any earlier verb.
 */
function introducingCueFirst(text: string, tokens: readonly Token[], cues: number[], quote: Span): number[] {
  const introducing = cues.find(
    (i) =>
      (tokens[i + 1]?.lower === ':' || (tokens[i + 1]?.lower === ',' && !coordinated(tokens, i))) &&
      /^\s*$/.test(text.slice(tokens[i + 1]!.end, quote.start)),
  );
  return introducing === undefined ? cues : [introducing, ...cues.filter((i) => i !== introducing)];
}

/**
 * "Ann Lee said the members will meet, but said, “…”": a verb coordinated with an earlier one shares its
 * subject, which the first verb reads best; such a verb is not moved ahead of it.
 */
function coordinated(tokens: readonly Token[], cue: number): boolean {
  let j = cue - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  return j >= 0 && tokens[j]!.pos === 'CCONJ';
}

/** Is the phrase headed by a noun for a thing or an event (lexicon quote-attribution-words, non-speaker)? */
function namesThing(reader: PhraseReader, phrase: TokenRange, vocabulary: QuoteVocabulary): boolean {
  const tokens = reader.tokens;
  // A bare relative pronoun ("anybody who complains …") speaks for a phrase outside the attribution.
  if (phrase[1] - phrase[0] === 1 && RELATIVE_PRONOUNS.has(tokens[phrase[0]]!.lower)) return true;
  // "rejects any indicators that suggest …": the verb sits in a relative clause on a thing ("that", "which"
  // speak for the noun before them; a person would take "who"), so it is not the quote's cue.
  const end = tokens[phrase[1] - 1]!;
  if (phrase[1] - phrase[0] > 1 && end.pos === 'PRON' && (end.lower === 'that' || end.lower === 'which')) return true;
  let last = phrase[1] - 1;
  // "people familiar with the talks": the head stands before the knowing word.
  for (let i = phrase[0] + 1; i < phrase[1]; i++)
    if (vocabulary.knowing.has(tokens[i]!.lower)) last = Math.min(last, i - 1);
  // "Ann Lee of the Law School": the head stands before "of", unless the word before it counts ("one of the
  // missiles", "two of the bills").
  for (let i = phrase[0] + 1; i < last; i++) {
    if (tokens[i]!.lower !== 'of') continue;
    const before = tokens[i - 1]!;
    if (before.pos !== 'NUM' && !vocabulary.indefinites.has(before.lower)) last = i - 1;
    break;
  }
  while (last > phrase[0] && tokens[last]!.pos === 'PUNCT') last--;
  // "said Steven Law": a capitalised head after another capitalised word is a name, whatever the word means.
  const named = (i: number) => tokens[i]!.pos === 'PROPN' && reader.isCapitalised(i);
  if (last > phrase[0] && named(last) && named(last - 1)) return false;
  // "“…,” Law said": a capitalised word alone inside a sentence is a name ("Law", "Bill"), not the common noun.
  if (last === phrase[0] && named(last) && !atSentenceStart(tokens, last)) return false;
  return vocabulary.nonSpeakerHeads.has(tokens[last]!.lower);
}

/** Does token `i` open its sentence (nothing before it, or a full stop, question or exclamation mark)? */
function atSentenceStart(tokens: readonly Token[], i: number): boolean {
  const previous = tokens[i - 1];
  return previous === undefined || ['.', '?', '!'].includes(previous.lower);
}

function region(tokens: readonly Token[], start: number, end: number): Region {
  return { start, end, tokens: tokenRange(tokens, start, end) };
}

function verbalCues(reader: PhraseReader, within: Region, vocabulary: QuoteVocabulary): number[] {
  const tokens = reader.tokens;
  const found: number[] = [];
  for (let i = within.tokens[0]; i < within.tokens[1]; i++) {
    const t = tokens[i]!;
    // The tag first: comparing it is cheaper than the look-up, and most tokens are not verbs.
    if (
      (t.pos !== 'VERB' && t.pos !== 'AUX' && !isTaggedAsAdjective(tokens, i) && !isTaggedAsNoun(reader, i)) ||
      !vocabulary.cues.has(t.lower)
    )
      continue;
    // "Asked what it means, Ann Lee replied: …": an opening participle clause, not the cue.
    if (i === within.tokens[0] && t.start === within.start && vocabulary.subordinators.has(t.lower)) continue;
    // "the self-described group": a verb form joined by a hyphen is part of an adjective.
    if (i > 0 && reader.isWordHyphen(i - 1)) continue;
    if (isNounAfterBrand(tokens, i) || isNamingParticiple(reader, i)) continue;
    if (isPassive(tokens, i, within.tokens[0]) || isAdjectival(tokens, i, within.tokens[0], vocabulary)) continue;
    // "said to be" is a hedge about identity, not an attribution.
    if (tokens[i + 1]?.lower === 'to' && ['be', 'have'].includes(tokens[i + 2]?.lower ?? '')) continue;
    found.push(i);
  }
  return found;
}

/**
 * "posted an Instagram comment/VERB of her own, saying": after "a"/"an" and a name, a verb form followed by "of" or
 * a participle is the head of a noun phrase ("a Democrat said" is a verb: a comma follows).
 */
function isNounAfterBrand(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (
    /^an?$/.test(tokens[i - 2]?.lower ?? '') &&
    tokens[i - 1]?.pos === 'PROPN' &&
    (next?.lower === 'of' || (next?.pos === 'VERB' && next.lower.endsWith('ing')))
  );
}

/**
 * "…, chiding/NOUN him, “…”": an -ing form the tagger read as a noun, after a comma and before an object
 * pronoun, is a participle.
 */
function isParticipleWithObject(tokens: readonly Token[], i: number): boolean {
  return (
    tokens[i]!.lower.endsWith('ing') && tokens[i - 1]?.lower === ',' && OBJECT_PRONOUNS.has(tokens[i + 1]?.lower ?? '')
  );
}

/**
 * "Ann Lee fumed/ADJ on Tuesday": a past form the tagger read as an adjective, right after a name or pronoun; "with
 * Ann Lee recently promising/ADJ to": an -ing form so read after a name, past its adverbs.
 */
function isTaggedAsAdjective(tokens: readonly Token[], i: number): boolean {
  if (tokens[i]!.pos !== 'ADJ') return false;
  if (tokens[i]!.lower.endsWith('ed')) return ['PROPN', 'PRON'].includes(tokens[i - 1]?.pos ?? '');
  if (!tokens[i]!.lower.endsWith('ing')) return false;
  let j = i - 1;
  while (j >= 0 && tokens[j]!.pos === 'ADV') j--;
  return tokens[j]?.pos === 'PROPN';
}

/**
 * "“…,” Ann Lee notes/NOUN.": a verb form the tagger read as a noun, right after a name or he/she (not after a
 * determiner: "the Lee comments") and right before the punctuation that ends the attribution.
 */
function isTaggedAsNoun(reader: PhraseReader, i: number): boolean {
  const tokens = reader.tokens;
  const previous = tokens[i - 1];
  if (tokens[i]!.pos === 'NOUN' && isParticipleWithObject(tokens, i)) return true;
  if (tokens[i]!.pos !== 'NOUN' || !previous || tokens[i + 1]?.pos !== 'PUNCT') return false;
  // Not after a modifier of the name ("the Lee comments", "in many Asian states,"): that name is a modifier too.
  const named =
    previous.pos === 'PROPN' &&
    reader.isCapitalised(i - 1) &&
    !['DET', 'ADJ', 'NUM', 'ADP'].includes(tokens[i - 2]?.pos ?? '');
  return named || (previous.pos === 'PRON' && (previous.lower === 'he' || previous.lower === 'she'));
}

/** A speech-act noun after a possessive: "Ann Lee’s call for a “…”". Returns the noun's token index. */
function nominalCue(tokens: readonly Token[], within: Region, vocabulary: QuoteVocabulary): number | undefined {
  for (let i = within.tokens[1] - 1; i > within.tokens[0]; i--) {
    if (tokens[i]!.pos === 'NOUN' && vocabulary.cues.has(tokens[i]!.lower) && POSSESSIVE.test(tokens[i - 1]!.lower))
      return i;
  }
  return undefined;
}

/**
 * "a swiftly called meeting": a participle after a determiner is an adjective, not a verb of saying. A
 * determiner that stands alone as a pronoun ("Another tweeted, “…”", "Some said that …"; lexicon
 * quote-attribution-words, indefinite) is the verb's subject unless a noun follows the verb ("several reported
 * cases").
 */
function isAdjectival(tokens: readonly Token[], cue: number, floor: number, vocabulary: QuoteVocabulary): boolean {
  let j = cue - 1;
  while (j >= floor && tokens[j]!.pos === 'ADV') j--;
  if (j < floor || tokens[j]!.pos !== 'DET' || /^(that|this)$/.test(tokens[j]!.lower)) return false;
  const pronoun = vocabulary.indefinites.has(tokens[j]!.lower) && !/^an?$/.test(tokens[j]!.lower);
  return !pronoun || ['NOUN', 'PROPN', 'ADJ'].includes(tokens[cue + 1]?.pos ?? '');
}

function isPassive(tokens: readonly Token[], cue: number, floor: number): boolean {
  // "is telling": a progressive, not a passive.
  if (tokens[cue]!.lower.endsWith('ing')) return false;
  let j = cue - 1;
  while (j >= floor && tokens[j]!.pos === 'ADV') j--;
  return j >= floor && BE_FORMS.has(tokens[j]!.lower);
}

/** Steps back over auxiliaries and adverbs ("has also said"), never over a hedge or a possessive. */
function skipAuxiliaries(reader: PhraseReader, from: number, floor: number): number {
  const tokens = reader.tokens;
  let j = from;
  while (
    j - 1 >= floor &&
    ['AUX', 'ADV', 'PART'].includes(tokens[j - 1]!.pos) &&
    !POSSESSIVE.test(tokens[j - 1]!.lower) &&
    !reader.isCapitalised(j - 1)
  )
    j--;
  return j;
}

/**
 * The subject of the cue: the phrase before it; past a time adverbial ("X on Sunday said"); past a
 * parenthetical clause between commas ("Ann Lee, who met him, said"); the name before an apposition ("Ann Lee,
 * one of the senior members of the board, said" → Ann Lee); an appositive name ("Ann Lee's brother, Tom Lee,
 * said"); the main clause's subject for a participle or a coordinated verb ("X issued a statement saying", "X
 * arrived and said"); the phrase after it when nothing precedes ("“…,” said Ann Lee").
 */
function subjectOf(
  reader: PhraseReader,
  cue: number,
  within: Region,
  unit: Span,
  isAfterQuote: boolean,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  const tokens = reader.tokens;
  const floor = within.tokens[0];
  if (tokens[cue]!.lower.endsWith('ing') && !isProgressive(tokens, cue, floor)) {
    // "footage of Ann Lee saying", "with Ann Lee recently promising": a participle right after a name, past its
    // adverbs, is that person's speech.
    let verbStart = cue;
    while (verbStart - 1 > floor && tokens[verbStart - 1]!.pos === 'ADV' && !reader.isCapitalised(verbStart - 1))
      verbStart--;
    const named = verbStart - 1 >= floor && !reader.isSeparator(verbStart - 1) ? reader.before(verbStart, floor) : null;
    if (named && looksNamed(reader, [Math.max(named[0], lastOf(tokens, named)), named[1]], floor))
      return [Math.max(named[0], lastOf(tokens, named)), named[1]];
    const saying = vocabulary.cues.get(tokens[cue]!.lower) === 'speech';
    return (
      governingSubject(reader, cue, floor, unit, vocabulary) ?? (saying ? nameOpeningClause(reader, cue, floor) : null)
    );
  }
  // "X took to the stage to accuse Y of …": an infinitive's subject is the main clause's.
  if (cue - 1 >= floor && tokens[cue - 1]!.lower === 'to' && tokens[cue - 1]!.pos === 'PART')
    return governingSubject(reader, cue - 1, floor, unit, vocabulary);
  const j = skipTimeAdverbial(reader, skipAuxiliaries(reader, cue, floor), floor, vocabulary);
  const previous = tokens[j - 1];
  if (j - 1 >= floor && previous && previous.pos === 'CCONJ')
    return governingSubject(reader, j - 1, floor, unit, vocabulary);
  const subject = subjectEndingAt(reader, j, floor, unit, vocabulary);
  if (subject) return subject;
  const onlyPunctuationBefore = tokens.slice(floor, cue).every((t) => t.pos === 'PUNCT');
  // "“…,” said Ann Lee" and, opening a sentence, "Said Ann Lee, who …: “…”".
  // Not after an earlier quote of the sentence ("X, star of “…,” thanked Tom Vane for “…”": Tom Vane is the object).
  const opensSentence = cue === floor && within.start === unit.start;
  return onlyPunctuationBefore && (isAfterQuote || opensSentence) ? reader.after(cue + 1, within.tokens[1]) : null;
}

/** The subject phrase that ends just before token j (a verb or its first auxiliary). */
function subjectEndingAt(
  reader: PhraseReader,
  j: number,
  floor: number,
  unit: Span,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  const tokens = reader.tokens;
  const direct = knowingSource(
    reader,
    withPrepositionalHead(reader, reader.before(j, floor), floor),
    floor,
    vocabulary,
  );
  if (direct)
    return (
      documentAuthor(reader, direct, floor, vocabulary) ??
      relativeClauseHead(reader, direct, floor, unit, true) ??
      withApposition(reader, direct, floor)
    );
  if (j - 1 < floor || !reader.isSeparator(j - 1)) return null;
  let k = j - 2;
  while (k >= floor && !reader.isSeparator(k)) k--;
  const first = tokens[k + 1];
  const parenthetical =
    k >= floor &&
    first !== undefined &&
    (['VERB', 'ADP', 'SCONJ'].includes(first.pos) ||
      tokens.slice(k + 1, j - 1).some((t) => t.lower === 'who' || t.lower === 'which'));
  if (parenthetical) {
    const subject = reader.before(k, floor);
    if (subject) return withApposition(reader, subject, floor);
  }
  // "Bank President Ann Vogel, one of the more hawkish members of the council, said": the name before the
  // apposition speaks, whatever the description says.
  // "Ann Lee's friend, Tom Bell, said": a name in the last apposition speaks.
  const last = reader.before(j - 1, floor);
  if (last && last[0] === k + 1 && looksNamed(reader, last, floor) && !continuesPlace(reader, k, floor))
    return relativeClauseHead(reader, last, floor, unit) ?? withApposition(reader, last, floor);
  // Else walked back over up to three descriptions ("Ann Lee, the mayor of Ashby, one of the towns suing, said"),
  // never to the object of a preposition ("In Ashby, …").
  for (let boundary = k, steps = 0; boundary >= floor && steps < MAX_APPOSITIONS; steps++) {
    const head = reader.before(boundary, floor);
    if (head && looksNamed(reader, head, floor) && reader.tokens[head[0] - 1]?.pos !== 'ADP')
      return relativeClauseHead(reader, head, floor, unit) ?? head;
    // "The party’s letter to Ann Lee, the commissioner, said": the name is the letter's addressee; its author speaks.
    const author =
      head && reader.tokens[head[0] - 1]?.pos === 'ADP' ? authorOfLetterTo(reader, head, floor, vocabulary) : null;
    if (author) return author;
    let previous = boundary - 1;
    while (previous >= floor && !reader.isSeparator(previous)) previous--;
    if (previous < floor || hasFiniteVerb(reader.tokens, previous + 1, boundary)) break;
    boundary = previous;
  }
  const apposition = reader.before(j - 1, floor);
  return apposition
    ? (relativeClauseHead(reader, apposition, floor, unit) ?? withApposition(reader, apposition, floor))
    : null;
}

/**
 * "The party’s letter said": a document speaks for the one who owns it. Returns the possessor, else null.
 */
function documentAuthor(
  reader: PhraseReader,
  phrase: TokenRange,
  floor: number,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  const tokens = reader.tokens;
  const last = phrase[1] - 1;
  if (!vocabulary.documents.has(tokens[last]!.lower)) return null;
  // The mark may end the phrase reader's reach ("Conservatives ’/PUNCT letter"): look one token before it too.
  for (let i = last - 1; i >= Math.max(phrase[0] - 1, floor + 1); i--)
    if (POSSESSIVE.test(tokens[i]!.lower) && tokens[i]!.start === tokens[i - 1]!.end) return reader.before(i, floor);
  return null;
}

/**
 * "The party’s letter to Ann Lee, …, said" (the name after a preposition), "a letter from the union, …, warns":
 * the document's author, the possessor before it or the name after from/by.
 */
function authorOfLetterTo(
  reader: PhraseReader,
  object: TokenRange,
  floor: number,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  const preposition = object[0] - 1;
  const document = reader.before(preposition, floor);
  if (!document || !vocabulary.documents.has(reader.tokens[document[1] - 1]!.lower)) return null;
  return ['from', 'by'].includes(reader.tokens[preposition]!.lower)
    ? object
    : documentAuthor(reader, document, floor, vocabulary);
}

/**
 * "two people familiar with the talks said": the phrase before the verb is the object of a knowing word
 * (lexicon quote-attribution-words, knowing); the source is the noun phrase before it, with its modifier.
 */
function knowingSource(
  reader: PhraseReader,
  phrase: TokenRange | null,
  floor: number,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  if (!phrase) return null;
  const tokens = reader.tokens;
  const preposition = phrase[0] - 1;
  const knowing = preposition - 1;
  if (knowing < floor || tokens[preposition]!.pos !== 'ADP' || !vocabulary.knowing.has(tokens[knowing]!.lower))
    return phrase;
  const source = reader.before(knowing, floor);
  return source ? [source[0], phrase[1]] : phrase;
}

/** The first token after the last "of" in the phrase ("footage of Ann Lee" → "Ann"), else the phrase start. */
function lastOf(tokens: readonly Token[], phrase: TokenRange): number {
  for (let i = phrase[1] - 1; i >= phrase[0]; i--) if (tokens[i]!.lower === 'of') return i + 1;
  return phrase[0];
}

/** A phrase that ends in a name: its last word is capitalised and not a pronoun, a determiner or a possessive. */
function looksNamed(reader: PhraseReader, phrase: TokenRange, floor: number): boolean {
  // "Ann Lee (D-Ohio)": the name stands before the bracket.
  let end = phrase[1];
  if (reader.tokens[end - 1]!.lower === ')') while (end - 1 > phrase[0] && reader.tokens[end - 1]!.lower !== '(') end--;
  if (end - 1 > phrase[0] && reader.tokens[end - 1]!.lower === '(') end--;
  const last = reader.tokens[end - 1]!;
  if (!reader.isCapitalised(end - 1) || ['PRON', 'DET'].includes(last.pos) || POSSESSIVE.test(last.lower)) return false;
  // "a close friend of Ann Lee": the name is the friend's relation, not the speaker.
  const words = reader.tokens.slice(phrase[0], phrase[1]);
  if (words.some((t) => t.lower === 'of') || ['a', 'an'].includes(words[0]!.lower)) return false;
  // A capital that only opens the sentence ("Officials, …") does not make a name.
  return last.pos === 'PROPN' || end - 1 > floor;
}

/**
 * "a salesman from Ashby, Ohio, said": the part after the comma at `comma` finishes the place named before it
 * (a preposition then a capitalised name), so it is no appositive name.
 */
function continuesPlace(reader: PhraseReader, comma: number, floor: number): boolean {
  const tokens = reader.tokens;
  let i = comma - 1;
  while (i > floor && tokens[i]!.pos === 'PROPN' && reader.isCapitalised(i)) i--;
  return i < comma - 1 && i >= floor && tokens[i]!.pos === 'ADP';
}

/** ", says Ann Lee": a verb of saying right after a comma, followed by a name that is no time word. */
function invertedAfterComma(
  reader: PhraseReader,
  cue: number,
  within: Region,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  const tokens = reader.tokens;
  if (vocabulary.cues.get(tokens[cue]!.lower) !== 'speech' || !reader.isSeparator(cue - 1)) return null;
  const inverted = reader.after(cue + 1, within.tokens[1]);
  if (!inverted || tokens[inverted[0]]!.pos !== 'PROPN' || vocabulary.timeWords.has(tokens[inverted[0]]!.lower))
    return null;
  return looksNamed(reader, [inverted[0], inverted[0] + 1], within.tokens[0]) ? inverted : null;
}

/** A finite verb (not a participle) between two token indices: a clause, not a description. */
function hasFiniteVerb(tokens: readonly Token[], from: number, to: number): boolean {
  for (let i = from; i < to; i++)
    if ((tokens[i]!.pos === 'VERB' || tokens[i]!.pos === 'AUX') && !/(ing|ed|en)$/.test(tokens[i]!.lower)) return true;
  return false;
}

/** "is telling", "was saying": a progressive is a finite verb, with its subject before the auxiliary. */
function isProgressive(tokens: readonly Token[], cue: number, floor: number): boolean {
  let j = cue - 1;
  while (j >= floor && tokens[j]!.pos === 'ADV') j--;
  return (
    j >= floor &&
    tokens[j]!.pos === 'AUX' &&
    BE_FORMS.has(tokens[j]!.lower) &&
    !['been', 'being', 'be'].includes(tokens[j]!.lower)
  );
}

/** "Ann Lee on Sunday said", "the ministry late Tuesday confirmed": the subject lies before the time phrase. */
function skipTimeAdverbial(reader: PhraseReader, j: number, floor: number, vocabulary: QuoteVocabulary): number {
  const tokens = reader.tokens;
  let k = j;
  while (k - 1 >= floor && vocabulary.timeWords.has(tokens[k - 1]!.lower)) k--;
  if (k === j) return j;
  // "at the time", "less than two weeks ago": openers, determiners and numbers before the time words.
  while (k - 1 >= floor && (vocabulary.timeOpeners.has(tokens[k - 1]!.lower) || tokens[k - 1]!.pos === 'NUM')) k--;
  // "Ann Lee, who …, on Friday described": after an apposition's comma, too, a time phrase that opens with a
  // preposition is no subject ("…, Early described": a name that is also a time word is one).
  const opensWithPreposition = tokens[k]!.pos === 'ADP' && !reader.isCapitalised(k);
  return reader.before(k, floor) || (k - 1 >= floor && reader.isSeparator(k - 1) && opensWithPreposition) ? k : j;
}

/** The subject of the nearest finite verb before `from` in the region ("Ann Lee released a statement saying"). */
function governingSubject(
  reader: PhraseReader,
  from: number,
  floor: number,
  unit: Span,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  const tokens = reader.tokens;
  for (let i = from - 1; i >= floor; i--) {
    const t = tokens[i]!;
    if (t.pos !== 'VERB' || t.lower.endsWith('ing') || reader.isCapitalised(i)) continue;
    // "to suspend open-carry rights": a verb form joined by a hyphen is part of a compound, not a clause's verb.
    if (i > floor && reader.isWordHyphen(i - 1)) continue;
    // "a message of continued support": a verb form after a determiner, adjective or preposition is an adjective;
    // "a statement approved by …" is a passive participle inside a noun phrase.
    if (['DET', 'ADJ', 'ADP'].includes(tokens[i - 1]?.pos ?? '') || tokens[i + 1]?.lower === 'by') continue;
    // "a Twitter comment", "Ann's comments": a noun the tagger read as a verb, inside a noun phrase.
    if (
      (tokens[i - 2]?.pos === 'DET' && ['PROPN', 'NOUN', 'ADJ'].includes(tokens[i - 1]?.pos ?? '')) ||
      POSSESSIVE.test(tokens[i - 1]?.lower ?? '')
    )
      continue;
    // "a class called “Perception”": a verb of naming right after a common noun, before the name it gives, is a
    // participle modifying the noun, not the clause's verb.
    if (isNamingParticiple(reader, i)) continue;
    // "his refusal to release his taxes, calling it …": an infinitive is not the main clause's verb.
    if (tokens[i - 1]?.lower === 'to') continue;
    // "rejects any signs that suggest …": a verb of a relative clause is not the main clause's.
    if (['that', 'which', 'who'].includes(tokens[i - 1]?.lower ?? '')) continue;
    const j = skipTimeAdverbial(reader, skipAuxiliaries(reader, i, floor), floor, vocabulary);
    // "“…,” said Ann Lee, adding that “…”": an inverted verb of saying has its subject after it.
    const inverted =
      vocabulary.cues.get(t.lower) === 'speech' && tokens.slice(floor, i).every((x) => x.pos === 'PUNCT')
        ? reader.after(i + 1, from)
        : null;
    const subject = subjectEndingAt(reader, j, floor, unit, vocabulary);
    // "Ann Lee repeated claims that Tom Vane recites …, calling him …": a complement clause's verb is not the main one.
    if (subject && tokens[subject[0] - 1]?.lower === 'that' && tokens[subject[0] - 1]?.pos === 'SCONJ') continue;
    return subject ?? inverted;
  }
  return null;
}

/**
 * Prepositions that tie a subject's head noun to a place ("the senator from Ohio", "officials in Ashby"); "a
 * spokesman for/at/with X" is describedSourceFor's (source-for.ts), where the source stays apart from X.
 */
const HEAD_PREPOSITIONS = new Set(['from', 'in']);

/**
 * "The senator from Ohio said", "Officials in Ashby said": read back from the verb, the phrase stops at the name
 * after the preposition, but the subject is the noun or name that the prepositional phrase completes ("Ann Lee
 * from Ashby"). A preposition that opens the clause ("In Ashby Ann Lee said") completes nothing.
 */
function withPrepositionalHead(reader: PhraseReader, phrase: TokenRange | null, floor: number): TokenRange | null {
  if (!phrase) return phrase;
  const preposition = phrase[0] - 1;
  const t = reader.tokens[preposition];
  if (preposition - 1 < floor || t?.pos !== 'ADP' || !HEAD_PREPOSITIONS.has(t.lower)) return phrase;
  // Only a place's name completes a head ("from Ohio"); "in a title game many" is no subject at all.
  if (reader.tokens[phrase[0]]!.pos !== 'PROPN' || !reader.isCapitalised(phrase[0])) return phrase;
  const head = reader.before(preposition, floor);
  if (!head || head[1] !== preposition || !['NOUN', 'PROPN'].includes(reader.tokens[preposition - 1]!.pos))
    return phrase;
  // One phrase, not a list or an opening adverbial ("Last month, a group of experts in Ashby").
  for (let i = head[0]; i < head[1]; i++) if (reader.isSeparator(i)) return phrase;
  return [head[0], phrase[1]];
}

/**
 * "Ann Lee shot/NOUN back, saying “…”": when the tagger read the main verb as a noun, a participle of saying after
 * a comma still hangs on the name that opens the clause, if nothing but that name's predicate stands between.
 */
function nameOpeningClause(reader: PhraseReader, cue: number, floor: number): TokenRange | null {
  if (cue - 1 <= floor || !reader.isSeparator(cue - 1)) return null;
  let start = floor;
  while (start < cue && reader.tokens[start]!.pos === 'PUNCT') start++;
  // The phrase reader would take the verb read as a noun into the name ("Ann Lee shot"): the capitalised run only.
  let end = start;
  while (end < cue - 1 && reader.tokens[end]!.pos === 'PROPN' && reader.isCapitalised(end)) end++;
  if (end === start || end >= cue - 1) return null;
  const opening: TokenRange = [start, end];
  if (!looksNamed(reader, opening, floor)) return null;
  // Only one clause: a separator between the name and the participle's comma would open another.
  for (let i = end; i < cue - 1; i++) if (reader.isSeparator(i)) return null;
  return opening;
}

/** "Ann Lee - a nurse from Ohio - said": the name before the separator belongs with the description. */
function withApposition(reader: PhraseReader, phrase: TokenRange, floor: number): TokenRange {
  if (phrase[0] - 1 <= floor || !reader.isSeparator(phrase[0] - 1)) return phrase;
  if (phrase[1] - phrase[0] === 1 && reader.tokens[phrase[0]]!.pos === 'PRON') return phrase;
  const head = reader.before(phrase[0] - 1, floor);
  if (!head || ['ADP', 'ADV'].includes(reader.tokens[head[0]]!.pos)) return phrase;
  // "In the letter - addressed to Ann Lee - the senator asks": a dash that closes a parenthetical opened by an
  // earlier dash ends an aside; the phrase after it is the clause's own subject.
  if (reader.tokens[phrase[0] - 1]!.lower !== ',' && closesDashPair(reader, floor, head[0])) return phrase;
  // "In a speech on the war, officials said": only a phrase that opens its clause can be a description.
  const opensClause =
    head[0] === floor || reader.isSeparator(head[0] - 1) || reader.tokens[head[0] - 1]!.pos === 'CCONJ';
  return opensClause ? [head[0], phrase[1]] : phrase;
}

/** Is there a dash between spaces in [floor, before)? */
function closesDashPair(reader: PhraseReader, floor: number, before: number): boolean {
  for (let k = floor; k < before; k++) if (reader.tokens[k]!.lower !== ',' && reader.isSeparator(k)) return true;
  return false;
}

/**
 * When the phrase found sits inside a relative clause ("a man who was joined by two aides tells …"), the
 * speaker is the phrase the clause hangs on.
 */
function relativeClauseHead(
  reader: PhraseReader,
  phrase: TokenRange,
  floor: number,
  unit: Span,
  closedByComma = false,
): TokenRange | null {
  const tokens = reader.tokens;
  const previous = tokens[phrase[0] - 1];
  if (previous === undefined || previous.start < unit.start || phrase[0] - 1 < floor) return null;
  for (let i = phrase[0] - 1; i >= floor; i--) {
    // "On the claim that there are officials who agree, Ann Lee said": a comma before the verb's own subject
    // closes the relative clause.
    if (closedByComma && reader.isSeparator(i)) return null;
    if (tokens[i]!.lower !== 'who') continue;
    // "Ole Brand, who Ann Lee on Wednesday called “…”": a name or pronoun right after the relative pronoun is
    // the relative clause's own subject, and the one who speaks ("whom" is never the head's, so never read).
    if (i === phrase[0] - 1 && ownSubjectOfRelative(reader, phrase)) return null;
    const end = reader.isSeparator(i - 1) ? i - 1 : i;
    const head = reader.before(end, floor);
    return head ? withApposition(reader, head, floor) : null;
  }
  return null;
}

/** A capitalized name or a subject pronoun: a phrase that can be a verb's subject on its own. */
function ownSubjectOfRelative(reader: PhraseReader, phrase: TokenRange): boolean {
  const first = reader.tokens[phrase[0]]!;
  if (first.pos === 'PRON') return SUBJECT_PRONOUNS.has(first.lower);
  return first.pos === 'PROPN' && reader.isCapitalised(phrase[0]);
}

function accordingTo(
  text: string,
  reader: PhraseReader,
  unit: Region,
  quotes: readonly Span[],
  vocabulary: QuoteVocabulary,
): Attribution | null {
  const tokens = reader.tokens;
  for (let i = unit.tokens[0]; i + 1 < unit.tokens[1]; i++) {
    if (tokens[i]!.lower !== 'according' || tokens[i + 1]!.lower !== 'to') continue;
    if (quotes.some((q) => tokens[i]!.start >= q.start && tokens[i]!.start < q.end)) continue;
    const nextQuote = Math.min(unit.end, ...quotes.map((q) => q.start).filter((s) => s > tokens[i]!.start));
    const ceiling = tokenRange(tokens, tokens[i]!.start, nextQuote)[1];
    const phrase = reader.after(i + 2, ceiling);
    const extended = phrase
      ? (documentFiledBy(reader, phrase, ceiling, vocabulary) ??
        extendWithModifiers(tokens, phrase, ceiling, vocabulary.knowing))
      : null;
    const cueSpan = { start: tokens[i]!.start, end: tokens[i + 1]!.end };
    return {
      cue: text.slice(cueSpan.start, cueSpan.end),
      cueSpan,
      phrase: extended ? reader.span(extended) : null,
      clause: { start: cueSpan.start, end: extended ? reader.span(extended).end : cueSpan.end },
    };
  }
  return null;
}

/**
 * "according to a court document filed by state attorney Ann Lee": a document speaks for the one who filed,
 * signed or wrote it, named after the participle and "by".
 */
function documentFiledBy(
  reader: PhraseReader,
  phrase: TokenRange,
  ceiling: number,
  vocabulary: QuoteVocabulary,
): TokenRange | null {
  const tokens = reader.tokens;
  const [, end] = phrase;
  if (!vocabulary.documents.has(tokens[end - 1]!.lower)) return null;
  const participle = tokens[end];
  if (participle?.pos !== 'VERB' || !/(ed|en)$/.test(participle.lower)) return null;
  if (tokens[end + 1]?.lower !== 'by') return null;
  return reader.after(end + 2, ceiling);
}

/** "an official familiar with the talks": a phrase of knowledge after the head belongs to the attribution. */
function extendWithModifiers(
  tokens: readonly Token[],
  phrase: TokenRange,
  ceiling: number,
  knowingWords: ReadonlySet<string>,
): TokenRange {
  const knowing = (i: number) => knowingWords.has(tokens[i]?.lower ?? '');
  let end = phrase[1];
  if (!knowing(end - 1) && !(end < ceiling && knowing(end))) return phrase;
  if (knowing(end)) end++;
  while (end < ceiling && !['PUNCT', 'VERB', 'CCONJ', 'AUX'].includes(tokens[end]!.pos)) end++;
  return [phrase[0], end];
}

/**
 * "“It is over,” Ann Lee sighed." with a verb the lexicon lacks: a quote whose words end in a comma, ? or !
 * inside the marks, followed by a name (or he/she) and a verb that closes the sentence, is attributed by that
 * verb. The comma inside the marks is the writer's sign that an attribution follows.
 */
/**
 * "“…,” Ann Lee shot/NOUN back.": a lower-case word the tagger read as a noun right after a capitalised name, before
 * an adverb or the end of the sentence, is the name's verb, not part of the phrase.
 */
function withoutVerbReadAsNoun(reader: PhraseReader, phrase: TokenRange): TokenRange {
  const tokens = reader.tokens;
  const last = phrase[1] - 1;
  const next = tokens[phrase[1]];
  const verbLike =
    last > phrase[0] &&
    tokens[last]!.pos === 'NOUN' &&
    /^\p{Ll}/u.test(tokens[last]!.lower) &&
    !reader.isWordHyphen(last - 1) &&
    tokens[last - 1]!.pos === 'PROPN' &&
    reader.isCapitalised(last - 1) &&
    (next === undefined || next.pos === 'ADV' || next.lower === '.');
  return verbLike ? [phrase[0], last] : phrase;
}

function unlistedVerbAfter(
  text: string,
  reader: PhraseReader,
  quoteWithMarks: Span,
  after: Region,
  vocabulary: QuoteVocabulary,
): Attribution | null {
  if (!/[,?!]$/.test(text.slice(quoteWithMarks.start, quoteWithMarks.end - 1))) return null;
  const tokens = reader.tokens;
  const read = reader.after(after.tokens[0], after.tokens[1]);
  if (!read || read[0] !== after.tokens[0] || namesThing(reader, read, vocabulary)) return null;
  const phrase = withoutVerbReadAsNoun(reader, read);
  const verb = phrase === read ? tokens[phrase[1]] : { ...tokens[phrase[1]]!, pos: 'VERB' };
  if (verb?.pos !== 'VERB' || verb.lower.endsWith('ing') || !/^\p{Ll}/u.test(text[verb.start] ?? '')) return null;
  const last = phrase[1] - 1;
  const named =
    looksNamed(reader, phrase, after.tokens[0]) || (tokens[last]!.pos === 'PROPN' && reader.isCapitalised(last));
  const pronoun = phrase[1] - phrase[0] === 1 && ['he', 'she'].includes(tokens[phrase[0]]!.lower);
  if (!named && !pronoun) return null;
  // The verb must close its clause, or be followed only by a particle or a short phrase ("shot back with a laugh");
  // an adverbial clause after a comma ("went on, as if he had not heard") leaves it the quote's verb.
  let clauseEnd = phrase[1] + 1;
  while (clauseEnd < after.tokens[1] && !reader.isSeparator(clauseEnd)) clauseEnd++;
  const rest = tokens.slice(phrase[1] + 1, clauseEnd);
  if (rest.some((t) => t.pos === 'VERB' || t.pos === 'AUX' || t.lower === '“' || t.lower === '"')) return null;
  const cueSpan = { start: verb.start, end: verb.end };
  return { cue: text.slice(verb.start, verb.end), cueSpan, phrase: reader.span(phrase), clause: after };
}
