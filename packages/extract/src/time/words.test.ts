import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { findTimexes } from './index.js';
import { declaredGatedPatterns, gatedMatches, WordIndex, type GatedPattern } from './words.js';
import { articleOf } from '../article.test-helpers.js';

/** The matches of a plain global scan: what the gated scan must reproduce. */
function plainMatches(text: string, gated: GatedPattern): Array<[number, string]> {
  const global = new RegExp(gated.pattern.source, gated.pattern.flags.replace('y', 'g'));
  const out: Array<[number, string]> = [];
  for (let m = global.exec(text); m; m = global.exec(text)) {
    out.push([m.index, m[0]]);
    if (m[0].length === 0) global.lastIndex++;
  }
  return out;
}

function gatedMatchList(text: string, gated: GatedPattern): Array<[number, string]> {
  const out: Array<[number, string]> = [];
  gatedMatches(text, new WordIndex(text), gated, (m) => out.push([m.index, m[0]]));
  return out;
}

/** Words and phrases the rules look for, in several cases, and words they must not be confused with. */
const WORDS = [
  'the',
  'The',
  'THE',
  'in',
  'a',
  'an',
  'of',
  'over',
  'Over',
  'OVER',
  'during',
  'Throughout',
  'every',
  'Every',
  'each',
  'per',
  'single',
  'other',
  'two',
  '12',
  '2024',
  'day',
  'Day',
  'days',
  'week',
  'weekend',
  'weeks',
  'month',
  'months',
  'year',
  'Year',
  'years',
  'decade',
  'decades',
  'century',
  'centuries',
  'second',
  'seconds',
  'minute',
  'hours',
  'fortnight',
  'quarter',
  'quarterly',
  'daily',
  'Daily',
  'annual',
  'semiannual',
  'nightly',
  'daylight',
  'headquarter',
  'past',
  'last',
  'next',
  'coming',
  'previous',
  'consecutive',
  'Straight',
  'times',
  'once',
  'Twice',
  'spring',
  'Summer',
  'FALL',
  'winter',
  'today',
  'Today',
  'tonight',
  'yesterday',
  'morning',
  'night',
  'evening',
  'half',
  'since',
  'by',
  'until',
  'ever',
  'then',
  'overnight',
  'Overnight',
  'earlier',
  'ago',
  'later',
  'rest',
  'Christmas',
  'Eve',
  'New',
  "Year's",
  'Year’s',
  'May',
  'January',
  'March',
  'Sept',
  'Boxing',
  'Halloween',
  'over the days',
  'Over the past two weeks',
  'every single day',
  "New Year's Day",
  'New Year’s Eve',
  'since then',
  'Ever since then',
  'year-earlier',
  'year ago',
  'Christmas Eve',
  'once a week',
  'two consecutive days',
  'late in the day',
  'the rest of the year',
  'this spring',
  'the next few years',
  'each night',
  'per month',
  'week-long',
  'three-day',
  'x3days',
  '_day',
  'dayé',
  'ſpring',
  'Kday',
];
const SEPARATORS = [' ', ' ', ' ', ' ', '  ', '\n', '\n\n', '-', "'", '’', ', ', '. ', '_', 'é', '“', '”', '(', ''];

const arbitraryText = fc.oneof(
  fc
    .array(fc.tuple(fc.constantFrom(...WORDS), fc.constantFrom(...SEPARATORS)), { maxLength: 30 })
    .map((pairs) => pairs.map(([w, s]) => w + s).join('')),
  fc.string({ maxLength: 60 }),
);

describe('gated scans find what a plain global scan finds', () => {
  // Declaring is enough (module level), but running the rules once also builds every pattern the way they do.
  findTimexes(
    articleOf('Over the past two weeks, every day since then, half of the century ended overnight on Christmas Eve.'),
  );
  const gated = declaredGatedPatterns();

  it('every pattern is declared with start words', () => {
    expect(gated.length).toBeGreaterThan(10);
    for (const g of gated) expect(g.startWords.length, g.key).toBeGreaterThan(0);
  });

  it.each(gated.map((g) => [g.key, g] as const))('%s', (_key, g) => {
    fc.assert(
      fc.property(arbitraryText, (text) => {
        expect(gatedMatchList(text, g)).toEqual(plainMatches(text, g));
      }),
      { numRuns: 1000 },
    );
  });
});
