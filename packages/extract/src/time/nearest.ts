/**
 * A month or a month and day without a year, in a clause with no tense cue ("payable Jan. 2", "a cut in
 * July was not a given" in reported speech): the nearer of its two occurrences around publication, said in
 * the rule ("default-nearest"). With a cue, the cue decides.
 */
import type { Direction } from '@dossier/normalize';

export function orNearest(direction: Direction, published: string, month: number, day: number | null): Direction {
  if (!direction.cue.startsWith('default-')) return direction;
  const pubYear = Number(published.slice(0, 4));
  const pubMonth = Number(published.slice(5, 7));
  if (day === null) {
    const back = (pubMonth - month + 12) % 12;
    const ahead = (month - pubMonth + 12) % 12;
    return { way: ahead < back ? 'future' : 'past', cue: 'default-nearest' };
  }
  const pub = Date.UTC(pubYear, pubMonth - 1, Number(published.slice(8, 10)));
  let thisYear = Date.UTC(pubYear, month - 1, day);
  if (Number.isNaN(thisYear)) return direction;
  if (thisYear === pub) return { way: 'past', cue: 'default-nearest' };
  const ahead = thisYear > pub ? thisYear - pub : Date.UTC(pubYear + 1, month - 1, day) - pub;
  thisYear = thisYear < pub ? thisYear : Date.UTC(pubYear - 1, month - 1, day);
  const back = pub - thisYear;
  return { way: ahead < back ? 'future' : 'past', cue: 'default-nearest' };
}
