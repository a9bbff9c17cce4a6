/**
 * Which way does a clause point? "met Monday" is the past Monday, "will meet Monday" the next one. We find the
 * verb groups of the sentence (runs of AUX/VERB/PART tokens from wink's tagger), classify each as past or
 * future by its auxiliaries and verb forms, and let the group nearest to the expression decide, where crossing a
 * clause boundary (a comma, "that", a quotation mark) counts as distance. No group with a tense → a default,
 * which the rule says.
 */
import type { ArticleDoc, Token } from '@dossier/core';
import type { Direction } from '@dossier/normalize';
import { loadLexicon, lexiconSet } from '@dossier/lexicons';
import { contextWords, temporalLexicon } from './lexicon.js';
import { sentenceAt, tokenIndexAt } from './tokens.js';

const GROUP_POS = new Set(['AUX', 'VERB', 'PART']);
const BOUNDARY_WORDS = contextWords('clause-boundaries');
const BOUNDARY_PUNCT = /^[,;:()“”"‘’—–-]$|^--$/;
const BOUNDARY_COST = 8;
/** Cues that belong to the expression's own neighbourhood rather than to a verb ("a June deadline", "next"). */
const LOCAL_FUTURE = contextWords('local-future-cues');
const LOCAL_WINDOW = 3;
const NEEDS_INFINITIVE = contextWords('future-needs-infinitive');
const LIMIT_PREPOSITIONS = contextWords('limit-prepositions');
const START_PREPOSITIONS = contextWords('start-prepositions');
const PAST_AUX = contextWords('past-auxiliaries');
const MODALS = contextWords('modal-auxiliaries');
const PERFECT_AUX = contextWords('perfect-auxiliaries');
const PASSIVE_OR_PROGRESSIVE_AUX = contextWords('be-auxiliaries');
const EXTENSION_VERBS = contextWords('extension-verbs');
const EXTENSION_PREPOSITIONS = contextWords('extension-prepositions');

type Way = 'past' | 'future';

interface Signal {
  way: Way;
  first: number;
  last: number;
  cue: string;
  /** A present tense: it points ahead only when no tensed verb is about as close ("takes effect Nov. 13"). */
  weak?: boolean;
  /** A witness a nearer reading may overrule, whatever its distance (Direction.loose). */
  loose?: boolean;
}

/** How many words may stand between a verb and the expression it governs closely ("was held on March 3"). */
const CLOSE_VERB_GAP = 3;

/** What a weak (present-tense) signal costs beyond its distance. */
const WEAK_COST = 3;

function isPastForm(token: Token, pastVerbs: Set<string>): boolean {
  return token.pos === 'VERB' && (pastVerbs.has(token.lower) || /[a-z]ed$/.test(token.lower));
}

/** Future auxiliaries keep a perfect in the future ("will have finished by Friday"). */
const FUTURE_PERFECT_AUX = contextWords('future-auxiliaries');

function isModalPerfect(tokens: readonly Token[], i: number): boolean {
  const t = tokens[i]!;
  return (
    t.pos === 'AUX' &&
    MODALS.has(t.lower) &&
    !FUTURE_PERFECT_AUX.has(t.lower) &&
    tokens[i + 1]?.lower === 'have' &&
    (tokens[i + 2]?.pos === 'VERB' || tokens[i + 2]?.pos === 'AUX')
  );
}

/** "had" among the group's tokens before position `i` ("had been scheduled", "had planned"). */
function hasPastPerfectBefore(tokens: readonly Token[], first: number, i: number): boolean {
  for (let k = first; k < i; k++) if (tokens[k]!.lower === 'had') return true;
  return false;
}

/** Tags before a lone participle that make it an adjective of the noun after it ("the hastily planned trip"). */
const BEFORE_ATTRIBUTIVE = new Set(['DET', 'ADV', 'ADJ']);

/**
 * A lone participle between a determiner, an adverb or an adjective and a noun modifies the noun ("the hastily
 * planned trip", "the injured man"): it tells no clause's tense.
 */
function isAttributiveParticiple(tokens: readonly Token[], first: number, last: number): boolean {
  if (first !== last || !/(?:ed|en)$/.test(tokens[first]!.lower)) return false;
  return BEFORE_ATTRIBUTIVE.has(tokens[first - 1]?.pos ?? '') && tokens[first + 1]?.pos === 'NOUN';
}

function classifyGroup(tokens: readonly Token[], first: number, last: number): Signal | null {
  const { futureCues, pastVerbs } = temporalLexicon();
  if (isAttributiveParticiple(tokens, first, last)) return null;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    // "set", "due", "ready", "plans" point forward only before an infinitive ("set to meet", not "set fire").
    const needsInfinitive = NEEDS_INFINITIVE.has(t.lower) && tokens[i + 1]?.lower !== 'to';
    // "may have been responsible", "would have met on Friday": a modal perfect looks back; "will have" does not.
    if (isModalPerfect(tokens, i)) return { way: 'past', first, last, cue: `past-tense(${t.lower}-have)` };
    if (futureCues.has(t.lower) && !needsInfinitive && (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'PART')) {
      // "had been scheduled to expire Friday", "had planned to leave Monday": a plan told in the past perfect was
      // made, and mostly overtaken, before the story's time, so its day lies behind.
      // Loose, so that a month-day only days ahead stays this year's ("had been set to expire Nov. 6").
      if (hasPastPerfectBefore(tokens, first, i))
        return { way: 'past', first, last, cue: `past-tense(had-${t.lower})`, loose: true };
      return { way: 'future', first, last, cue: `future-tense(${t.lower})` };
    }
    // "to be held", "to be signed": a passive infinitive points forward.
    if (t.lower === 'to' && tokens[i + 1]?.lower === 'be' && tokens[i + 2]?.pos === 'VERB')
      return { way: 'future', first, last, cue: 'future-tense(to-be)' };
  }
  const head = tokens[first]!;
  // A bare infinitive says nothing about time by itself, unless a word that points forward before an
  // infinitive, read as a noun or an adjective, stands before it ("the league plans to hold", "is due to rule").
  if (head.lower === 'to') return infinitiveAfterForwardWord(tokens, first, last);
  if (PAST_AUX.has(head.lower)) return { way: 'past', first, last, cue: `past-tense(${head.lower})` };
  if (PERFECT_AUX.has(head.lower) && last > first) return { way: 'past', first, last, cue: 'past-tense(perfect)' };
  if (PASSIVE_OR_PROGRESSIVE_AUX.has(head.lower)) return null;
  for (let i = first; i <= last; i++) {
    const t = tokens[i]!;
    const previous = tokens[i - 1];
    // A participle after be/have is not a simple past ("is held", "have agreed" are handled above).
    if (
      isPastForm(t, pastVerbs) &&
      !(previous && i > first && (PASSIVE_OR_PROGRESSIVE_AUX.has(previous.lower) || PERFECT_AUX.has(previous.lower)))
    ) {
      return { way: 'past', first, last, cue: `past-tense(${t.lower})` };
    }
  }
  return presentTense(tokens, first);
}

/**
 * "to hold" after "plans" or "due" that the tagger did not read as a verb: the infinitive points ahead. After a
 * past auxiliary ("was due to land") the auxiliary's own group decides, so nothing is said here.
 */
function infinitiveAfterForwardWord(tokens: readonly Token[], first: number, last: number): Signal | null {
  const word = tokens[first - 1];
  if (!word || !NEEDS_INFINITIVE.has(word.lower) || tokens[first + 1]?.pos !== 'VERB') return null;
  if (PAST_AUX.has(tokens[first - 2]?.lower ?? '')) return null;
  return { way: 'future', first: first - 1, last, cue: `future-tense(${word.lower}-to)` };
}

/**
 * A simple present that schedules: "the rule takes effect Nov. 13", "they meet Monday". Not a copula, a
 * verb of state or of saying (lexicon temporal-present-stative, and every form in reporting-verbs), a
 * participle, or a past form.
 */
function presentTense(tokens: readonly Token[], first: number): Signal | null {
  const head = tokens[first]!;
  if (head.pos !== 'VERB' || !/^[a-z]+$/.test(head.lower) || /(?:ing|ed|en)$/.test(head.lower)) return null;
  if (temporalLexicon().pastVerbs.has(head.lower) || stativePresent().has(head.lower)) return null;
  return { way: 'future', first, last: first, cue: `present-tense(${head.lower})`, weak: true };
}

/** How far before the date an extension verb may be ("extended its $18-a-share offer for the shares until …"). */
const EXTENSION_REACH = 12;

/** What may stand between "until" and the date: a clock time and its zone ("until 5 p.m. EST, Nov. 9"). */
const CLOCK_GAP = /^\s*(?:\d{1,2}(?::\d\d)?\s*(?:[ap]\.?m\.?)?\s*(?:[A-Z]{2,4})?\s*,?\s*)?$/;

/** The extension verb ("extended", "postponed") whose to/until phrase names the date at token `first`, if any. */
function extensionBefore(doc: ArticleDoc, sentenceStart: number, first: number): string | null {
  const tokens = doc.tokens;
  for (let i = first - 1; i >= Math.max(sentenceStart, first - EXTENSION_REACH); i--) {
    if (!EXTENSION_PREPOSITIONS.has(tokens[i]!.lower)) continue;
    if (!CLOCK_GAP.test(doc.body.slice(tokens[i]!.end, tokens[first]!.start))) return null;
    for (let j = i - 1; j >= Math.max(sentenceStart, first - EXTENSION_REACH); j--) {
      if (EXTENSION_VERBS.has(tokens[j]!.lower)) return tokens[j]!.lower;
      if (BOUNDARY_PUNCT.test(tokens[j]!.lower) && tokens[j]!.lower !== ',') return null;
    }
    return null;
  }
  return null;
}

/** How far before "that" the reporting verb may be ("said on Wednesday that", "told reporters late on Monday that"). */
const REPORTING_REACH = 6;

/**
 * The index of the "that" opening a reported clause that holds token `first` ("she said on Friday that …"),
 * or −1. The reporting verb is any form in the reporting-verbs lexicon.
 */
function reportedComplementStart(tokens: readonly Token[], sentenceStart: number, first: number): number {
  const reporting = reportingForms();
  for (let i = first - 1; i > sentenceStart; i--) {
    if (tokens[i]!.lower !== 'that') continue;
    for (let j = i - 1; j >= Math.max(sentenceStart, i - REPORTING_REACH); j--)
      if (reporting.has(tokens[j]!.lower) && tokens[j]!.pos === 'VERB') return i;
    return -1;
  }
  return -1;
}

/** "was", "were not": a past copula with no verb of its own, which reported speech back-shifts. */
function isBackShiftedCopula(tokens: readonly Token[], first: number, last: number): boolean {
  const head = tokens[first]!.lower;
  if (head !== 'was' && head !== 'were') return false;
  for (let k = first + 1; k <= last; k++) if (tokens[k]!.pos === 'VERB') return false;
  return true;
}

let reportingVerbs: Set<string> | undefined;

function reportingForms(): Set<string> {
  return (reportingVerbs ??= new Set(
    loadLexicon<{ forms: string[] }>('reporting-verbs').entries.flatMap((v) => v.forms.map((f) => f.toLowerCase())),
  ));
}

let stative: Set<string> | undefined;

function stativePresent(): Set<string> {
  if (stative) return stative;
  stative = lexiconSet('temporal-present-stative');
  for (const form of reportingForms()) stative.add(form);
  return stative;
}

/** True when "had" stands at most three tokens before token `i` ("had been due", "had previously been set"). */
function hadBefore(tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= Math.max(sentenceStart, i - 3); k--) if (tokens[k]!.lower === 'had') return true;
  return false;
}

/** How many words before a limit ("by Wednesday") its clause's "had" may stand. */
const PERFECT_REACH = 8;

/** "had" earlier in the clause before token `i` (not across a comma, a clause word or an infinitive's "to"). */
function pastPerfectInClause(doc: ArticleDoc, tokens: readonly Token[], i: number, sentenceStart: number): boolean {
  for (let k = i - 1; k >= Math.max(sentenceStart, i - PERFECT_REACH); k--) {
    const t = tokens[k]!;
    if (t.lower === 'had') return true;
    // "had told the firm to repay by Oct. 30": the limit belongs to the infinitive, whose time is its own.
    if (t.lower === 'to' || BOUNDARY_WORDS.has(t.lower) || BOUNDARY_PUNCT.test(doc.body.slice(t.start, t.end)))
      return false;
  }
  return false;
}

/** A token tagged VERB that is capitalized after a word inside the sentence: a name the tagger misread. */
function isCapitalizedName(doc: ArticleDoc, tokens: readonly Token[], k: number, sentenceStart: number): boolean {
  const t = tokens[k]!;
  if (t.pos !== 'VERB' || k === sentenceStart) return false;
  const previous = tokens[k - 1]!;
  return (
    /^\p{Lu}/u.test(doc.body.slice(t.start, t.start + 1)) &&
    /[\p{L}\p{N}]/u.test(doc.body.slice(previous.start, previous.end))
  );
}

/** "as soon as" right before token `first` (inside the sentence). */
function isAsSoonAs(tokens: readonly Token[], first: number, sentenceStart: number): boolean {
  return (
    first - 3 >= sentenceStart &&
    tokens[first - 3]!.lower === 'as' &&
    tokens[first - 2]!.lower === 'soon' &&
    tokens[first - 1]!.lower === 'as'
  );
}

/** The direction of the clause around [start, end); `defaultWay` (with a "default-" cue) when nothing decides. */
export function directionAt(doc: ArticleDoc, start: number, end: number, defaultWay: Way = 'past'): Direction {
  const sentence = sentenceAt(doc, start);
  const tokens = doc.tokens;
  if (!sentence) return { way: defaultWay, cue: `default-${defaultWay}` };
  const first = tokenIndexAt(tokens, start);
  const last = Math.max(first, tokenIndexAt(tokens, end) - 1);

  // "closed until Friday", "a deal by June": a limit named with until/till/by lies ahead. A sentence that
  // opens with the limit ("By June, prices had doubled") looks back, so the first word does not count.
  const preposition = tokens[first - 1];
  if (first - 1 > sentence.tokenStart && preposition && LIMIT_PREPOSITIONS.has(preposition.lower)) {
    // "had filed their reports by Wednesday": a limit met in the past perfect has passed.
    if (pastPerfectInClause(doc, tokens, first - 1, sentence.tokenStart))
      return { way: 'past', cue: `past-perfect(${preposition.lower})` };
    return { way: 'future', cue: `future-cue(${preposition.lower})` };
  }
  // "could return as soon as Tuesday": the earliest moment of something still to come lies ahead.
  if (
    isAsSoonAs(tokens, first, sentence.tokenStart) &&
    !pastPerfectInClause(doc, tokens, first - 1, sentence.tokenStart)
  )
    return { way: 'future', cue: 'future-cue(as-soon-as)' };
  // "since March", "Since 1949": the start of a stretch that runs up to now lies behind.
  if (preposition && START_PREPOSITIONS.has(preposition.lower))
    return { way: 'past', cue: `past-cue(${preposition.lower})` };

  // "extended its offer to Nov. 20", "postponed the vote until March 3": the new date lies ahead.
  const extension = extensionBefore(doc, sentence.tokenStart, first);
  if (extension) return { way: 'future', cue: `future-cue(${extension})` };

  for (
    let i = Math.max(sentence.tokenStart, first - LOCAL_WINDOW);
    i < Math.min(sentence.tokenEnd, last + 1 + LOCAL_WINDOW);
    i++
  ) {
    // "due to" before anything but a verb means "because of" ("a loss due to the strike").
    if (tokens[i]!.lower === 'due' && tokens[i + 1]?.lower === 'to' && tokens[i + 2]?.pos !== 'VERB') continue;
    // "the vote, set for Sunday": "set" schedules only right before "for" and the date ("set fire" does not).
    const setFor = tokens[i]!.lower === 'set' && tokens[i + 1]?.lower === 'for' && i + 2 === first;
    if (LOCAL_FUTURE.has(tokens[i]!.lower) || setFor) {
      // "had been due to expire Friday", "had been scheduled for Monday": a plan told in the past perfect was
      // overtaken, and its date has passed.
      if (hadBefore(tokens, i, sentence.tokenStart)) return { way: 'past', cue: `past-perfect(${tokens[i]!.lower})` };
      return { way: 'future', cue: `future-cue(${tokens[i]!.lower})` };
    }
  }

  // Inside "X said (on Wednesday) that …" the reporting verb dates the saying, not what was said; and a
  // copula there is back-shifted ("a cut in July was not a given" reports "is not a given"), so neither decides.
  const complement = reportedComplementStart(tokens, sentence.tokenStart, first);
  const signals: Signal[] = [];
  // "the anniversary of Roe vs. Wade": a capitalized "verb" after a word, inside a sentence, is a name.
  const inGroup = (k: number) =>
    GROUP_POS.has(tokens[k]!.pos) && !isCapitalizedName(doc, tokens, k, sentence.tokenStart);
  let i = sentence.tokenStart;
  while (i < sentence.tokenEnd) {
    if (!inGroup(i) || (i >= first && i <= last)) {
      i++;
      continue;
    }
    let j = i;
    // Adverbs may sit inside a verb group ("will probably meet", "had already agreed").
    while (
      j + 1 < sentence.tokenEnd &&
      (inGroup(j + 1) || (tokens[j + 1]!.pos === 'ADV' && j + 2 < sentence.tokenEnd && inGroup(j + 2))) &&
      !(j + 1 >= first && j + 1 <= last)
    )
      j++;
    const signal = classifyGroup(tokens, i, j);
    const silenced = complement >= 0 && (j < complement || (i > complement && isBackShiftedCopula(tokens, i, j)));
    if (signal && !silenced) signals.push(signal);
    i = j + 1;
  }
  let best: { signal: Signal; cost: number } | null = null;
  for (const signal of signals) {
    const [from, to] = signal.last < first ? [signal.last, first] : [last, signal.first];
    let cost = to - from;
    for (let k = from + 1; k < to; k++) {
      const t = tokens[k]!;
      if (BOUNDARY_WORDS.has(t.lower) || BOUNDARY_PUNCT.test(doc.body.slice(t.start, t.end))) cost += BOUNDARY_COST;
    }
    if (signal.last < first) cost -= 0.5; // the verb before the expression usually governs it
    if (signal.weak) cost += WEAK_COST;
    if (!best || cost < best.cost) best = { signal, cost };
  }
  if (best) {
    const verbAfter = best.signal.first > last;
    const loose = best.signal.loose || verbAfter || first - best.signal.last - 1 > CLOSE_VERB_GAP;
    return loose
      ? { way: best.signal.way, cue: best.signal.cue, loose }
      : { way: best.signal.way, cue: best.signal.cue };
  }
  return { way: defaultWay, cue: `default-${defaultWay}` };
}
