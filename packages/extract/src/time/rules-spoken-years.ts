/**
 * Years written out in words, as transcripts of spoken news write them: "nineteen ninety-six" → 1996,
 * "nineteen oh five" → 1905, "the year two thousand" → 2000 (TimeML annotates these as the year; the span
 * keeps "the year" before it, as the TempEval-3 training data does). "two thousand" alone is a count
 * ("two thousand troops"), so only "the year two thousand …" is a year.
 */
import { resolveMonth, resolveSeason, resolveYear, type Resolution } from '@dossier/normalize';
import { candidate, scanGated, type Candidate } from './candidate.js';
import { parseAmount, temporalLexicon } from './lexicon.js';
import { gatedPattern, type WordIndex } from './words.js';

const UNITS = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';

const SPOKEN_YEAR = gatedPattern(
  'spoken-year',
  ['eighteen', 'nineteen', 'twenty', 'two'],
  () =>
    new RegExp(
      `\\b(?:(?<hi>eighteen|nineteen|twenty)[\\s-]+(?<lo>(?:${TENS})(?:[\\s-](?:${UNITS}))?|${TEENS}|oh[\\s-](?:${UNITS}))|two\\s+thousand(?:\\s+and\\s+(?<after>${UNITS}|${TEENS}))?)\\b(?![-'’])`,
      'yi',
    ),
);
const THE_YEAR_BEFORE = /\bthe\s+year\s+$/i;
/** "January nineteen ninety-seven", "the winter of nineteen ninety-four": the month or season joins the year. */
const PERIOD_BEFORE = /(?:\b(?<the>[Tt]he)\s+)?\b(?<word>\p{L}+)\s+(?:(?<of>of)\s+)?$/u;

/** The year is written, so no direction is read; resolvers still ask for one. */
const SPOKEN = { way: 'past', cue: 'spoken-year' } as const;

interface Period {
  start: number;
  build(published: string, year: number): Resolution;
}

/** The month or season written right before the year, if any. */
function periodBefore(body: string, at: number): Period | null {
  const sliceStart = Math.max(0, at - 24);
  const m = PERIOD_BEFORE.exec(body.slice(sliceStart, at));
  if (!m) return null;
  const g = m.groups!;
  const { months, seasons } = temporalLexicon();
  const word = g.word!.toLowerCase();
  const wordStart = sliceStart + m.index + m[0].search(/\p{L}+\s+(?:of\s+)?$/u);
  const month = months.get(word);
  // A capitalized month name only: "may" and "march" in lower case are verbs.
  if (month && !g.of && /^\p{Lu}/u.test(g.word!))
    return { start: wordStart, build: (p, y) => resolveMonth(p, month, y, SPOKEN) };
  const season = seasons.get(word);
  if (season)
    return {
      start: g.the ? sliceStart + m.index : wordStart,
      build: (p, y) => resolveSeason(p, season, y, null, SPOKEN),
    };
  return null;
}

/** The year a match names, or null when its parts are not numbers (they always are, by the pattern). */
function yearOf(g: Record<string, string | undefined>): number | null {
  if (!g.hi) return 2000 + (g.after ? (parseAmount(g.after) ?? 0) : 0);
  const hi = parseAmount(g.hi);
  const lo = parseAmount(g.lo!.replace(/^oh[\s-]/i, ''));
  return typeof hi === 'number' && typeof lo === 'number' ? hi * 100 + lo : null;
}

export function spokenYearCandidates(body: string, words: WordIndex): Candidate[] {
  return scanGated(body, words, SPOKEN_YEAR, (m) => {
    const g = m.groups!;
    const theYear = THE_YEAR_BEFORE.exec(body.slice(Math.max(0, m.index - 12), m.index));
    if (!g.hi && !theYear) return null; // "two thousand troops" is a count
    const year = yearOf(g);
    if (year === null) return null;
    const period = theYear ? null : periodBefore(body, m.index);
    const start = period?.start ?? m.index - (theYear ? theYear[0].length : 0);
    return candidate(start, m.index + m[0].length, 1, 'year', (ctx) =>
      period ? withRule(period.build(ctx.published, year), 'spoken') : resolveYear(ctx.published, year, 'year:spoken'),
    );
  });
}

function withRule(r: Resolution, suffix: string): Resolution {
  return { ...r, rule: `${r.rule}:${suffix}` };
}
