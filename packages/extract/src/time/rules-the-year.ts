/**
 * "The year" the story is in: "earlier in the year", "for the year", "began the year", "the first nine months
 * of the year", "the full year", "year-end", "year-to-date" → the year of a date the sentence gives, else the
 * publication year (said in `rule`). "The year ended March 31" is a reporting period: a DURATION of one year,
 * as TimeML writes it. A bare "the year" elsewhere ("player of the year", "the year since the war") is left out.
 */
import { resolveDuration, resolveYear, type Resolution } from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import {
  gatedHeadStarts,
  matchCandidate,
  memoRegex,
  scanAround,
  type Candidate,
  type TimexContext,
} from './candidate.js';
import { contextWords } from './lexicon.js';
import { wordBefore } from './patterns.js';
import { sentenceAt } from './tokens.js';
import { gatedPattern, type WordIndex } from './words.js';

const YEAR_HEAD = gatedPattern('the-year-head', ['year'], () => /\b[Yy]ear\b/y);
/** Words right before a bare "the year" that make it the current year ("began the year", "for the year"). */
const BEFORE_THE_YEAR = contextWords('the-year-before');
/** Words before "of/to the year" that make it so ("months of the year", "a weak start to the year"). */
const BEFORE_OF_THE_YEAR = contextWords('the-year-part-of');
/** "since year-end": the start of a stretch running up to now. */
const START_PREPOSITIONS = contextWords('start-prepositions');

function theYearPattern(): RegExp {
  return memoRegex(
    'the-year',
    () =>
      /(?:(?<rel>[Ee]arlier|[Ll]ater)\s+in\s+)?[Tt]he\s+(?:(?<kind>full|fiscal|financial|calendar|whole|entire)\s+)?year\b(?!['’-]|\s+(?:before|after|since|when|that|which|ago|earlier|later|prior|ahead|to\s+come|in\s+which|of|\d)\b)|(?<edge>[Yy]ear(?:-end|\s+end|['’]s\s+end|-to-date)\b)/dy,
  );
}

/** The year of a date given earlier in the same sentence ("in 2019 … for the year"), else the publication year. */
function yearOfStory(ctx: TimexContext, start: number, rule: string): Resolution {
  const sentence = sentenceAt(ctx.doc, start);
  const previous = sentence ? ctx.previousDate(start, start - sentence.start) : null;
  const written = previous && /^\d{4}/.test(previous.value) ? Number(previous.value.slice(0, 4)) : null;
  if (written !== null)
    return { ...resolveYear(ctx.published, written, `${rule}:sentence-year`), anchor: ctx.published };
  return resolveYear(ctx.published, Number(ctx.published.slice(0, 4)), `${rule}:publication-year`);
}

/** The year whose end lies behind: the sentence's year when it names one, else the year before publication. */
function lastYearEnd(ctx: TimexContext, start: number, rule: string): Resolution {
  const sentence = sentenceAt(ctx.doc, start);
  const previous = sentence ? ctx.previousDate(start, start - sentence.start) : null;
  if (previous && /^\d{4}/.test(previous.value)) return yearOfStory(ctx, start, rule);
  return resolveYear(ctx.published, Number(ctx.published.slice(0, 4)) - 1, `${rule}:since-previous-year`);
}

/** True when a bare "the year" at `start` is the current year by the words before it. */
function currentYearByContext(body: string, start: number): boolean {
  const before = wordBefore(body, start);
  if (BEFORE_THE_YEAR.has(before)) return true;
  if (before !== 'of' && before !== 'to') return false;
  const beforeStart = body.lastIndexOf(before, start);
  return beforeStart > 0 && BEFORE_OF_THE_YEAR.has(wordBefore(body, beforeStart));
}

export function theYearCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  const body = doc.body;
  return scanAround(body, gatedHeadStarts(body, words, YEAR_HEAD), theYearPattern(), 4, (m) => {
    const g = m.groups!;
    const start = m.index;
    if (g.edge) {
      const rule = `the-year:${g.edge.toLowerCase().replace(/['’]s\s+|\s+|-/g, '-')}`;
      // "since year-end": a stretch that starts at a year's end and runs up to now began at the last one.
      if (!/to-date$/.test(rule) && START_PREPOSITIONS.has(wordBefore(body, start)))
        return matchCandidate(m, 1, 'the-year', (ctx) => lastYearEnd(ctx, start, rule));
      return matchCandidate(m, 1, 'the-year', (ctx) => yearOfStory(ctx, start, rule));
    }
    if (/^\s+(?:ended|ending)\b/.test(body.slice(m.index + m[0].length, m.index + m[0].length + 8)))
      return matchCandidate(m, 1, 'the-year', (ctx) =>
        resolveDuration(ctx.published, 1, 'year', 'the-year:reporting-period-ended'),
      );
    if (!g.rel && !g.kind && !currentYearByContext(body, start)) return null;
    const rule = `the-year:${g.rel ? `${g.rel.toLowerCase()}-in-the-year` : g.kind ? `the-${g.kind.toLowerCase()}-year` : 'the-year'}`;
    return matchCandidate(m, 1, 'the-year', (ctx) => yearOfStory(ctx, start, rule));
  });
}
