/**
 * An event's status from the cues around its trigger (packages/lexicons/data/event-status-cues.json).
 *
 * Where a cue counts: negation only just before the trigger ("did not meet", "no agreement"); conditional,
 * possibility, future and "would" up to ten tokens before the trigger (conditionals: anywhere before it in the clause), or, for a named event that is the
 * subject of its clause ("the meetings are expected to occur"), between the trigger and the clause's verb; hedges
 * anywhere before the trigger in the clause or in a named subject's predicate. Precedence, strongest first: negated > hypothetical (if/unless/whether) > proposed
 * (proposal type, or "would" in a sentence about a proposal) > hypothetical (could/may/possible, aims) >
 * planned (will, expected to, a future date) > reported (reportedly, according to) > occurred.
 */
import type { ArticleDoc, EventStatus, Token } from '@dossier/core';
import type { Clause } from './clauses.js';
import { wordsOfKind } from '@dossier/lexicons';
import { cueIndex, longestAt, tokenWord, tokenWords, type CueClass } from './lexicon.js';
import type { Trigger } from './triggers.js';
import { articleWordLayer } from '../word-layer.js';
import { CUE_START } from './word-flags.js';

export type DateOrientation = 'past' | 'present' | 'future' | null;

export interface StatusInput {
  doc: ArticleDoc;
  clause: Clause;
  trigger: Trigger;
  /** Orientation of the date that dates the event, relative to publication. */
  dateOrientation: DateOrientation;
}

export interface StatusDecision {
  status: EventStatus;
  /** The cue that decided it ("will", "if", "future date"), or null for the default. */
  cue: string | null;
}

const NEGATION_WINDOW = 4;
/** How far before the trigger a modal or future cue reaches ("could soon meet", "will travel to … to meet"). */
const MODAL_WINDOW = 10;
/** How long a reduced relative after a named event may be ("to be held", "scheduled for"). */
const REDUCED_RELATIVE = 4;
/** Words that end the reach of a cue standing after a named trigger: a relative clause or a new verb phrase. */
const RELATIVE_STOP = wordsOfKind('event-argument-words', 'cue-stop');
/** Auxiliaries of a present progressive ("is sending"). */
const PROGRESSIVE_AUX = wordsOfKind('event-argument-words', 'progressive-auxiliary');
/** How many tokens a progressive verb may stand from the "to" that links it to the event. */
const ARRANGEMENT_REACH = 8;
const REPORTING = wordsOfKind('event-argument-words', 'reporting-verb-status');

interface FoundCue {
  cueClass: CueClass;
  cue: string;
  /** Token index where the cue starts. */
  at: number;
}

function cuesIn(tokens: readonly Token[], from: number, to: number): FoundCue[] {
  const index = cueIndex();
  const words = tokenWords(tokens);
  const flags = articleWordLayer(tokens).flags;
  const found: FoundCue[] = [];
  let j = from;
  while (j < to) {
    const cue = (flags[j]! & CUE_START) === 0 ? null : longestAt(index, words, j, from, to);
    if (cue) {
      found.push({ cueClass: cue.cueClass, cue: cue.cue, at: j });
      j += cue.words.length;
    } else j++;
  }
  return found;
}

/** Where the predicate of a named subject trigger ends: before a relative clause, or at the end of the clause. */
function predicateEnd(tokens: readonly Token[], trigger: Trigger, clause: Clause): number {
  let sawVerb = false;
  for (let j = trigger.tokenEnd; j < clause.tokenEnd; j++) {
    const t = tokens[j]!;
    if (RELATIVE_STOP.has(tokenWord(t))) return j;
    if (t.pos === 'VERB') {
      if (sawVerb) return j + 1;
      sawVerb = true;
    }
  }
  return clause.tokenEnd;
}

/**
 * Is the named trigger the subject of its clause, or of a complement or subordinate clause inside it ("he noted
 * that 100 aid trucks had entered Gaza")? No verb or preposition stands between it and the clause start, a
 * subordinator or "that".
 */
export function isSubject(tokens: readonly Token[], trigger: Trigger, clause: Clause): boolean {
  if (!trigger.nominal) return false;
  for (let j = trigger.tokenStart - 1; j >= clause.tokenStart; j--) {
    const t = tokens[j]!;
    const w = tokenWord(t);
    if (
      t.pos === 'SCONJ' ||
      w === 'that' ||
      w === 'as' ||
      w === 'while' ||
      w === 'when' ||
      w === 'after' ||
      w === 'before'
    )
      return true;
    // "… arrived on Sunday and the meeting is scheduled for the evening": the subject of a coordinated clause,
    // when its own verb follows it.
    if (t.pos === 'CCONJ') return ['AUX', 'VERB'].includes(tokens[trigger.tokenEnd]?.pos ?? '');
    if (t.pos === 'VERB' || t.pos === 'AUX' || (t.pos === 'ADP' && w !== 'of')) return false;
  }
  return true;
}

function subordinateStart(tokens: readonly Token[], trigger: Trigger, clause: Clause): number {
  for (let j = trigger.tokenStart - 1; j > clause.tokenStart; j--) {
    const t = tokens[j]!;
    if (t.pos === 'SCONJ' || tokenWord(t) === 'that') return j;
  }
  return clause.tokenStart;
}

/** Is a named event followed by a reduced relative with a future cue ("a summit to be held on Friday")? */
export function hasPlannedRelative(tokens: readonly Token[], trigger: Trigger, clause: Clause): boolean {
  if (!trigger.nominal) return false;
  return cuesIn(tokens, trigger.tokenEnd, Math.min(clause.tokenEnd, trigger.tokenEnd + REDUCED_RELATIVE)).some(
    (f) => f.at === trigger.tokenEnd && f.cueClass === 'future',
  );
}

/** The denial cue right before the "that" opening the trigger's subordinate clause, if any. */
function deniedClause(tokens: readonly Token[], trigger: Trigger, clause: Clause): string | null {
  // The clause may begin at the "that" itself (clauses.ts cuts there): the denial then ends the clause before.
  const start = subordinateStart(tokens, trigger, clause);
  if (tokenWord(tokens[start]!) !== 'that') return null;
  const words = tokenWords(tokens);
  for (let j = Math.max(0, start - 2); j < start; j++) {
    // Asked for the denial class itself: "denied" is also a negation cue ("denied holding talks").
    const cue = longestAt(cueIndex(), words, j, 0, start, (c) => c.cueClass === 'denial');
    if (cue) return `${cue.cue} that`;
  }
  return null;
}

/**
 * "is sending his envoy to the talks", "the summit they are travelling to": a present progressive that moves
 * someone towards a named event arranges it; it has not happened yet. The "to" must link the verb's phrase and
 * the event (just before the event's phrase, or stranded at the end of a relative clause after it).
 */
function progressiveArrangement(tokens: readonly Token[], trigger: Trigger, clause: Clause): boolean {
  if (!trigger.nominal) return false;
  const progressiveIn = (from: number, to: number) => {
    for (let j = Math.max(from, clause.tokenStart + 1); j < Math.min(to, clause.tokenEnd); j++) {
      if (
        tokens[j]!.pos === 'VERB' &&
        tokens[j]!.lower.endsWith('ing') &&
        PROGRESSIVE_AUX.has(tokenWord(tokens[j - 1]!))
      )
        return true;
    }
    return false;
  };
  // Before: "… is sending his envoy to (the) talks".
  let j = trigger.tokenStart - 1;
  while (
    j > clause.tokenStart &&
    ['DET', 'ADJ', 'PRON', 'NUM', 'PROPN', 'NOUN'].includes(tokens[j]!.pos) &&
    tokenWord(tokens[j]!) !== 'to'
  )
    j--;
  if (j >= clause.tokenStart && tokenWord(tokens[j]!) === 'to' && progressiveIn(j - ARRANGEMENT_REACH, j)) return true;
  // After: "the talks Ann Vale is sending her envoy to".
  for (let k = trigger.tokenEnd; k < Math.min(clause.tokenEnd, trigger.tokenEnd + ARRANGEMENT_REACH); k++) {
    if (
      tokenWord(tokens[k]!) === 'to' &&
      (k + 1 >= clause.tokenEnd || tokens[k + 1]!.pos === 'PUNCT') &&
      progressiveIn(trigger.tokenEnd, k)
    )
      return true;
  }
  return false;
}

export function decideStatus(input: StatusInput): StatusDecision {
  const { doc, clause, trigger, dateOrientation } = input;
  const tokens = doc.tokens;
  const sentence = doc.sentences[clause.sentence]!;
  // Cues before the trigger count from the start of its own subordinate clause ("not hopeful that a deal will be
  // reached": "not" is about the hope, not the deal); the subordinator itself ("if", "whether") counts.
  const before = cuesIn(tokens, subordinateStart(tokens, trigger, clause), trigger.tokenStart);
  // A named event's own predicate: the clause's verb when it is the subject, else a reduced relative right
  // after it ("a summit to be held on Friday", "talks scheduled for next week").
  const after = isSubject(tokens, trigger, clause)
    ? cuesIn(tokens, trigger.tokenEnd, predicateEnd(tokens, trigger, clause))
    : trigger.nominal
      ? cuesIn(tokens, trigger.tokenEnd, Math.min(clause.tokenEnd, trigger.tokenEnd + REDUCED_RELATIVE)).filter(
          (f) => f.at === trigger.tokenEnd && (f.cueClass === 'future' || f.cueClass === 'hedge'),
        )
      : [];
  const near = before.filter(
    (f) => f.cueClass === 'negation' || f.cueClass === 'conditional' || trigger.tokenStart - f.at <= MODAL_WINDOW,
  );
  // The cues in reach: those near before the trigger, then those after it (searched in place, not concatenated).
  const has = (c: CueClass) => near.find((f) => f.cueClass === c) ?? after.find((f) => f.cueClass === c) ?? null;

  const negation =
    before.find((f) => f.cueClass === 'negation' && trigger.tokenStart - f.at <= NEGATION_WINDOW) ??
    after.find((f) => f.cueClass === 'negation');
  if (negation) return { status: 'negated', cue: negation.cue };
  // "X denied that they met": the denial governs the whole clause it introduces.
  const denial = deniedClause(tokens, trigger, clause);
  if (denial) return { status: 'negated', cue: denial };

  const conditional = has('conditional');
  if (conditional) return { status: 'hypothetical', cue: conditional.cue };

  if (trigger.type === 'proposal') return { status: 'proposed', cue: trigger.phrase };

  const would = has('would');
  if (would) {
    // The whole sentence is scanned only here, for the few events that have a "would".
    const proposalContext = cuesIn(tokens, sentence.tokenStart, sentence.tokenEnd).find(
      (f) => f.cueClass === 'proposal',
    );
    if (proposalContext) return { status: 'proposed', cue: `${would.cue} + ${proposalContext.cue}` };
    let reportedFuture = false;
    for (let j = sentence.tokenStart; j < would.at && !reportedFuture; j++)
      reportedFuture = REPORTING.has(tokenWord(tokens[j]!));
    if (reportedFuture) return { status: 'planned', cue: `${would.cue} after a reporting verb` };
    return { status: 'hypothetical', cue: would.cue };
  }

  const possibility = has('possibility');
  if (possibility) return { status: 'hypothetical', cue: possibility.cue };

  const future = has('future');
  if (future) return { status: 'planned', cue: future.cue };
  if (progressiveArrangement(tokens, trigger, clause))
    return { status: 'planned', cue: 'present progressive towards the event' };
  if (dateOrientation === 'future') return { status: 'planned', cue: 'future date' };

  const hedge = before.find((f) => f.cueClass === 'hedge') ?? after.find((f) => f.cueClass === 'hedge');
  if (hedge) return { status: 'reported', cue: hedge.cue };

  return { status: 'occurred', cue: null };
}
