/**
 * Expressions anchored to something the text does not date ("that day" with no date before it, "a day after
 * the second anniversary"): the span is kept with TIMEX3's unknown digits as its value, and a rule ending in
 * ":unresolved", so a reader sees that the anchor is missing; nothing is guessed.
 */
import type { Resolution } from '@dossier/normalize';
import type { PartOfDay } from '@dossier/normalize';

export type UnresolvedGranularity = 'day' | 'week' | 'month' | 'quarter' | 'year';

const UNKNOWN: Record<UnresolvedGranularity, string> = {
  day: 'XXXX-XX-XX',
  week: 'XXXX-WXX',
  month: 'XXXX-XX',
  quarter: 'XXXX-QX',
  year: 'XXXX',
};

export function unresolved(
  published: string,
  granularity: UnresolvedGranularity,
  rule: string,
  part?: PartOfDay,
): Resolution {
  const value = part ? `${UNKNOWN.day}T${part}` : UNKNOWN[granularity];
  return {
    type: part ? 'TIME' : 'DATE',
    value,
    anchor: published,
    precision: 'none',
    rangeStart: null,
    rangeEnd: null,
    rule: `${rule}:unresolved`,
  };
}
