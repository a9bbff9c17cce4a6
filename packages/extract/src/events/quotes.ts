/**
 * One statement event per attributed quote. Its evidence span runs over the sentences of the quote and of its
 * attribution, so the quote lies inside the statement (that containment is the link between the two rows).
 * The quote's speaker is the `speaker` participant, linked through a mention of the speaker near the quote.
 * A statement already found from a reporting verb in those sentences ("…,” Jones said) is merged into it.
 */
import {
  firstStartingAfter,
  indexRangeOverlapping,
  itemsWithin,
  type ArticleDoc,
  type EventAnnotation,
  type EventParticipant,
  type MentionAnnotation,
  type QuoteAnnotation,
  type Span,
  type TimexAnnotation,
} from '@dossier/core';
import { insideAny, type Clause } from './clauses.js';
import { dateOf, nearestTimex } from './dating.js';

type Located = EventAnnotation & { paragraph: number };

export interface QuoteStatementInput {
  doc: ArticleDoc;
  quotes: readonly QuoteAnnotation[];
  quoted: readonly Span[];
  mentions: readonly MentionAnnotation[];
  timexes: readonly TimexAnnotation[];
  clauses: readonly Clause[];
  events: Located[];
}

/** The sentences (which never overlap) that the span touches, by binary search. */
function sentencesCovering(doc: ArticleDoc, span: Span): { first: number; last: number } | null {
  return indexRangeOverlapping(doc.sentences, span.start, span.end);
}

/** The mentions of each entity, in the order of `mentions`: one pass instead of a filter per quote. */
function mentionsByEntity(mentions: readonly MentionAnnotation[]): Map<string, MentionAnnotation[]> {
  const byKey = new Map<string, MentionAnnotation[]>();
  for (const m of mentions) {
    const own = byKey.get(m.entityKey);
    if (own) own.push(m);
    else byKey.set(m.entityKey, [m]);
  }
  return byKey;
}

/** The mention of `key` that names the speaker: in the span outside quotes, else the nearest one before it. */
function speakerMention(
  byEntity: ReadonlyMap<string, readonly MentionAnnotation[]>,
  key: string,
  span: Span,
  quoted: readonly Span[],
): MentionAnnotation | null {
  const own = byEntity.get(key) ?? [];
  const inside = own.filter((m) => m.start >= span.start && m.end <= span.end && !insideAny(quoted, m.start));
  if (inside.length) return inside[inside.length - 1]!;
  const before = own.filter((m) => m.end <= span.start);
  if (before.length) return before[before.length - 1]!;
  return own[0] ?? null;
}

/**
 * The statement events among `events`, found by binary search over their starts. `events` only ever loses
 * statements and gains them at its end, so an event's place in it orders what a look-up returns exactly as a
 * filter over `events` would.
 */
class StatementIndex {
  private readonly byStart: Located[] = [];
  private readonly place = new Map<Located, number>();
  private readonly removed = new Set<Located>();
  private next = 0;

  constructor(events: readonly Located[]) {
    for (const e of events) this.add(e);
  }

  add(e: Located): void {
    const place = this.next++;
    if (e.type !== 'statement') return;
    this.place.set(e, place);
    this.byStart.splice(firstStartingAfter(this.byStart, e.start), 0, e);
  }

  remove(e: Located): void {
    this.removed.add(e);
  }

  /** The statements lying wholly inside the span, in their order in `events`. */
  within(span: Span): Located[] {
    return itemsWithin(this.byStart, span.start, span.end)
      .filter((e) => !this.removed.has(e))
      .sort((a, b) => this.place.get(a)! - this.place.get(b)!);
  }
}

export function quoteStatements(input: QuoteStatementInput): Located[] {
  const { doc, quotes, quoted, mentions, timexes } = input;
  const events = [...input.events];
  const bySpan = new Map<string, Located>();
  const byEntity = mentionsByEntity(mentions);
  const statements = new StatementIndex(events);
  // The first timex with each span, as a find over the list would return it.
  const timexBySpan = new Map<string, TimexAnnotation>();
  for (const t of timexes) if (!timexBySpan.has(`${t.start}-${t.end}`)) timexBySpan.set(`${t.start}-${t.end}`, t);
  for (const q of [...quotes].sort((a, b) => a.start - b.start)) {
    const attributed = q.speakerKey !== null || q.speakerText !== null;
    if (!attributed) continue;
    const covering = sentencesCovering(doc, q);
    if (!covering) continue;
    const { first, last } = covering;
    const span: Span = { start: doc.sentences[first]!.start, end: doc.sentences[last]!.end };
    const key = `${span.start}-${span.end}`;
    const speaker = q.speakerKey ? speakerMention(byEntity, q.speakerKey, span, quoted) : null;
    const participant: EventParticipant | null =
      speaker && q.speakerKey
        ? {
            entityKey: q.speakerKey,
            role: 'speaker',
            span: { start: speaker.start, end: speaker.end, text: speaker.text },
          }
        : null;

    const existing = bySpan.get(key);
    if (existing) {
      if (
        participant &&
        !existing.participants.some((p) => p.entityKey === participant.entityKey && p.role === 'speaker')
      )
        existing.participants.push(participant);
      continue;
    }
    // A reporting-verb statement inside these sentences is the same statement.
    const merged = statements.within(span);
    for (const m of merged) {
      events.splice(events.indexOf(m), 1);
      statements.remove(m);
    }
    const participants: EventParticipant[] = [];
    // The quote's attribution names the speaker; other speakers read off the reporting verb's phrase ("the
    // Israeli PM said" → Israel) give way to it.
    for (const m of merged) {
      for (const p of m.participants) {
        if (participant && p.role === 'speaker' && p.entityKey !== participant.entityKey) continue;
        if (!participants.some((o) => o.entityKey === p.entityKey && o.role === p.role)) participants.push(p);
      }
    }
    if (participant && !participants.some((p) => p.entityKey === participant.entityKey && p.role === 'speaker'))
      participants.push(participant);

    const ownTimex = nearestTimex(timexes, span, q.end, (t) => insideAny(quoted, t.start));
    const quoteTimex = q.timex ? (timexBySpan.get(`${q.timex.start}-${q.timex.end}`) ?? null) : null;
    const timex = ownTimex ?? quoteTimex;
    const date = timex ? dateOf(timex) : null;
    const dated = merged.find((m) => m.dateSource === 'clause');
    const event: Located = {
      type: 'statement',
      trigger: q.cue ?? merged[0]?.trigger ?? 'quote',
      text: doc.body.slice(span.start, span.end),
      start: span.start,
      end: span.end,
      status: q.hedged ? 'reported' : 'occurred',
      dateValue: date?.dateValue ?? dated?.dateValue ?? null,
      dateStart: date?.dateStart ?? dated?.dateStart ?? null,
      dateEnd: date?.dateEnd ?? dated?.dateEnd ?? null,
      dateSource: date || dated ? 'clause' : null,
      timex: date?.timex ?? dated?.timex ?? null,
      locationKey: merged.find((m) => m.locationKey)?.locationKey ?? null,
      terms: null,
      quote: { start: q.start, end: q.end },
      participants,
      paragraph: doc.sentences[first]!.paragraph,
    };
    bySpan.set(key, event);
    events.push(event);
    statements.add(event);
  }
  return events;
}
