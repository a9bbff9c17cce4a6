/**
 * The contract between the per-article stages. Every offset here is a UTF-16 index into ArticleDoc.body;
 * the assemble stage converts them to code points once, when it writes rows.
 */
import type { EntityType } from './ids.js';
import type { Span, TextSpan } from './spans.js';
import type { Token, Sentence } from './tokens.js';

export interface Dateline extends TextSpan {
  /** "RAFAH, Gaza Strip" — null for "(CNN) —". */
  place: string | null;
  /** "Feb 5" — null when the dateline has no date. */
  dateText: string | null;
  /** "CNN", "AP", "Reuters". */
  agency: string | null;
}

export interface Paragraph extends Span {
  kind: 'paragraph' | 'subheading';
  /** 1-based line number in the raw file, for error messages. */
  line: number;
}

/** One ingested article: what the ingest stage produces and every later stage reads. */
export interface ArticleDoc {
  articleId: string;
  sourceFile: string;
  /** SHA-256 of the raw bytes. */
  sha256: string;
  /** YYYY-MM-DD. */
  published: string;
  authors: string[];
  outlet: string;
  headline: string | null;
  dateline: Dateline | null;
  body: string;
  /** Line number in the raw file where the body starts (1-based); body line k is raw line bodyLine + k. */
  bodyLine: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  tokens: Token[];
}

/** An entity as one article knows it, before entities are merged across articles. */
export interface LocalEntity {
  /** Unique within the article; conventionally entityId(type, name). */
  key: string;
  type: EntityType;
  /** Canonical name within the article: its fullest form, without honorifics or ranks. */
  name: string;
  /** Every other form the article uses. */
  aliases: string[];
  /** ISO 3166-1 alpha-2 for countries, else null. */
  countryCode: string | null;
}

export type MentionKind = 'name' | 'alias' | 'demonym' | 'acronym';

export interface MentionAnnotation extends TextSpan {
  entityKey: string;
  kind: MentionKind;
}

export interface RoleAnnotation extends TextSpan {
  personKey: string;
  /** Normalized title ("Director", "Prime Minister"). */
  title: string;
  /** The title as written. */
  titleText: string;
  organizationKey: string | null;
  /** The title's territory: a country, or a place for sub-national titles ("Ohio Governor"). */
  countryKey: string | null;
  /** What decided the affiliation (see roles.affiliation_rule); null or absent when there is none. */
  affiliationRule?: AffiliationRule | null;
  former: boolean;
}

export type AffiliationRule =
  | 'stated'
  | 'possessor'
  | 'pronoun'
  | 'same-title'
  | 'same-government'
  | 'dateline'
  | 'lead';

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';
export type TimexPrecision =
  | 'time'
  | 'day'
  | 'week'
  | 'month'
  | 'quarter'
  | 'season'
  | 'year'
  | 'decade'
  | 'century'
  | 'none';

export interface TimexAnnotation extends TextSpan {
  type: TimexType;
  value: string;
  /** YYYY-MM-DD the value was resolved against. */
  anchor: string;
  rangeStart: string | null;
  rangeEnd: string | null;
  precision: TimexPrecision;
  /** The rule that decided the value, e.g. "weekday:past-tense". */
  rule: string;
}

export type SpeakerRule =
  | 'explicit'
  | 'previous-sentence'
  | 'pronoun'
  | 'unnamed-source'
  | 'continuation'
  | 'paragraph-continuation'
  | 'clause-subject'
  | 'description'
  | 'heading'
  | 'speaker-name'
  | 'transcript-label';

export interface QuoteAnnotation extends TextSpan {
  speakerKey: string | null;
  speakerText: string | null;
  speakerRule: SpeakerRule | null;
  cue: string | null;
  kind: 'full' | 'fragment';
  hedged: boolean;
  /** YYYY-MM-DD when the attribution clause dates the quote. */
  dateValue: string | null;
  /** The temporal expression that gave dateValue. */
  timex: Span | null;
}

export type QuantityModifier =
  | 'more than'
  | 'at least'
  | 'about'
  | 'up to'
  | 'fewer than'
  | 'at most'
  | 'nearly'
  | 'exactly';

export interface QuantityAnnotation extends TextSpan {
  value: number | null;
  low: number | null;
  high: number | null;
  modifier: QuantityModifier | null;
  unit: string | null;
}

export type EventStatus = 'occurred' | 'planned' | 'proposed' | 'reported' | 'hypothetical' | 'negated';
export type ParticipantRole = 'initiator' | 'participant' | 'target' | 'mediator' | 'speaker';

export interface EventParticipant {
  entityKey: string;
  role: ParticipantRole;
  /** The mention that links the entity to the event. */
  span: TextSpan;
}

export interface EventAnnotation extends TextSpan {
  /** An id from schemas/codelists/event-types.json. */
  type: string;
  trigger: string;
  status: EventStatus;
  dateValue: string | null;
  dateStart: string | null;
  dateEnd: string | null;
  dateSource: 'clause' | 'inherited' | null;
  timex: Span | null;
  locationKey: string | null;
  terms: string | null;
  /** For statements: the span of the quote the statement reports. */
  quote: Span | null;
  participants: EventParticipant[];
}

/** Everything the extract and normalize stages find in one article. */
export interface ArticleAnnotations {
  entities: LocalEntity[];
  mentions: MentionAnnotation[];
  roles: RoleAnnotation[];
  timexes: TimexAnnotation[];
  quotes: QuoteAnnotation[];
  quantities: QuantityAnnotation[];
  events: EventAnnotation[];
}
