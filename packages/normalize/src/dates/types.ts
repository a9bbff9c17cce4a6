import type { TimexPrecision, TimexType } from '@dossier/core';

/** Which way a relative expression points, and the cue that said so (it becomes part of `rule`). */
export interface Direction {
  way: 'past' | 'future';
  /** "past-tense", "future-tense", "default-past" (no cue was found: a default, and the rule says so). */
  cue: string;
  /**
   * The deciding verb stands apart from the expression (after it, or more than a few words before it), so it
   * may tell the time of another event ("declared a dividend, payable Dec. 7"); resolvers may then prefer a
   * nearer reading.
   */
  loose?: boolean;
}

/** A resolved TIMEX3 value, ready to become a TimexAnnotation once a span is attached. */
export interface Resolution {
  type: TimexType;
  value: string;
  anchor: string;
  precision: TimexPrecision;
  rangeStart: string | null;
  rangeEnd: string | null;
  rule: string;
}

export type CalendarUnit = 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade';
export type DurationUnit =
  | 'second'
  | 'minute'
  | 'hour'
  | 'day'
  | 'night'
  | 'week'
  | 'fortnight'
  | 'month'
  | 'quarter'
  | 'year'
  | 'decade'
  | 'century'
  | 'millennium';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';
