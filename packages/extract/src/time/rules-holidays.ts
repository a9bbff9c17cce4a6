/**
 * Holidays (lexicon temporal-holidays), each defined by its rule in the Gregorian calendar: a fixed date
 * ("Christmas Eve", resolved like "24 December"), the nth weekday of a month ("Labor Day", the first Monday of
 * September; "Memorial Day", the last Monday of May), or a number of days from Easter Sunday ("Good Friday",
 * two days before). "<holiday> weekend" is the weekend next to it: "Labor Day weekend" is the Saturday and
 * Sunday before the Monday; "<holiday> week" is the ISO week that holds it ("Easter week", "Thanksgiving week").
 */
import { resolveMonthDay, resolveRelativeUnit, type Direction, type Resolution } from '@dossier/normalize';
import { loadLexicon } from '@dossier/lexicons';
import { candidate, scanGated, type Candidate } from './candidate.js';
import { nearerThanTense, orNearest } from './nearest.js';
import { gatedPattern, type WordIndex } from './words.js';

export interface Holiday {
  name: string;
  month?: number;
  /** A fixed day of the month. */
  day?: number;
  /** With `nth`: the nth such weekday (1 = Monday … 7 = Sunday) of the month; nth −1 is the last. */
  weekday?: number;
  nth?: number;
  /** The day of the month the count of weekdays starts from (default 1): "the Tuesday after the first Monday" is the first Tuesday from the 2nd. */
  fromDay?: number;
  /** Days from Easter Sunday (Gregorian computus). */
  easter?: number;
}

const DAY_MS = 86_400_000;

function holidayEntries(): Holiday[] {
  return loadLexicon<Holiday>('temporal-holidays').entries;
}

/** A match starts with the name's first word ("New" of "New Year's Day"), which a space or an apostrophe ends. */
const HOLIDAY = gatedPattern(
  'holiday',
  () => holidayEntries().map((h) => h.name.split(/[^A-Za-z0-9_]/)[0]!),
  () =>
    new RegExp(
      `\\b(?:${holidayEntries()
        .map((h) => h.name)
        .sort((a, b) => b.length - a.length)
        .map((n) => n.replace(/'/g, "['’]").replace(/ /g, '\\s+'))
        .join('|')})(?<around>\\s+week(?:end)?)?\\b`,
      'dy',
    ),
);

/** Easter Sunday of a Gregorian year (the anonymous Gregorian computus, Meeus/Jones/Butcher), as a UTC time. */
export function easterSunday(year: number): number {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const n = h + l - 7 * m + 114;
  return Date.UTC(year, Math.floor(n / 31) - 1, (n % 31) + 1);
}

/** ISO weekday (1 = Monday … 7 = Sunday) of a UTC time. */
function weekdayOf(time: number): number {
  return ((new Date(time).getUTCDay() + 6) % 7) + 1;
}

/** The holiday's date in `year` as a UTC time, or null when its entry defines no moving date. */
export function movingDate(h: Holiday, year: number): number | null {
  if (h.easter !== undefined) return easterSunday(year) + h.easter * DAY_MS;
  if (h.month === undefined || h.weekday === undefined || h.nth === undefined) return null;
  if (h.nth < 0) {
    let t = Date.UTC(year, h.month, 0); // the month's last day
    while (weekdayOf(t) !== h.weekday) t -= DAY_MS;
    return t + (h.nth + 1) * 7 * DAY_MS;
  }
  let t = Date.UTC(year, h.month - 1, h.fromDay ?? 1);
  while (weekdayOf(t) !== h.weekday) t += DAY_MS;
  return t + (h.nth - 1) * 7 * DAY_MS;
}

const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);

/** The occurrence around publication that the direction points to: strictly by it, or the nearer with no cue. */
function resolveMoving(published: string, h: Holiday, direction: Direction): Resolution | null {
  const pubYear = Number(published.slice(0, 4));
  const pub = Date.parse(`${published}T00:00:00Z`);
  const times = [pubYear - 1, pubYear, pubYear + 1].map((y) => movingDate(h, y)).filter((t) => t !== null);
  if (times.length < 3) return null;
  const back = Math.max(...times.filter((t) => t <= pub));
  const ahead = Math.min(...times.filter((t) => t >= pub));
  const nearest = ahead - pub < pub - back ? ahead : back;
  const way = nearerThanTense(direction, { back: (pub - back) / DAY_MS, ahead: (ahead - pub) / DAY_MS });
  const chosen = direction.cue.startsWith('default-') ? nearest : way.way === 'past' ? back : ahead;
  const cue = direction.cue.startsWith('default-') ? 'default-nearest' : way.cue;
  return {
    type: 'DATE',
    value: isoDay(chosen),
    anchor: published,
    precision: 'day',
    rangeStart: null,
    rangeEnd: null,
    rule: `holiday:${cue}`,
  };
}

/** The weekend next to a holiday's day: a Monday holiday's is the one before it, any other day's its own week's. */
function weekendOf(published: string, day: Resolution): Resolution {
  const time = Date.parse(`${day.value}T00:00:00Z`);
  const inWeekend = weekdayOf(time) === 1 ? time - DAY_MS : time;
  const r = resolveRelativeUnit(isoDay(inWeekend), 'weekend', 0, `${day.rule}+weekend`);
  return { ...r, anchor: published };
}

/** The ISO week that holds a holiday's day. */
function weekOf(published: string, day: Resolution): Resolution {
  return { ...resolveRelativeUnit(day.value, 'week', 0, `${day.rule}+week`), anchor: published };
}

let holidayNames: Map<string, Holiday> | undefined;

export function holidayCandidates(body: string, words: WordIndex): Candidate[] {
  // Built once per process, not per article.
  const byName = (holidayNames ??= new Map(holidayEntries().map((h) => [h.name.toLowerCase().replace(/’/g, "'"), h])));
  return scanGated(body, words, HOLIDAY, (m) => {
    const around = m.groups?.around;
    const name = m[0].slice(0, m[0].length - (around?.length ?? 0));
    const holiday = byName.get(name.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' '));
    if (!holiday) return null;
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 1, 'holiday', (ctx) => {
      const direction = ctx.direction(start, end);
      let r: Resolution | null;
      if (holiday.day !== undefined && holiday.month !== undefined) {
        r = resolveMonthDay(
          ctx.published,
          holiday.month,
          holiday.day,
          null,
          orNearest(direction, ctx.published, holiday.month, holiday.day),
        );
        r = r && { ...r, rule: `holiday+${r.rule}` };
      } else r = resolveMoving(ctx.published, holiday, direction);
      if (!r || !around) return r;
      return around.trimStart() === 'weekend' ? weekendOf(ctx.published, r) : weekOf(ctx.published, r);
    });
  });
}
