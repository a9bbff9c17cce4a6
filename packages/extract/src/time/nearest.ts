/**
 * A month or a month and day without a year. With no tense cue in the clause ("payable Jan. 2", "a cut in
 * July was not a given" in reported speech): the nearer of its two occurrences around publication, said in
 * the rule ("default-nearest"). With a cue, the cue decides, unless the cue is only the tense of a verb that
 * stands apart from the date (Direction.loose) and points almost a year away while the other occurrence lies
 * within a season of publication: news writes about what is close, and such a verb may tell another event's
 * time ("declared a dividend payable Dec. 7" in
 * late October is this December, not last; "the May figures" in a June report are this May's).
 */
import type { Direction } from '@dossier/normalize';

/** A verb's tense, not a word about the date itself ("next", "until", "deadline"). */
const VERB_TENSE_CUE = /^(?:past|future|present)-tense\(/;
/**
 * The tense's occurrence is this far (days) or farther and the other one this near or nearer: then the other
 * one wins. A month alone ("in December") is vaguer than a day, so it needs the stronger contrast.
 */
const REACH = { day: { far: 240, near: 125 }, month: { far: 300, near: 75 } };

const DAY_MS = 86_400_000;

/** A limit named with until/till/by ("future-cue(by)"): it points ahead, but a day-precise limit may just have passed. */
const LIMIT_CUE = /^future-cue\((?:by|until|till)\)$/;
/** How recent (days) a limit's past occurrence must be to beat an occurrence almost a year ahead. */
const LIMIT_JUST_PASSED = 31;

/** Days from publication to the month's (or the day's) occurrence in `year`; a month is measured at its middle. */
function daysTo(pub: number, year: number, month: number, day: number | null): number {
  return (Date.UTC(year, month - 1, day ?? 15) - pub) / DAY_MS;
}

/** The distance in days to the last occurrence on or before publication and to the next one after it. */
function distances(published: string, month: number, day: number | null): { back: number; ahead: number } | null {
  const pubYear = Number(published.slice(0, 4));
  const pub = Date.UTC(pubYear, Number(published.slice(5, 7)) - 1, Number(published.slice(8, 10)));
  const thisYear = daysTo(pub, pubYear, month, day);
  if (Number.isNaN(thisYear)) return null;
  if (thisYear <= 0) return { back: -thisYear, ahead: daysTo(pub, pubYear + 1, month, day) };
  return { back: -daysTo(pub, pubYear - 1, month, day), ahead: thisYear };
}

export function orNearest(direction: Direction, published: string, month: number, day: number | null): Direction {
  const d = distances(published, month, day);
  if (!d) return direction;
  if (direction.cue.startsWith('default-')) {
    if (day !== null) return { way: d.ahead < d.back ? 'future' : 'past', cue: 'default-nearest' };
    // Months are counted in whole months, so that a tie (six months either way) stays in the past.
    const pubMonth = Number(published.slice(5, 7));
    const ahead = (month - pubMonth + 12) % 12;
    return { way: ahead !== 0 && ahead < 12 - ahead ? 'future' : 'past', cue: 'default-nearest' };
  }
  // The publication month itself is this year's whichever way the verb points.
  if (day === null && month === Number(published.slice(5, 7))) return direction;
  // "to hand the boy over by Jan. 14", written on Jan. 15: a limit that has just passed, not one a year away.
  if (day !== null && LIMIT_CUE.test(direction.cue) && d.ahead >= REACH.day.far && d.back <= LIMIT_JUST_PASSED)
    return { way: 'past', cue: `just-passed(${direction.cue})` };
  return nearerThanTense(direction, d, day === null ? REACH.month : REACH.day);
}

/**
 * The direction, or its opposite when it rests only on a verb's tense that is loose (or a present tense, the
 * weakest witness) and points at least `reach.far` days away while the other occurrence is within `reach.near`.
 */
export function nearerThanTense(
  direction: Direction,
  d: { back: number; ahead: number },
  reach: { far: number; near: number } = REACH.day,
): Direction {
  if (!VERB_TENSE_CUE.test(direction.cue)) return direction;
  if (!direction.loose && !direction.cue.startsWith('present-tense(')) return direction;
  const [chosen, other] = direction.way === 'past' ? [d.back, d.ahead] : [d.ahead, d.back];
  if (chosen >= reach.far && other <= reach.near)
    return { way: direction.way === 'past' ? 'future' : 'past', cue: `nearer-than-tense(${direction.cue})` };
  return direction;
}
