/**
 * The publication day as the page writes it: the date part of an ISO 8601 timestamp, in the page's own
 * offset (a story published at 23:30 in New York is dated that day, not the next day in UTC).
 */

const ISO_DAY = /^\s*(\d{4})-(\d{2})-(\d{2})(?:$|[T\s])/;
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
// "Fri, 26 Apr 2024 10:00:00 GMT" (RFC 2822), "26 April 2024", "April 26, 2024".
const DAY_MONTH_YEAR = /^(?:\w{3},?\s+)?(\d{1,2})\s+([A-Za-z]{3,9})\.?\s+(\d{4})\b/;
const MONTH_DAY_YEAR = /^(?:\w{3,9},?\s+)?([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/;

function realDay(y: number, m: number, d: number): string | null {
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthOf(name: string): number {
  return MONTHS.indexOf(name.slice(0, 3).toLowerCase()) + 1;
}

/** YYYY-MM-DD, or null when the value is not a date written in one of the forms above. */
export function publicationDay(value: string | undefined): string | null {
  if (!value) return null;
  const iso = ISO_DAY.exec(value);
  if (iso) return realDay(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const dmy = DAY_MONTH_YEAR.exec(value.trim());
  if (dmy && monthOf(dmy[2]!)) return realDay(Number(dmy[3]), monthOf(dmy[2]!), Number(dmy[1]));
  const mdy = MONTH_DAY_YEAR.exec(value.trim());
  if (mdy && monthOf(mdy[1]!)) return realDay(Number(mdy[3]), monthOf(mdy[1]!), Number(mdy[2]));
  return null;
}
