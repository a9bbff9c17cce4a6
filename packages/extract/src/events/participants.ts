/**
 * Who takes part in an event, read from the entity mentions of its clause.
 *
 * - Subject side: the mentions before a predicated trigger (back to the previous verb or the clause start),
 *   or the possessive and compound modifiers of a named one ("Ruiz's meetings", "Peru's refusal"). A
 *   relative clause ("…Qatar — which has acted as a mediator") takes the mention that ends the clause before.
 * - "with X", "between X and Y" after the trigger: participants. "by X": the initiator (passive agent).
 * - Other mentions after the trigger, up to the next verb: participants of consultations and agreements,
 *   targets of directed acts (attacks, criticism, praise, demands), targets of statements (who the statement
 *   is about).
 * - A place or country after "in", "to", "at" or "into" is the location, unless it only says where people
 *   come from ("officials in Egypt").
 * Mentions that only qualify a person's title ("Interpol Director Ana Ruiz", "Peruvian Prime Minister …") are
 * skipped: the person is the participant.
 */
import {
  firstStartingAtOrAfter,
  itemsWithin,
  type ArticleDoc,
  type Span,
  type EntityType,
  type EventParticipant,
  type LocalEntity,
  type MentionAnnotation,
  type ParticipantRole,
  type RoleAnnotation,
  type Token,
} from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';
import { coverageTest, type Clause } from './clauses.js';
import { tokenWords } from './lexicon.js';
import type { Trigger } from './triggers.js';

/** Event types whose subject acts on someone (the others are symmetric: both sides take part). */
const DIRECTED = new Set([
  'decision',
  'attack',
  'criticism',
  'praise',
  'demand',
  'rejection',
  'visit',
  'proposal',
  'release',
  'abduction',
  'publication',
  'aid',
  'mediation',
  'statement',
]);
/** Named speech acts whose "of" phrase is their author ("the demands of X"), not their target. */
const AGENT_GENITIVE = new Set(['demand', 'proposal', 'statement', 'criticism', 'praise', 'rejection']);
const CONSULT = new Set(['meeting', 'talks', 'phone_call', 'agreement', 'ceasefire', 'mediation']);
const ARRIVAL_VERBS = wordsOfKind('event-argument-words', 'arrival-verb');
const LOCATION_PREPOSITIONS = new Set([
  ...wordsOfKind('event-argument-words', 'location-preposition'),
  ...ARRIVAL_VERBS,
]);
/** Nouns for people: a place after "officials in" says where they are from, not where the event is. */
const PEOPLE_NOUNS = wordsOfKind('event-argument-words', 'people-noun');
const REPORTING_VERBS = wordsOfKind('event-argument-words', 'reporting-verb');
/** What talks are about is not who takes part: "talks with A about B". */
const COMPANION = wordsOfKind('event-argument-words', 'companion-preposition');
const BROKERING = wordsOfKind('event-argument-words', 'brokering-verb');
const RELATIVE_PRONOUNS = wordsOfKind('function-words', 'relative-pronoun');
/** Longest attribution tail after an inverted reporting verb (", says a senior official of the ministry"). */
const INVERTED_TAIL = 12;
/** Words for a part of a place: "in areas of X" is in X. */
const REGION_NOUNS = wordsOfKind('event-argument-words', 'region-noun');
/** How far after a reporting verb its place may stand ("told reporters in Kyiv"). */
const STATEMENT_PLACE_REACH = 3;
const POSSESSIVE_PRONOUNS = wordsOfKind('function-words', 'possessive-determiner');
const SUBJECT_PRONOUNS = wordsOfKind('function-words', 'subject-pronoun');
const TOPIC_PREPOSITIONS = wordsOfKind('event-argument-words', 'topic-preposition');
/** Words that open a subordinate clause: the subject of the main clause lies beyond them. */
const SUBORDINATORS = wordsOfKind('function-words', 'subordinator');
const PASSIVE_AUX = wordsOfKind('event-argument-words', 'passive-auxiliary');

export interface ParticipantContext {
  doc: ArticleDoc;
  /** Mentions sorted by start. */
  mentions: readonly MentionAnnotation[];
  entityByKey: ReadonlyMap<string, LocalEntity>;
  roles: readonly RoleAnnotation[];
  /** The mentions that open the sentence of a clause, before its first dash or comma (for parentheticals). */
  sentenceSubject?: (clause: Clause) => MentionAnnotation[];
  /** Temporal expressions: "on Monday" is a date, not the topic of the talks. */
  timexes: readonly Span[];
}

export interface ParticipantResult {
  participants: EventParticipant[];
  locationKey: string | null;
  /** The location stands in the event's own phrase (not found further off in the clause), so it can anchor it. */
  locationIsClose: boolean;
}

function mentionsIn(ctx: ParticipantContext, start: number, end: number): MentionAnnotation[] {
  return itemsWithin(ctx.mentions, start, end);
}

function tokenIndexAt(tokens: readonly Token[], offset: number, from: number, to: number): number {
  for (let j = from; j < to; j++) if (tokens[j]!.end > offset) return j;
  return to;
}

function typeOf(ctx: ParticipantContext, m: MentionAnnotation): EntityType | null {
  return ctx.entityByKey.get(m.entityKey)?.type ?? null;
}

/** Roles sorted by start with the longest role's length, once per role list (which never changes). */
const sortedRoles = new WeakMap<readonly RoleAnnotation[], { byStart: RoleAnnotation[]; longest: number }>();

/**
 * Does a role whose span contains the mention belong to someone else? A binary search, not a scan of the
 * article's roles per mention.
 */
function inOthersRole(roles: readonly RoleAnnotation[], m: MentionAnnotation): boolean {
  let index = sortedRoles.get(roles);
  if (!index) {
    index = {
      byStart: [...roles].sort((a, b) => a.start - b.start),
      longest: roles.reduce((longest, r) => Math.max(longest, r.end - r.start), 0),
    };
    sortedRoles.set(roles, index);
  }
  // A role containing the mention starts no earlier than the mention's end minus the longest role.
  const { byStart } = index;
  for (
    let i = firstStartingAtOrAfter(byStart, m.end - index.longest);
    i < byStart.length && byStart[i]!.start <= m.start;
    i++
  ) {
    if (byStart[i]!.end >= m.end && byStart[i]!.personKey !== m.entityKey) return true;
  }
  return false;
}

/**
 * Is this mention only a qualifier of a person named right after it ("Interpol director Ana Ruiz")? Either a
 * role annotation says so, or a person mention follows within a few title words, with no punctuation or verb.
 */
function isTitleQualifier(
  ctx: ParticipantContext,
  m: MentionAnnotation,
  inClause: readonly MentionAnnotation[],
  clause: Clause,
): boolean {
  if (typeOf(ctx, m) === 'person') return false;
  if (inOthersRole(ctx.roles, m)) return true;
  const tokens = ctx.doc.tokens;
  const next = inClause.find((o) => o.start >= m.end);
  if (!next || typeOf(ctx, next) !== 'person') return false;
  const from = tokenIndexAt(tokens, m.end, clause.tokenStart, clause.tokenEnd);
  const to = tokenIndexAt(tokens, next.start, clause.tokenStart, clause.tokenEnd);
  if (to - from > 4) return false;
  for (let j = from; j < to; j++) {
    const t = tokens[j]!;
    if (t.start < m.end) continue;
    if (t.pos === 'PUNCT' || t.pos === 'VERB' || t.pos === 'AUX' || t.pos === 'ADP' || t.pos === 'CCONJ') return false;
  }
  return true;
}

/** The word before a token index, lower-cased ("" at the clause start). */
function wordBefore(words: readonly string[], j: number, floor: number): string {
  return j - 1 >= floor ? words[j - 1]! : '';
}

/** Spans of appositives (", a top aide to Biden,") that follow a mention: their mentions are not the subject. */
function appositiveSpans(
  text: string,
  start: number,
  end: number,
  mentions: readonly MentionAnnotation[],
): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  for (const m of mentions) {
    if (m.end >= end || text[m.end] !== ',') continue;
    const close = text.indexOf(',', m.end + 1);
    if (close > m.end && close < end) spans.push([m.end, close]);
  }
  return spans.filter(([a]) => a >= start);
}

export function findParticipants(
  ctx: ParticipantContext,
  clause: Clause,
  trigger: Trigger,
  previousClause: Clause | null,
): ParticipantResult {
  const pass = startPass(ctx, clause, trigger, previousClause);
  addAgents(pass);
  addGenitiveOwner(pass);
  const subject = subjectMentions(pass);
  const inverted = addSubjects(pass, subject);
  const close = addObjects(pass, inverted);
  const locationKey = close ?? locationElsewhere(pass);
  addCoordinated(pass, locationKey);
  // The first participant of each entity and role; the lists are a handful long, so no keyed set.
  const unique: EventParticipant[] = [];
  for (const p of pass.participants)
    if (!unique.some((u) => u.entityKey === p.entityKey && u.role === p.role)) unique.push(p);
  return { participants: unique, locationKey, locationIsClose: close !== null };
}

/** What every pass reads: the clause, its usable mentions, and the participants found so far. */
interface Pass {
  ctx: ParticipantContext;
  doc: ArticleDoc;
  tokens: readonly Token[];
  words: readonly string[];
  clause: Clause;
  trigger: Trigger;
  previousClause: Clause | null;
  inClause: MentionAnnotation[];
  usable: MentionAnnotation[];
  participants: EventParticipant[];
  used: Set<MentionAnnotation>;
  add: (m: MentionAnnotation, role: ParticipantRole) => void;
  passive: boolean;
  subjectRole: ParticipantRole;
}

function startPass(ctx: ParticipantContext, clause: Clause, trigger: Trigger, previousClause: Clause | null): Pass {
  const { doc } = ctx;
  const tokens = doc.tokens;
  // Looked up once per call: the helpers below read many tokens' words.
  const words = tokenWords(tokens);
  // The source of the report ("according to X") tells of the event; it takes no part in it.
  const inClause = mentionsIn(ctx, clause.start, clause.end).filter(
    (m) => (m.end <= trigger.start || m.start >= trigger.end) && !isReportSource(doc.body, m),
  );
  const usable = inClause.filter((m) => !isTitleQualifier(ctx, m, inClause, clause));
  const participants: EventParticipant[] = [];
  const used = new Set<MentionAnnotation>();
  const add = (m: MentionAnnotation, role: ParticipantRole) => {
    if (used.has(m)) return;
    used.add(m);
    participants.push({ entityKey: m.entityKey, role, span: { start: m.start, end: m.end, text: m.text } });
  };

  const passive =
    !trigger.nominal &&
    isParticiple(tokens[trigger.tokenEnd - 1]!) &&
    (PASSIVE_AUX.has(wordBefore(words, trigger.tokenStart, clause.tokenStart)) ||
      reducedPassive(tokens, trigger, clause));
  const subjectRole: ParticipantRole = passive
    ? 'target'
    : trigger.type === 'statement'
      ? 'speaker'
      : trigger.type === 'mediation'
        ? 'mediator'
        : 'initiator';
  return {
    ctx,
    doc,
    tokens,
    words,
    clause,
    trigger,
    previousClause,
    inClause,
    usable,
    participants,
    used,
    add,
    passive,
    subjectRole,
  };
}

function addAgents(pass: Pass): void {
  const { tokens, words, clause, trigger, usable, add } = pass;
  // "by X" right after the trigger ("proposals put forward by X", "the abduction by X"): the agent.
  const agentEnd = agentReach(tokens, words, trigger, clause);
  for (const m of usable) {
    if (m.start < trigger.end || m.end > agentEnd) continue;
    const j = tokenIndexAt(tokens, m.start, clause.tokenStart, clause.tokenEnd);
    const w = wordBefore(words, j, clause.tokenStart);
    const w2 = j - 2 >= clause.tokenStart ? words[j - 2]! : '';
    if (w === 'by' || (w === 'both' && w2 === 'by')) add(m, trigger.type === 'statement' ? 'speaker' : 'initiator');
  }
}

function addGenitiveOwner(pass: Pass): void {
  const { doc, words, trigger, usable, add } = pass;
  // "the demands of X", "a proposal by X": the owner of a speech act is the one who makes it, not its target.
  if (trigger.nominal && AGENT_GENITIVE.has(trigger.type) && words[trigger.tokenEnd] === 'of') {
    const owner = usable.find(
      (m) => m.start >= trigger.end && /^\s*of\s+(the\s+)?$/i.test(doc.body.slice(trigger.end, m.start)),
    );
    if (owner) add(owner, 'initiator');
  }
}

/** The mentions on the subject side of the trigger (the subject of a predicate, the modifiers of a name). */
function subjectMentions(pass: Pass): MentionAnnotation[] {
  const { ctx, doc, tokens, words, clause, trigger, previousClause, usable } = pass;
  // Subject side.
  const subject: MentionAnnotation[] = [];
  const appositives = appositiveSpans(doc.body, clause.start, trigger.start, usable);
  const inAppositive = (m: MentionAnnotation) => appositives.some(([a, b]) => m.start > a && m.end <= b);
  const notAfterPreposition = (m: MentionAnnotation) => {
    const k = headIndex(
      tokens,
      words,
      tokenIndexAt(tokens, m.start, clause.tokenStart, clause.tokenEnd),
      clause.tokenStart,
    );
    const pos = k - 1 >= clause.tokenStart ? tokens[k - 1]!.pos : '';
    const w = wordBefore(words, k, clause.tokenStart);
    return !(pos === 'ADP' && w !== 'of' && !SUBORDINATORS.has(w));
  };
  if (trigger.nominal) nominalSubject(pass, subject, inAppositive, notAfterPreposition);
  else predicatedSubject(pass, subject, inAppositive, notAfterPreposition);
  // "X - a congresswoman who … - accused Y": a verb right after a dash parenthetical takes the sentence's subject.
  if (subject.length === 0 && !trigger.nominal && ctx.sentenceSubject && afterParenthetical(words, trigger, clause)) {
    for (const m of ctx.sentenceSubject(clause)) subject.push(m);
  }
  if (subject.length === 0 && clause.relative && previousClause) {
    // The antecedent ends the clause before ("…, Qatar, which …"); a name further back is not what "who" points to.
    const antecedent = mentionsIn(ctx, previousClause.start, previousClause.end).at(-1);
    const endsClause =
      antecedent !== undefined && /^[\s,—–-]*$/.test(doc.body.slice(antecedent.end, previousClause.end));
    if (antecedent && endsClause && previousClause.end >= clause.start - 4) subject.push(antecedent);
  }
  return subject;
}

/** Modifiers of a named event ("Ruiz's meetings"), or the subject of the verb whose close object it is. */
function nominalSubject(
  pass: Pass,
  subject: MentionAnnotation[],
  inAppositive: (m: MentionAnnotation) => boolean,
  notAfterPreposition: (m: MentionAnnotation) => boolean,
): void {
  const { doc, tokens, words, clause, trigger, usable, add } = pass;
  // Modifiers of the named event: back over possessives, compounds and adjectives only.
  let j = trigger.tokenStart - 1;
  while (j >= clause.tokenStart) {
    const t = tokens[j]!;
    if (
      t.pos === 'VERB' ||
      t.pos === 'AUX' ||
      t.pos === 'ADP' ||
      t.pos === 'SCONJ' ||
      (t.pos === 'PUNCT' && !/^['’-]$/.test(words[j]!))
    )
      break;
    j--;
  }
  const floor = tokens[j + 1]?.start ?? trigger.start;
  for (const m of usable) {
    if (m.start < floor || m.end > trigger.start || inAppositive(m)) continue;
    // "US-mediated talks", "Qatar-brokered deal": the compound names the mediator.
    const compound = /^-(\w+)/.exec(doc.body.slice(m.end, m.end + 16));
    if (compound && BROKERING.has(compound[1]!.toLowerCase())) add(m, 'mediator');
    else if (m.start >= floor) subject.push(m);
  }
  // The same compound when the tagger read the participle as a verb, which stopped the walk back.
  if (j >= clause.tokenStart + 1 && BROKERING.has(words[j]!) && words[j - 1]! === '-') {
    const broker = usable.find((m) => m.end === tokens[j - 1]!.start);
    if (broker) add(broker, 'mediator');
  }
  // The event named as the object of the clause's first verb belongs to that verb's subject ("A held talks",
  // "A and B were central to a deal"), unless the verb reports speech (then the event is what was reported).
  if (subject.length === 0) {
    const verb = firstVerb(tokens, clause.tokenStart, trigger.tokenStart);
    if (verb >= 0 && !REPORTING_VERBS.has(words[verb]!) && closeObject(tokens, words, verb + 1, trigger.tokenStart)) {
      const verbStart = tokens[verb]!.start;
      // "thanked the Qatari government for its mediation": "its" points to the nearer noun, not the subject.
      const owner = POSSESSIVE_PRONOUNS.has(wordBefore(words, trigger.tokenStart, clause.tokenStart))
        ? usable.filter((m) => m.start > verbStart && m.end <= trigger.start).at(-1)
        : undefined;
      if (owner) subject.push(owner);
      else
        for (const m of usable) if (m.end <= verbStart && !inAppositive(m) && notAfterPreposition(m)) subject.push(m);
    }
  }
}

/** The subject of a predicated trigger, back to the previous verb or subordinator. */
function predicatedSubject(
  pass: Pass,
  subject: MentionAnnotation[],
  inAppositive: (m: MentionAnnotation) => boolean,
  notAfterPreposition: (m: MentionAnnotation) => boolean,
): void {
  const { ctx, doc, tokens, words, clause, trigger, inClause, usable } = pass;
  let j = trigger.tokenStart - 1;
  let pronounSubject = false;
  while (j >= clause.tokenStart) {
    const t = tokens[j]!;
    const w = words[j]!;
    if ((t.pos === 'VERB' && !PASSIVE_AUX.has(w)) || t.pos === 'SCONJ' || SUBORDINATORS.has(w) || /^[”"]$/.test(w))
      break;
    // "…, it said": the subject is the pronoun; the names before it belong to another phrase.
    if (SUBJECT_PRONOUNS.has(w) && !usable.some((m) => m.start > t.start && m.end <= trigger.start)) {
      pronounSubject = true;
      break;
    }
    // "… in northern Chad, spokesman Tom Bell said": once a name is found, a comma ends the subject
    // (an appositive before the name, ", a spokesman,", has no name of its own and is crossed).
    if (w === ',') {
      const named = usable.filter(
        (m) => m.start > t.start && m.end <= trigger.start && !isTitleQualifier(ctx, m, inClause, clause),
      );
      // An appositive name between commas (", Lena Moreau, have said") belongs to the phrase before it.
      const enclosed = named.length > 0 && /^\s*,/.test(doc.body.slice(named[named.length - 1]!.end, trigger.start));
      if (named.length > 0 && !enclosed) break;
    }
    j--;
  }
  const floor = pronounSubject ? trigger.start : (tokens[j + 1]?.start ?? trigger.start);
  for (const m of usable) {
    if (m.start < floor || m.end > trigger.start || inAppositive(m)) continue;
    // A mention after a preposition is not the subject ("for Hamas", "in Gaza"); nor is a possessor
    // ("Natalie's half-brother, Ben, said": Ben speaks).
    if (notAfterPreposition(m) && !isPossessor(doc.body, m)) subject.push(m);
  }
  // "Biden said he had spoken with them": "he"/"she" after a reporting verb in the same clause is the person
  // who reports. Only this reading is taken; other pronouns stay unresolved.
  if (pronounSubject && /^(he|she)$/.test(words[j]!)) {
    const reporter = reportingSubject(ctx, words, clause, j, usable);
    if (reporter) subject.push(reporter);
  }
}

/** Adds the subject with its role; says whether the trigger is an inverted reporting verb ("…, says X"). */
function addSubjects(pass: Pass, subject: MentionAnnotation[]): boolean {
  const { tokens, words, clause, trigger, usable, add, passive, subjectRole } = pass;
  // "…, says X" / "…,” said X": the speaker follows the verb, and the clause ends soon after.
  const inverted =
    trigger.type === 'statement' &&
    subject.length === 0 &&
    /^[,”"]$/.test(wordBefore(words, trigger.tokenStart, clause.tokenStart)) &&
    clause.tokenEnd - trigger.tokenEnd <= INVERTED_TAIL;
  const symmetric = CONSULT.has(trigger.type) && trigger.type !== 'mediation' && !passive;
  const hasCompanions = usable.some(
    (m) =>
      m.start >= trigger.end &&
      companionPrepositionBefore(
        words,
        tokenIndexAt(tokens, m.start, clause.tokenStart, clause.tokenEnd),
        trigger.tokenEnd - 1,
      ),
  );
  for (const m of subject) add(m, symmetric && !hasCompanions ? 'participant' : subjectRole);
  return inverted;
}

/** The object side, from the trigger to the next verb; returns a location found in the event's own phrase. */
function addObjects(pass: Pass, inverted: boolean): string | null {
  const { ctx, doc, tokens, words, clause, trigger, usable, participants, used, add } = pass;
  // Object side: from the trigger to the next verb (or the clause end).
  let stop = clause.tokenEnd;
  // A trigger may end in its preposition ("met with", "spoke to").
  let companionList = COMPANION.has(words[trigger.tokenEnd - 1]!);
  for (let j = trigger.tokenEnd; j < clause.tokenEnd; j++) {
    const t = tokens[j]!;
    const w = words[j]!;
    if (isCompanionAnywhere(w)) companionList = true;
    // A comma ends the object (an appositive or a new phrase follows) except inside a list of companions.
    const topic = CONSULT.has(trigger.type) && TOPIC_PREPOSITIONS.has(w) && !coverageTest(ctx.timexes)(t.start);
    // A verb of arrival keeps the place it reaches in the event's phrase ("the convoy entered Gaza").
    if (ARRIVAL_VERBS.has(w)) continue;
    const auxOfArrival = t.pos === 'AUX' && j + 1 < clause.tokenEnd && ARRIVAL_VERBS.has(words[j + 1]!);
    // "X reported that …": what follows "that" is the report's content, whose people are not its participants.
    const complement =
      w === 'that' && (trigger.type === 'statement' || trigger.type === 'publication') && j === trigger.tokenEnd;
    if (
      ((t.pos === 'VERB' || t.pos === 'AUX') && !auxOfArrival) ||
      (w === ',' && !companionList) ||
      topic ||
      complement
    ) {
      stop = j;
      break;
    }
  }
  const objectEnd = stop < clause.tokenEnd ? tokens[stop]!.start : clause.end;
  let locationKey: string | null = null;
  let inCompanion = false;
  for (let j = trigger.tokenEnd - 1; j < stop; j++) {
    const w = words[j]!;
    if (isCompanionAnywhere(w)) inCompanion = true;
  }
  for (const m of usable) {
    if (m.start < trigger.end || m.end > objectEnd || used.has(m)) continue;
    const k = headIndex(
      tokens,
      words,
      tokenIndexAt(tokens, m.start, clause.tokenStart, clause.tokenEnd),
      clause.tokenStart,
    );
    const w = wordBefore(words, k, clause.tokenStart);
    const type = typeOf(ctx, m);
    if (
      (type === 'place' || type === 'country') &&
      LOCATION_PREPOSITIONS.has(w) &&
      !PEOPLE_NOUNS.has(wordBefore(words, k - 1, clause.tokenStart))
    ) {
      // What a statement says happens somewhere is not where the statement was made: only a place right
      // after the verb ("told reporters in Kyiv") locates a statement.
      if (trigger.type !== 'statement' || k - trigger.tokenEnd <= STATEMENT_PLACE_REACH) locationKey ??= m.entityKey;
      continue;
    }
    const partner = participants.find((p) => coordinated(doc.body, p.span.end, m.start));
    if (partner) {
      add(m, partner.role);
      continue;
    }
    const companion = inCompanion && companionPrepositionBefore(words, k, trigger.tokenEnd - 1);
    if (companion || CONSULT.has(trigger.type)) add(m, 'participant');
    else if (inverted) add(m, 'speaker');
    else if (DIRECTED.has(trigger.type)) add(m, trigger.type === 'publication' ? 'participant' : 'target');
    else add(m, 'participant');
  }
  return locationKey;
}

/** A place stated elsewhere in the clause, which locates the event but does not anchor it. */
function locationElsewhere(pass: Pass): string | null {
  const { ctx, tokens, words, clause, trigger, usable, participants, used } = pass;
  let locationKey: string | null = null;
  // Else a place stated elsewhere in the clause: after the trigger first ("the next round of talks would be
  // held soon, likely in the United States"), then before it ("In Geneva, A met B").
  {
    // Not past a relative clause: "meet leaders who criticized actions in Gaza" is not a meeting in Gaza.
    let relativeAt: Token | undefined;
    for (let j = trigger.tokenEnd; j < clause.tokenEnd && !relativeAt; j++)
      if (RELATIVE_PRONOUNS.has(words[j]!)) relativeAt = tokens[j];
    const after = usable.filter((m) => m.start >= trigger.end && (!relativeAt || m.end <= relativeAt.start));
    const before = usable.filter((m) => m.end <= trigger.start);
    for (const m of [...after, ...before]) {
      if (used.has(m)) continue;
      // A statement's place may open the sentence before its speaker ("Speaking at a summit in Cairo, X said").
      if (
        trigger.type === 'statement' &&
        !(
          openingPhrase(tokens, clause) &&
          participants.length > 0 &&
          m.end <= Math.min(...participants.map((p) => p.span.start))
        )
      )
        continue;
      const k = headIndex(
        tokens,
        words,
        tokenIndexAt(tokens, m.start, clause.tokenStart, clause.tokenEnd),
        clause.tokenStart,
      );
      const type = typeOf(ctx, m);
      if (
        (type === 'place' || type === 'country') &&
        LOCATION_PREPOSITIONS.has(wordBefore(words, k, clause.tokenStart)) &&
        !PEOPLE_NOUNS.has(wordBefore(words, k - 1, clause.tokenStart))
      ) {
        locationKey = m.entityKey;
        break;
      }
    }
  }
  return locationKey;
}

function addCoordinated(pass: Pass, locationKey: string | null): void {
  const { doc, usable, participants, used, add } = pass;
  // "by both Hamas and Israel", "A, B and C": a mention coordinated with a participant shares its role.
  for (const m of usable) {
    if (used.has(m) || m.entityKey === locationKey) continue;
    const partner = participants.find(
      (p) => coordinated(doc.body, p.span.end, m.start) || coordinated(doc.body, m.end, p.span.start),
    );
    if (partner) add(m, partner.role);
  }
}

/** Is the mention the object of "according to" (through a determiner): the source of the report? */
function isReportSource(text: string, m: MentionAnnotation): boolean {
  return /according\s+to\s+(the\s+)?$/i.test(text.slice(Math.max(0, m.start - 20), m.start));
}

/** Is the text between two mentions only a coordinator ("and", ",", "or", "as well as")? */
function coordinated(text: string, from: number, to: number): boolean {
  if (to < from || to - from > 16) return false;
  return /^(\s*,\s*|\s+and\s+(the\s+)?|\s*,\s*and\s+(the\s+)?|\s+or\s+|\s+as well as\s+)$/i.test(text.slice(from, to));
}

const IRREGULAR_PARTICIPLES = wordsOfKind('event-argument-words', 'irregular-participle');

function isParticiple(token: Token): boolean {
  return /(ed|en)$/.test(token.lower) || IRREGULAR_PARTICIPLES.has(token.lower);
}

/** Is the mention a possessor ("Qatar's ministry", "Natalie's half-brother")? */
function isPossessor(text: string, m: MentionAnnotation): boolean {
  return /^['’]s?\b/.test(text.slice(m.end, m.end + 3)) || /['’]s?$/.test(m.text);
}

/**
 * How far a "by" agent may stand after the trigger: up to the next verb that is not part of a passive
 * ("proposals that were put forward … by X" reaches X; "the children abducted by X, following a request by Y"
 * stops before Y's phrase at the comma-led "following").
 */
function agentReach(tokens: readonly Token[], words: readonly string[], trigger: Trigger, clause: Clause): number {
  for (let j = trigger.tokenEnd; j < clause.tokenEnd; j++) {
    const t = tokens[j]!;
    if (t.pos !== 'VERB') continue;
    const passivePart = j > trigger.tokenEnd && PASSIVE_AUX.has(words[j - 1]!);
    if (!passivePart && !(j === trigger.tokenEnd && isParticiple(t))) return t.start;
  }
  return clause.end;
}

/** "hostages released in phases": a participle right after a common noun, with no object of its own. */
function reducedPassive(tokens: readonly Token[], trigger: Trigger, clause: Clause): boolean {
  const last = tokens[trigger.tokenEnd - 1]!;
  if (!/ed$/.test(last.lower) || trigger.tokenStart - 1 < clause.tokenStart) return false;
  if (tokens[trigger.tokenStart - 1]!.pos !== 'NOUN') return false;
  const next = trigger.tokenEnd < clause.tokenEnd ? tokens[trigger.tokenEnd]! : null;
  return next === null || !['DET', 'NUM', 'PROPN', 'NOUN', 'PRON'].includes(next.pos);
}

/** Does the trigger open its clause right after a closing dash ("… - accused")? */
function afterParenthetical(words: readonly string[], trigger: Trigger, clause: Clause): boolean {
  if (trigger.tokenStart - clause.tokenStart > 1 || clause.tokenStart === 0) return false;
  return /^[-—–]$/.test(words[clause.tokenStart - 1]!);
}

/**
 * The first token of the noun phrase ending at token k: back over determiners, adjectives and region words
 * ("in the United States", "in areas of northern Gaza", "at the southern edge of Lakeport").
 */
function headIndex(tokens: readonly Token[], words: readonly string[], k: number, floor: number): number {
  let j = k;
  for (;;) {
    while (j - 1 >= floor && (tokens[j - 1]!.pos === 'DET' || tokens[j - 1]!.pos === 'ADJ')) j--;
    if (j - 2 >= floor && words[j - 1]! === 'of' && REGION_NOUNS.has(words[j - 2]!)) {
      j -= 2;
      continue;
    }
    return j;
  }
}

/** The person named as the subject of a reporting verb that stands before token j in the clause, or null. */
function reportingSubject(
  ctx: ParticipantContext,
  words: readonly string[],
  clause: Clause,
  j: number,
  usable: readonly MentionAnnotation[],
): MentionAnnotation | null {
  const tokens = ctx.doc.tokens;
  let verb = -1;
  for (let k = j - 1; k >= clause.tokenStart; k--) {
    if (REPORTING_VERBS.has(words[k]!)) {
      verb = k;
      break;
    }
  }
  if (verb < 0) return null;
  const verbStart = tokens[verb]!.start;
  const people = usable.filter(
    (m) => m.end <= verbStart && typeOf(ctx, m) === 'person' && !isPossessor(ctx.doc.body, m),
  );
  // Exactly one person before the verb, or the reading is not safe.
  return people.length === 1 ? people[0]! : null;
}

/** Does the clause open with a participle or prepositional phrase ("Speaking at …,", "In Geneva,")? */
function openingPhrase(tokens: readonly Token[], clause: Clause): boolean {
  const first = tokens[clause.tokenStart]!;
  return first.pos === 'ADP' || (first.pos === 'VERB' && /ing$/.test(first.lower));
}

function firstVerb(tokens: readonly Token[], from: number, to: number): number {
  for (let j = from; j < to; j++) if (tokens[j]!.pos === 'VERB' || tokens[j]!.pos === 'AUX') return j;
  return -1;
}

/**
 * Is the trigger a close object of the verb: no other content verb, at most one preposition and a few words
 * between them ("engaged in talks", "were central to a deal", "sent back ideas")?
 */
function closeObject(tokens: readonly Token[], words: readonly string[], from: number, to: number): boolean {
  if (to - from > 8) return false;
  let prepositions = 0;
  for (let j = from; j < to; j++) {
    if (tokens[j]!.pos === 'VERB' && !BROKERING.has(words[j]!)) return false;
    if (tokens[j]!.pos === 'SCONJ' || words[j]! === 'that') return false;
    if (tokens[j]!.pos === 'ADP' && ++prepositions > 1) return false;
  }
  return true;
}

/** "to" introduces a companion only right after the trigger ("spoke to X"); elsewhere it gives a direction. */
function isCompanionAnywhere(w: string): boolean {
  return w !== 'to' && COMPANION.has(w);
}

/** Is there a "with"/"between" between the trigger and token k, with only names, titles and lists in between? */
function companionPrepositionBefore(words: readonly string[], k: number, from: number): boolean {
  for (let j = k - 1; j >= from; j--) {
    const w = words[j]!;
    if (isCompanionAnywhere(w) || (j === from && COMPANION.has(w))) return true;
  }
  return false;
}
