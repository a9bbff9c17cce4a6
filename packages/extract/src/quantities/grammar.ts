/**
 * The last step of the quantities extractor: every number it emits must be one the schema can hold. JSON
 * Schema's "number" (and JSON itself) has no Infinity or NaN, and a number too large for a double (a 309-digit
 * figure, or "1e300 million") reads as Infinity; one such row used to fail validation for the whole build.
 * Such a number becomes null; the row keeps the figure exactly in `text` (see the quantities schema).
 */
import type { QuantityAnnotation } from '@dossier/core';

const representable = (n: number | null): number | null => (n === null || Number.isFinite(n) ? n : null);

export function withinValueGrammar(q: QuantityAnnotation): QuantityAnnotation {
  const value = representable(q.value);
  const low = representable(q.low);
  const high = representable(q.high);
  // The schema's unit is a non-empty noun or null.
  const unit = q.unit === '' ? null : q.unit;
  if (value === q.value && low === q.low && high === q.high && unit === q.unit) return q;
  return { ...q, value, low, high, unit };
}
