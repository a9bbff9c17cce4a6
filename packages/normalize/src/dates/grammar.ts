/**
 * The TIMEX3 value grammar this project emits (a subset of ISO-TimeML's): calendar values at any precision,
 * weeks, weekends, seasons, quarters, parts of day, clock times, durations, and the three references.
 * Years before the common era carry TIMEX3's "BC" prefix ("BC0044", the century "BC01"); a date whose anchor
 * could not be found is written with TIMEX3's unknown digits ("XXXX-XX-XX"). The same pattern is the `value`
 * pattern of schemas/temporal_expressions.schema.json (a test keeps them equal).
 */
const YEARISH = String.raw`BC\d{4}|BC\d{2}|\d{4}|\d{3}|\d{2}`; // year, decade ("199"), century ("19")
const UNKNOWN_DATE = String.raw`XXXX(?:-XX(?:-XX)?|-WXX|-QX)?`;
const CALENDAR = String.raw`(?:${YEARISH})(?:-(?:(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?|W(?:0[1-9]|[1-4]\d|5[0-3])(?:-WE)?|Q[1-4]|H[12]|SP|SU|FA|WI))?|${UNKNOWN_DATE}`;
const TIME_OF_DAY = String.raw`T(?:MO|MI|AF|EV|NI|DT|(?:[01]\d|2[0-4])(?::[0-5]\d(?::[0-5]\d)?)?(?:Z|[+-](?:0\d|1[0-4])(?::?[0-5]\d)?)?)`;
const DATE_VALUE = String.raw`(?:${CALENDAR})(?:${TIME_OF_DAY})?`;
const AMOUNT = String.raw`(?:\d+(?:\.\d+)?|X)`;
const DURATION_VALUE = `P(?:${AMOUNT}(?:Y|M|W|D|DE|CE|Q)|T${AMOUNT}(?:H|M|S))`;
const REFERENCE = 'PRESENT_REF|PAST_REF|FUTURE_REF';

export const TIMEX_VALUE_PATTERN = new RegExp(`^(?:${DATE_VALUE}|${DURATION_VALUE}|${REFERENCE})$`);

/** True when `value` is a well-formed TIMEX3 value in this project's grammar. */
export function isTimexValue(value: string): boolean {
  return TIMEX_VALUE_PATTERN.test(value);
}
