/**
 * Sports results and standings lines ("Avonford 2 Bexley 1", "AVONFORD 65 71 .478 16", "Avonford 238 and 303,
 * Bexley 471") name teams, and teams are organizations even when they carry a town's name: in such a line a
 * capitalized name followed by a score is a team, unless it reads as a person (a given name or initials first:
 * golf and tennis results list players the same way) or is a country (national sides keep their country).
 */
import type { EntityLexicon } from './lexicon.js';
import type { Run, Segment } from './segments.js';
import type { Word } from './words.js';

/** A score or a table figure: "2", "4-70", ".478", "108". Not a year or a date. */
const SCORE = /^(?:\d{1,3}(?:[-–/]\d{1,3})?|\.\d{3})$/;
const INITIAL = /^(?:\p{Lu}\.){1,3}$/u;

function isResultLine(lex: EntityLexicon, words: Word[], from: number, to: number): boolean {
  let scores = 0;
  let names = 0;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    if (SCORE.test(w.text)) scores++;
    else if (w.cap) names++;
    else if (!w.punct && !lex.resultWords.has(w.lower)) return false;
  }
  return scores >= 1 && names >= 1;
}

function readsAsPerson(lex: EntityLexicon, words: Word[], run: Run): boolean {
  const first = words[run.from]!;
  return INITIAL.test(first.text) || (run.to - run.from >= 2 && lex.isGivenName(first.text));
}

export function findTeamsInResults(lex: EntityLexicon, words: Word[], runs: readonly Run[]): void {
  const lineOf = new Map<number, boolean>();
  const sentenceBounds = new Map<number, { from: number; to: number }>();
  for (const w of words) {
    const b = sentenceBounds.get(w.sentence);
    if (b) b.to = w.index + 1;
    else sentenceBounds.set(w.sentence, { from: w.index, to: w.index + 1 });
  }
  for (const run of runs) {
    const s = words[run.from]!.sentence;
    let result = lineOf.get(s);
    if (result === undefined) {
      const b = sentenceBounds.get(s)!;
      result = isResultLine(lex, words, b.from, b.to);
      lineOf.set(s, result);
    }
    if (
      !result ||
      !run.segments.every(
        (seg) => seg.kind === 'name' || seg.kind === 'place' || seg.kind === 'org' || seg.kind === 'of',
      )
    )
      continue;
    // A run may hold a score between two names ("Bexley 2 Avonford"): each name before a score is a team.
    const segments: Segment[] = [];
    let from = run.from;
    for (let i = run.from; i <= run.to; i++) {
      const score = i < run.to && SCORE.test(words[i]!.text);
      if (i < run.to && !score) continue;
      if (i > from) {
        const piece: Run = { from, to: i, segments: [] };
        const team = SCORE.test(words[i]?.text ?? '') && !readsAsPerson(lex, words, piece);
        segments.push(
          ...(team
            ? [{ kind: 'org' as const, from, to: i, org: null }]
            : run.segments.filter((seg) => seg.from >= from && seg.to <= i)),
        );
      }
      if (score) segments.push({ kind: 'skip', from: i, to: i + 1 });
      from = i + 1;
    }
    run.segments = segments;
  }
}
