/**
 * Events: who met whom, who said what, what was proposed or agreed, and when. Pipeline, per article:
 *   clauses (clauses.ts) → triggers from the lexicon (triggers.ts) → one candidate per trigger, merged inside a
 *   clause and a sentence (a call absorbs "spoke with", a deal absorbs the pause and release it contains) →
 *   participants and location (participants.ts) → date from the clause (dating.ts) → status (status.ts) →
 *   terms (terms.ts) → date inheritance → one statement per attributed quote (quotes.ts) → unique spans.
 * See packages/extract/README.md (## Events) for the rules and their limits.
 */
import {
  firstStartingAtOrAfter,
  indexContaining,
  itemsWithin,
  itemsWithinList,
  type ArticleDoc,
  type EventAnnotation,
  type EventParticipant,
  type LocalEntity,
  type QuoteAnnotation,
  type Span,
  type TimexAnnotation,
} from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';
import type { EntityFindings } from '../entities/index.js';
import { allClauses, insideAny, quotedSpans, type Clause } from './clauses.js';
import { compatible, dateOf, isDating, nearestTimex, orientationOf, type EventDate } from './dating.js';
import { findParticipants, type ParticipantContext } from './participants.js';
import { decideStatus, hasPlannedRelative, isSubject } from './status.js';
import { composeTerms, describeComponent, type Component } from './terms.js';
import { findTriggers, type Trigger } from './triggers.js';
import { quoteStatements } from './quotes.js';
import { makeSpansUnique } from './spans.js';

export interface EventContext {
  entities: EntityFindings;
  timexes: TimexAnnotation[];
  quotes: QuoteAnnotation[];
}

interface Candidate {
  clause: Clause;
  clauseIndex: number;
  trigger: Trigger;
  components: string[];
  usedDurations: Set<TimexAnnotation>;
}

/** Types that carry terms of their own: they absorb the pauses and releases their sentence describes. */
const DEAL_TYPES = new Set(['agreement', 'proposal']);
/** Types whose subject matter ("talks on a deal") is recorded as a topic, not as a separate event. */
const TOPIC_HOLDERS = new Set(['talks', 'meeting', 'phone_call', 'demand', 'mediation', 'rejection']);
const ABSORBABLE_BY_TOPIC = new Set(['agreement', 'proposal', 'ceasefire', 'release']);
const ABSORBABLE_BY_DEAL = new Set(['ceasefire', 'release']);
const SPEECH_ACTS = new Set(['praise', 'criticism', 'rejection', 'demand', 'proposal']);
const CONSULTATIONS = new Set(['meeting', 'talks']);
/** Words that open a subordinate clause (lexicon function-words). */
const SUBORDINATING = wordsOfKind('function-words', 'subordinator');

function contentVerbBetween(doc: ArticleDoc, from: number, to: number): boolean {
  for (let j = from; j < to; j++) if (doc.tokens[j]!.pos === 'VERB') return true;
  return false;
}

function absorb(holder: Candidate, component: Component): void {
  holder.components.push(component.text);
  if (component.duration) holder.usedDurations.add(component.duration);
}

/** One candidate per trigger, merged so that one happening gives one event. */
function candidatesOf(
  doc: ArticleDoc,
  clauses: readonly Clause[],
  quoted: readonly Span[],
  timexes: readonly TimexAnnotation[],
): Candidate[] {
  const out: Candidate[] = [];
  clauses.forEach((clause, clauseIndex) => {
    const triggers = findTriggers(doc, clause, quoted);
    // Most clauses have no trigger: skip the sets and copies below for them.
    if (triggers.length === 0) return;
    // "spoke with X by phone": the consultation is a call, its participants those of "spoke with".
    const phone = triggers.find((t) => t.type === 'phone_call' && !t.nominal);
    const consultation = triggers.find((t) => CONSULTATIONS.has(t.type));
    if (phone && consultation) {
      consultation.type = 'phone_call';
      triggers.splice(triggers.indexOf(phone), 1);
    }
    // "US-mediated talks": the talks are the event; the participle names their mediator (participants.ts).
    for (const t of [...triggers]) {
      const next = triggers[triggers.indexOf(t) + 1];
      if (
        t.type === 'mediation' &&
        !t.nominal &&
        next &&
        CONSULTATIONS.has(next.type) &&
        next.tokenStart - t.tokenEnd <= 1 &&
        doc.tokens[t.tokenStart - 1]?.lower === '-'
      ) {
        triggers.splice(triggers.indexOf(t), 1);
      }
    }
    const types = new Set(triggers.map((t) => t.type));
    const kept: Candidate[] = [];
    for (const trigger of triggers) {
      // "said … praised" is the praise; one event per type and clause.
      if (types.has('phone_call') && CONSULTATIONS.has(trigger.type)) continue;
      if (trigger.type === 'statement' && [...types].some((t) => SPEECH_ACTS.has(t))) continue;
      if (kept.some((k) => k.trigger.type === trigger.type)) continue;
      // Only what the holder's own phrase is about ("talks about a deal"), not a later verb's object.
      const holder = [...kept]
        .reverse()
        .find(
          (k) => TOPIC_HOLDERS.has(k.trigger.type) && !contentVerbBetween(doc, k.trigger.tokenEnd, trigger.tokenStart),
        );
      const absorbable =
        ABSORBABLE_BY_TOPIC.has(trigger.type) ||
        (holder?.trigger.type === 'mediation' && CONSULTATIONS.has(trigger.type));
      if (holder && trigger.nominal && absorbable) {
        absorb(holder, describeComponent(doc, trigger, clause, timexes, true));
        continue;
      }
      kept.push({ clause, clauseIndex, trigger, components: [], usedDurations: new Set() });
    }
    out.push(...kept);
  });

  // A deal absorbs the pauses and releases named in its clause or after it in its sentence: they are its terms.
  const bySentence = new Map<number, Candidate[]>();
  for (const c of out) bySentence.set(c.clause.sentence, [...(bySentence.get(c.clause.sentence) ?? []), c]);
  const absorbed = new Set<Candidate>();
  for (const group of bySentence.values()) {
    const deal = group.find((c) => DEAL_TYPES.has(c.trigger.type));
    if (!deal) continue;
    for (const c of group) {
      if (c === deal || !ABSORBABLE_BY_DEAL.has(c.trigger.type)) continue;
      // Named pauses and releases anywhere in the deal's clause ("a ceasefire deal"); any that follow the deal.
      // A predicated one only when it has no subject of its own ("would see hostages released in phases").
      const follows = c.trigger.start > deal.trigger.start;
      if (!follows && (c.clause !== deal.clause || !c.trigger.nominal)) continue;
      if (!c.trigger.nominal && doc.tokens[c.trigger.tokenStart - 1]?.pos !== 'NOUN') continue;
      absorb(deal, describeComponent(doc, c.trigger, c.clause, timexes, false));
      absorbed.add(c);
    }
  }
  return out.filter((c) => !absorbed.has(c));
}

/** Finds events with their participants, status, date, location and terms. */
export function findEvents(doc: ArticleDoc, context: EventContext): EventAnnotation[] {
  const { entities, timexes, quotes } = context;
  // Loops rather than map/filter chains here and below: arrays of varying element kinds kept deoptimizing
  // this large function, and each recompilation cost more than many articles' worth of running it.
  const entityByKey = new Map<string, LocalEntity>();
  for (const e of entities.entities) entityByKey.set(e.key, e);
  const mentions = [...entities.mentions].sort((a, b) => a.start - b.start || a.end - b.end);
  // The first clause of each sentence, looked up once instead of searched for per candidate.
  const firstClauseOf = new Map<number, Clause>();
  const sentenceSubject = (clause: Clause) => {
    if (firstClauseOf.size === 0)
      for (const c of clauses) if (!firstClauseOf.has(c.sentence)) firstClauseOf.set(c.sentence, c);
    const sentence = doc.sentences[clause.sentence]!;
    const firstClause = firstClauseOf.get(clause.sentence)!;
    return itemsWithin(mentions, sentence.start, firstClause.end).filter(
      (m) => !/['’]s?$/.test(doc.body.slice(m.end, m.end + 2)),
    );
  };
  const participantContext: ParticipantContext = {
    doc,
    mentions,
    entityByKey,
    roles: entities.roles,
    timexes,
    sentenceSubject,
  };
  const quoted = quotedSpans(doc, quotes);
  const clauses = allClauses(doc);
  const inQuote = (t: TimexAnnotation) => insideAny(quoted, t.start);

  const events: Array<EventAnnotation & { paragraph: number }> = [];
  // Events told in a relative clause ("Qatar, which has mediated before") are background: they inherit no date.
  const background = new Set<EventAnnotation>();
  for (const c of candidatesOf(doc, clauses, quoted, timexes)) {
    const { clause, trigger } = c;
    const previous =
      c.clauseIndex > 0 && clauses[c.clauseIndex - 1]!.sentence === clause.sentence
        ? clauses[c.clauseIndex - 1]!
        : null;
    const { participants, locationKey, locationIsClose } = findParticipants(
      participantContext,
      clause,
      trigger,
      previous,
    );
    const clauseTimex = nearestTimex(
      timexes,
      clause,
      trigger.start,
      (t) =>
        inQuote(t) || c.usedDurations.has(t) || verbBetween(doc, trigger, t) || coordinatorBetween(doc, trigger, t),
    );
    const date: EventDate | null = clauseTimex ? dateOf(clauseTimex) : null;
    const { status } = decideStatus({ doc, clause, trigger, dateOrientation: orientationOf(date, doc.published) });
    const parties: LocalEntity[] = [];
    for (const p of participants) {
      const party = entityByKey.get(p.entityKey);
      if (party !== undefined) parties.push(party);
    }
    const isDeal = DEAL_TYPES.has(trigger.type);
    const terms =
      isDeal || c.components.length
        ? composeTerms({
            doc,
            sentence: clause.sentence,
            components: c.components,
            usedDurations: c.usedDurations,
            timexes,
            parties: isDeal ? parties : [],
            withConditions: isDeal,
          })
        : null;
    // An event must be anchored to something the article states: a participant, a date or a place in its phrase.
    // A date alone anchors only an event that is predicated or the subject of its clause: "ahead of the talks"
    // on a dated line is not a dated event.
    const dateAnchors =
      date !== null &&
      (!trigger.nominal || isSubject(doc.tokens, trigger, clause) || hasPlannedRelative(doc.tokens, trigger, clause));
    if (participants.length === 0 && !dateAnchors && !locationIsClose) continue;
    events.push({
      type: trigger.type,
      trigger: doc.body.slice(trigger.start, trigger.end),
      text: doc.body.slice(clause.start, clause.end),
      start: clause.start,
      end: clause.end,
      status,
      dateValue: date?.dateValue ?? null,
      dateStart: date?.dateStart ?? null,
      dateEnd: date?.dateEnd ?? null,
      dateSource: date ? 'clause' : null,
      timex: date?.timex ?? null,
      locationKey,
      terms,
      quote: null,
      participants,
      paragraph: doc.sentences[clause.sentence]!.paragraph,
    });
    if (clause.relative) background.add(events[events.length - 1]!);
  }

  const withQuotes = quoteStatements({ doc, quotes, quoted, mentions, timexes, clauses, events });
  inheritDates(
    doc,
    withQuotes.filter((e) => !background.has(e)),
    timexes,
    quoted,
  );
  const unique = makeSpansUnique(doc, withQuotes);
  return unique
    .map(({ paragraph: _p, ...e }) => ({ ...e, participants: sortParticipants(e.participants) }))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.type.localeCompare(b.type));
}

/**
 * A date with a verb between it and a predicated trigger dates something else ("said the war may continue
 * for the rest of the year", "agreed to meet next week", "the meetings next week are a sign as X presses").
 */
function verbBetween(doc: ArticleDoc, trigger: Trigger, t: TimexAnnotation): boolean {
  // A named event is dated by its whole clause: "the meetings are expected to occur over the coming days",
  // "proposals that were put forward several weeks ago".
  if (trigger.nominal) return false;
  const isVerb = (j: number) => doc.tokens[j]!.pos === 'VERB' || doc.tokens[j]!.pos === 'AUX';
  if (t.start >= trigger.end) {
    for (let j = trigger.tokenEnd; j < doc.tokens.length && doc.tokens[j]!.start < t.start; j++)
      if (isVerb(j)) return true;
  } else {
    // Before the trigger an auxiliary is part of its own verb group ("On Saturday, she will meet"); a verb or a
    // subordinator is not ("the meetings over the coming days are a sign, as the White House presses").
    for (let j = trigger.tokenStart - 1; j >= 0 && doc.tokens[j]!.start >= t.end; j--) {
      const token = doc.tokens[j]!;
      if (token.pos === 'VERB' || token.pos === 'SCONJ' || SUBORDINATING.has(token.lower)) return true;
    }
  }
  return false;
}

/**
 * "… arrived on Sunday and the meeting is scheduled for the evening": a date before the "and" that opens a
 * named event's own clause dates the other clause.
 */
function coordinatorBetween(doc: ArticleDoc, trigger: Trigger, t: TimexAnnotation): boolean {
  if (!trigger.nominal || t.end > trigger.start || !['AUX', 'VERB'].includes(doc.tokens[trigger.tokenEnd]?.pos ?? ''))
    return false;
  for (let j = trigger.tokenStart - 1; j >= 0 && doc.tokens[j]!.start >= t.end; j--)
    if (doc.tokens[j]!.pos === 'CCONJ') return true;
  return false;
}

function sortParticipants(ps: EventParticipant[]): EventParticipant[] {
  return [...ps].sort((a, b) => a.span.start - b.span.start || a.role.localeCompare(b.role));
}

/**
 * Undated events take the date of the nearest earlier anchor in their sentence or paragraph: a dating
 * temporal expression earlier in the same sentence, outside quotes, or an event dated by its own clause. Only an anchor
 * whose tense fits the event's status counts (a planned meeting does not inherit "last week").
 */
/** Values too vague to hand on: "now", "recently", "soon" say nothing about a neighbouring event. */
const VAGUE = new Set(['PRESENT_REF', 'PAST_REF', 'FUTURE_REF']);
/**
 * How many of the paragraph's earlier dated events an event may take its date from. A news paragraph holds a
 * handful of events; the bound keeps one enormous paragraph from costing the square of its events.
 */
const MAX_EARLIER_ANCHORS = 32;

function inheritDates(
  doc: ArticleDoc,
  events: Array<EventAnnotation & { paragraph: number }>,
  timexes: readonly TimexAnnotation[],
  quoted: readonly Span[],
): void {
  const ordered = [...events].sort((a, b) => a.start - b.start);
  // The events of each paragraph dated by their own clause, in start order: these never change below, so an
  // event's earlier anchors are a prefix of its paragraph's list, found by binary search.
  const datedByParagraph = new Map<number, typeof ordered>();
  for (const e of ordered) {
    if (e.dateSource !== 'clause' || VAGUE.has(e.dateValue!)) continue;
    const group = datedByParagraph.get(e.paragraph);
    if (group) group.push(e);
    else datedByParagraph.set(e.paragraph, [e]);
  }
  for (const e of ordered) {
    if (e.dateSource !== null) continue;
    const sentenceIndex = indexContaining(doc.sentences, e.start);
    const sentence = sentenceIndex < 0 ? undefined : doc.sentences[sentenceIndex];
    const anchors: EventDate[] = [];
    if (sentence) {
      const triggerAt = e.start + Math.max(0, e.text.indexOf(e.trigger));
      const inSentence = itemsWithinList(timexes, sentence.start, triggerAt).filter(
        (t) => isDating(t) && !insideAny(quoted, t.start) && !VAGUE.has(t.value),
      );
      for (const t of inSentence.reverse()) anchors.push(dateOf(t));
    }
    const dated = datedByParagraph.get(e.paragraph) ?? [];
    const before = firstStartingAtOrAfter(dated, e.start);
    for (const earlier of dated.slice(Math.max(0, before - MAX_EARLIER_ANCHORS), before)) {
      anchors.push({
        dateValue: earlier.dateValue!,
        dateStart: earlier.dateStart,
        dateEnd: earlier.dateEnd,
        timex: earlier.timex!,
      });
    }
    // Nearest first: the sentence's own expressions, then earlier events from the closest back.
    const [fromSentence, fromEvents] = [
      anchors.filter((a) => sentence && a.timex.start >= sentence.start),
      anchors.filter((a) => !sentence || a.timex.start < sentence.start),
    ];
    fromEvents.sort((a, b) => b.timex.start - a.timex.start);
    const anchor = [...fromSentence, ...fromEvents].find((a) => compatible(e.status, orientationOf(a, doc.published)));
    if (!anchor) continue;
    e.dateValue = anchor.dateValue;
    e.dateStart = anchor.dateStart;
    e.dateEnd = anchor.dateEnd;
    e.timex = anchor.timex;
    e.dateSource = 'inherited';
  }
}
