/**
 * The last check before a value leaves the extractor: every value must parse against the TIMEX3 grammar
 * (isTimexValue, the schema's `value` pattern). The rules are written and property-tested never to fail it;
 * if one ever does, the row is kept with the value's unknown form and a rule that says what happened, so a
 * bug in one rule costs one value, never the build.
 */
import { isTimexValue, type Resolution } from '@dossier/normalize';

/** The unknown form of a value of the resolution's type: a duration keeps its unit ("P1e+21Y" → "PXY"). */
function unknownValueOf(r: Resolution): string {
  if (r.type === 'DURATION' || r.type === 'SET') {
    const unit = /^P(T?)[^A-Z]*([A-Z]+)$/.exec(r.value);
    const value = unit ? `P${unit[1]}X${unit[2]}` : 'PXY';
    if (isTimexValue(value)) return value;
    return 'PXY';
  }
  return 'XXXX-XX-XX';
}

export function withinGrammar(r: Resolution): Resolution {
  if (isTimexValue(r.value)) return r;
  return {
    ...r,
    value: unknownValueOf(r),
    precision: 'none',
    rangeStart: null,
    rangeEnd: null,
    rule: `invalid-value-dropped(${r.rule})`,
  };
}
