// Date normalization: TIMEX3 values resolved against an anchor date with date-fns in UTC.
export * from './types.js';
export * from './resolve.js';
export { isTimexValue, TIMEX_VALUE_PATTERN } from './grammar.js';
export { dayOf, periodOf, type DayRange } from './day.js';
export { parseDay, formatDay, makeDay } from './calendar.js';
