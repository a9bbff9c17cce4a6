/** Helpers for the stages that read timexes (quotes, events). */
import type { Span, TimexAnnotation } from '@dossier/core';

/** The timexes that lie entirely inside `span` (a clause or a sentence), in text order. */
export function timexesIn(timexes: readonly TimexAnnotation[], span: Span): TimexAnnotation[] {
  return timexes.filter((t) => t.start >= span.start && t.end <= span.end);
}
