export { CodePointIndex, sliceCodePoints, codePointLength } from './spans.js';
export type { Span, TextSpan } from './spans.js';
export { error, warning, formatDiagnostic, escapeControls, DiagnosticsError } from './diagnostics.js';
export type { Diagnostic, Place } from './diagnostics.js';
export {
  slugify,
  entityId,
  spanKey,
  spanRowId,
  spanRowIds,
  sha256,
  SPAN_PREFIX,
  SPAN_KEY_MAX,
  type SpanForId,
} from './ids.js';
export type { EntityType } from './ids.js';
export type { Token, Sentence, TextAnalysis } from './tokens.js';
export type * from './annotations.js';
export {
  partitionPoint,
  firstStartingAtOrAfter,
  firstStartingAfter,
  firstEndingAfter,
  lastStartingAtOrBefore,
  itemsWithin,
  indexRangeOverlapping,
  indexContaining,
  coverageOf,
  itemsWithinList,
} from './lookup.js';
export { countWords } from './words.js';
