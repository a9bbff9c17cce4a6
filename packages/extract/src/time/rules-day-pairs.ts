/**
 * The second day of a pair written with one month: "April 24 and 25", "Oct. 3 or 4". The month-day before it is
 * read by chrono; the bare number after "and"/"or" is a date too (TimeML annotates it; TempEval-3 training data:
 * "on April 24 and 25" → 25 = that April's 25th), in the same month and year as the day before it.
 */
import type { Resolution } from '@dossier/normalize';
import { candidate, scanGated, type Candidate } from './candidate.js';
import { temporalLexicon } from './lexicon.js';
import { capAlternation } from './patterns.js';
import { gatedPattern, type WordIndex } from './words.js';

const MONTH_WORDS = (): string[] => [...temporalLexicon().months.keys()].filter((w) => /^[a-z]+$/.test(w));

/** Month, day, "and"/"or", day; not a count or a measure after it ("April 24 and 25 percent", "and 25.5"). */
const DAY_PAIR = gatedPattern('day-pair', MONTH_WORDS, () => {
  const month = capAlternation(MONTH_WORDS());
  return new RegExp(
    `\\b(?:${month})\\.?\\s+(?<first>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:and|or)\\s+(?<second>\\d{1,2})(?:st|nd|rd|th)?\\b(?![.,]\\d|\\s*(?:%|[Pp]ercent\\b|[a-z]))`,
    'yd',
  );
});

export function dayPairCandidates(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, DAY_PAIR, (m) => {
    const first = Number(m.groups!.first);
    const second = Number(m.groups!.second);
    if (second <= first || second > 31) return null;
    const [start, end] = m.indices!.groups!.second!;
    return candidate(start, end, 1, 'day-pair', (ctx): Resolution | null => {
      // The day before it, as resolved (chrono read the month-day and chose its year).
      const previous = ctx.previousDate(start, 40);
      if (!previous || !/^\d{4}-\d\d-\d\d$/.test(previous.value) || Number(previous.value.slice(8)) !== first)
        return null;
      const year = Number(previous.value.slice(0, 4));
      const month = Number(previous.value.slice(5, 7));
      // A day the month does not have ("February 28 and 30") is no date.
      if (new Date(Date.UTC(year, month - 1, second)).getUTCDate() !== second) return null;
      const value = `${previous.value.slice(0, 8)}${String(second).padStart(2, '0')}`;
      return {
        type: 'DATE',
        value,
        anchor: previous.anchor,
        precision: 'day',
        rangeStart: null,
        rangeEnd: null,
        rule: 'day-pair:month-of-previous-day',
      };
    });
  });
}
