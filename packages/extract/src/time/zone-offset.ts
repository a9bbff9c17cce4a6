/**
 * "6:40 p.m. (GMT +8)", "10 a.m. GMT+8", "0900 UTC-5": a zone written as an offset from GMT/UTC. The clock
 * readers stop at "GMT"/"UTC" and write the time as UTC ("Z"), which would state the wrong instant; the offset
 * after it joins the span and the value (TIMEX3 writes "T18:40+08"), and a bracket opened before the zone closes
 * inside the span.
 */
import type { Resolution } from '@dossier/normalize';

const UTC_VALUE = /T\d\d:\d\dZ$/;
const OFFSET_AFTER = /^\s?(?<sign>[+\-−])(?<h>\d{1,2})(?::?(?<m>[0-5]\d))?(?!\d|[.,]\d)(?<close>\))?/;
const MAX_OFFSET_HOURS = 14;

/** The span's new end and the value with the offset, when a UTC clock time has one right after it; else null. */
export function zoneOffset(body: string, end: number, r: Resolution): { end: number; value: string } | null {
  if (r.type !== 'TIME' || !UTC_VALUE.test(r.value)) return null;
  const m = OFFSET_AFTER.exec(body.slice(end, end + 12));
  if (!m) return null;
  const hours = Number(m.groups!.h);
  if (hours > MAX_OFFSET_HOURS) return null;
  const sign = m.groups!.sign === '+' ? '+' : '-';
  // A bracket opened inside the span ("(GMT +8)") closes inside it too; one opened before it stays out.
  const opened = body.slice(end - 8, end).includes('(');
  const length = m[0].length - (m.groups!.close && !opened ? 1 : 0);
  const offset = `${sign}${String(hours).padStart(2, '0')}${m.groups!.m ? `:${m.groups!.m}` : ''}`;
  return { end: end + length, value: r.value.replace(/Z$/, offset) };
}
