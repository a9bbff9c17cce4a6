/**
 * Grounds and stadiums in sports listings: "At Brannock Park: Avonford 259, Bexley 114", "(at Brannock Park,
 * Avonford)", "at Brannock Park (Avonford)". A name after "at" that a colon closes, or that its town follows in
 * brackets or after a comma, is the venue: a place, whatever its words. So is a name that opens a line before a
 * colon and a results line ("Brannock Park: Avonford 259, Bexley 114"), as county scoreboards list grounds.
 */
import type { EntityLexicon } from './lexicon.js';
import { resultsFollow } from './results.js';
import type { Run } from './segments.js';
import type { Word } from './words.js';

const TOWN_KINDS = new Set(['place', 'country']);
/** Segments a ground's name may hold: unknown names, and the "The" of "The Oval". */
const NAME_KINDS = new Set(['name', 'of']);

/** Whether a place or country segment starts at word `at`. */
function townAt(runs: ReadonlyMap<number, Run>, at: number): boolean {
  const seg = runs.get(at)?.segments[0];
  return seg !== undefined && seg.from === at && TOWN_KINDS.has(seg.kind);
}

function venueEnds(words: readonly Word[], runStarts: ReadonlyMap<number, Run>, run: Run): boolean {
  const after = words[run.to];
  if (!after || after.sentence !== words[run.from]!.sentence) return false;
  if (after.text === ':') return true;
  return (after.text === '(' || after.text === ',') && townAt(runStarts, run.to + 1);
}

/** Where the venue's name starts: after an "At" that opens the run, or at the run's start after "at". */
function venueStart(words: readonly Word[], run: Run): number | null {
  const first = words[run.from]!;
  if (first.lower === 'at') return run.from + 1 < run.to ? run.from + 1 : null;
  const before = words[run.from - 1];
  return before?.lower === 'at' && before.sentence === first.sentence ? run.from : null;
}

/** "Brannock Park: Avonford 259 and 207, Bexley 114": a line's opening name before a colon and a results line. */
function headsResults(lex: EntityLexicon, words: Word[], run: Run): boolean {
  const first = words[run.from]!;
  const before = words[run.from - 1];
  if (before && before.sentence === first.sentence) return false;
  return (
    words[run.to]?.text === ':' &&
    words[run.to + 1]?.sentence === first.sentence &&
    resultsFollow(lex, words, run.to + 1)
  );
}

/** Where the venue's name starts, or null when the run names no venue. */
function venueFrom(lex: EntityLexicon, words: Word[], runStarts: ReadonlyMap<number, Run>, run: Run): number | null {
  const start = venueStart(words, run);
  if (start !== null) return venueEnds(words, runStarts, run) ? start : null;
  return headsResults(lex, words, run) ? run.from : null;
}

/** Marks venues as places ("The Oval" keeps its article, as the ground's name has it). */
export function findVenues(lex: EntityLexicon, words: Word[], runs: readonly Run[]): void {
  const runStarts = new Map(runs.map((run) => [run.from, run]));
  for (const run of runs) {
    const start = venueFrom(lex, words, runStarts, run);
    if (start === null || run.to - start > 3) continue;
    const inside = run.segments.filter((seg) => seg.to > start);
    if (!inside.every((seg) => seg.from >= start && NAME_KINDS.has(seg.kind))) continue;
    if (!inside.some((seg) => seg.kind === 'name')) continue;
    run.segments = [...run.segments.filter((seg) => seg.to <= start), { kind: 'place', from: start, to: run.to }];
  }
}
