/**
 * Events against the gold's `events_for_review` lines. Those lines are plain sentences for a reviewer
 * ("meeting: A with B, Paris; planned, Sunday 2024-01-28"), not spans: they name the kind of event before the
 * colon and its status (occurred / planned / proposed …) near the end. So events are scored by what the gold
 * does state: the event type (one-to-one per article, a predicted event of the same type counts), and the
 * type together with the status. Trigger spans, participants and dates are not scored: the gold has no spans
 * for them. The lines list the *main* events only, so precision understates the pipeline; recall is the
 * figure to read. Pure: no I/O.
 */
import { matchOneToOne } from './match.js';
import { prf, type Prf } from './prf.js';

/** Statuses of the events table (schemas/events.schema.json), as an annotator writes them. */
const STATUSES = ['occurred', 'planned', 'proposed', 'reported', 'hypothetical', 'negated'] as const;

/**
 * The words annotators put before the colon, folded onto the event code list (schemas/codelists/event-types.json).
 * General English for kinds of events, like TITLE_SYNONYMS for titles; plurals are folded by eventTypeOfLabel.
 * A label not here (e.g. "background", "decision", "deadline") has no event type and is reported as not scored.
 */
export const EVENT_LABEL_TYPES: Readonly<Record<string, string>> = {
  meeting: 'meeting',
  summit: 'meeting',
  conference: 'meeting',
  'sit-down': 'meeting',
  talks: 'talks',
  talk: 'talks',
  negotiation: 'talks',
  negotiations: 'talks',
  discussions: 'talks',
  mediation: 'mediation',
  'phone call': 'phone_call',
  phone_call: 'phone_call',
  call: 'phone_call',
  'conference call': 'phone_call',
  'video call': 'phone_call',
  conversation: 'phone_call',
  visit: 'visit',
  travel: 'visit',
  trip: 'visit',
  statement: 'statement',
  'news conference': 'statement',
  'press conference': 'statement',
  announcement: 'statement',
  remarks: 'statement',
  interview: 'statement',
  declaration: 'statement',
  publication: 'publication',
  report: 'publication',
  broadcast: 'publication',
  leak: 'publication',
  'data release': 'publication',
  proposal: 'proposal',
  offer: 'proposal',
  plan: 'proposal',
  agreement: 'agreement',
  deal: 'agreement',
  signing: 'agreement',
  ceasefire: 'ceasefire',
  pause: 'ceasefire',
  truce: 'ceasefire',
  release: 'release',
  handover: 'release',
  'prisoner swap': 'release',
  exchange: 'release',
  transfer: 'release',
  abduction: 'abduction',
  kidnapping: 'abduction',
  attack: 'attack',
  strike: 'attack',
  'air strike': 'attack',
  airstrike: 'attack',
  raid: 'attack',
  offensive: 'attack',
  fighting: 'attack',
  bombing: 'attack',
  shelling: 'attack',
  criticism: 'criticism',
  accusation: 'criticism',
  condemnation: 'criticism',
  praise: 'praise',
  support: 'praise',
  endorsement: 'praise',
  rejection: 'rejection',
  refusal: 'rejection',
  demand: 'demand',
  appeal: 'demand',
  aid: 'aid',
  'aid delivery': 'aid',
  protest: 'protest',
  rally: 'protest',
  vigil: 'protest',
  demonstration: 'protest',
};

export const EVENTS_MATCHING_NOTE =
  'gold: the events_for_review lines, whose label (before the colon) is folded onto an event type and whose status word is read; ' +
  'event_types: one-to-one per article, a predicted event of the same type matches; event_statuses: the matched pair also has the same status. ' +
  'Not scored: trigger spans, participants and dates (the gold gives no spans for them), and lines whose label folds onto no type. ' +
  'The lines list the main events only, so precision understates the pipeline: read recall.';

export interface GoldEvent {
  line: string;
  /** The words before the first colon, lower-cased. */
  label: string;
  /** The event code the label folds onto; null when it folds onto none (the line is not scored). */
  type: string | null;
  status: string | null;
}

export function eventTypeOfLabel(label: string): string | null {
  const key = label.trim().toLocaleLowerCase('en').replace(/\s+/g, ' ');
  const singular = key.replace(/(?<=[a-z])(ies)$/, 'y').replace(/(?<=[a-z])s$/, '');
  return EVENT_LABEL_TYPES[key] ?? EVENT_LABEL_TYPES[singular] ?? null;
}

/** Reads one `events_for_review` line: its label, the type it folds onto, and the status it states. */
export function parseGoldEvent(line: string): GoldEvent {
  const colon = line.indexOf(':');
  const label = (colon > 0 ? line.slice(0, colon) : '').trim().toLocaleLowerCase('en');
  // The status sits in the last "; "-separated part ("…; occurred, Friday 2024-01-26"); fall back to the whole line.
  const parts = line.split(';');
  const statusIn = (text: string) => STATUSES.find((s) => new RegExp(`\\b${s}\\b`, 'i').test(text)) ?? null;
  const status = statusIn(parts[parts.length - 1]!) ?? statusIn(line);
  return { line, label, type: label ? eventTypeOfLabel(label) : null, status };
}

export interface EventRow {
  type: string;
  status: string;
  trigger: string;
  start: number;
}

export interface EventMetric extends Prf {
  missed: string[];
  spurious: string[];
}

export interface ArticleEventScore {
  article_id: string;
  event_types: EventMetric;
  event_statuses: EventMetric;
  /** Gold lines whose label folds onto no event type. */
  not_scored: string[];
}

const showGold = (g: GoldEvent) =>
  `${g.type} (${g.status ?? 'no status'}): ${g.line.length > 70 ? `${g.line.slice(0, 69)}…` : g.line}`;
const showPred = (p: EventRow) => `${p.type} (${p.status}): "${p.trigger}"@${p.start}`;

/** Scores one article's event rows against its gold `events_for_review` lines. */
export function scoreArticleEvents(
  articleId: string,
  lines: readonly string[],
  predicted: readonly EventRow[],
): ArticleEventScore {
  const parsed = lines.map(parseGoldEvent);
  const scored = parsed.filter((g) => g.type !== null);
  // Same type is a match; same type and status is a better one, so statuses pair up where they can.
  const m = matchOneToOne(scored, predicted, (g, p) => (g.type !== p.type ? 0 : g.status === p.status ? 2 : 1));
  const types: EventMetric = {
    ...prf({ tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length }),
    missed: m.missed.map(showGold),
    spurious: m.spurious.map(showPred),
  };
  const right = m.pairs.filter(({ gold, pred }) => gold.status === pred.status);
  const wrong = m.pairs.filter(({ gold, pred }) => gold.status !== pred.status);
  const statuses: EventMetric = {
    ...prf({ tp: right.length, fp: predicted.length - right.length, fn: scored.length - right.length }),
    missed: wrong.map(({ gold, pred }) => `${showGold(gold)} — found ${pred.status}`),
    spurious: [],
  };
  return {
    article_id: articleId,
    event_types: types,
    event_statuses: statuses,
    not_scored: parsed.filter((g) => g.type === null).map((g) => g.line),
  };
}
