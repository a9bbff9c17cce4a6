import type { ArticleDoc } from '@dossier/core';
import type { Direction, Resolution } from '@dossier/normalize';
import { gatedMatches, type GatedPattern, type WordIndex } from './words.js';

/** What a rule can ask about the article while it resolves its expression. */
export interface TimexContext {
  doc: ArticleDoc;
  /** The publication date, YYYY-MM-DD. */
  published: string;
  direction(start: number, end: number, defaultWay?: 'past' | 'future'): Direction;
  /** A day-precise date resolved earlier in the same sentence ("said on Saturday … overnight"), if any. */
  sentenceDay(start: number): string | null;
  /** The last resolved calendar date (not a reference or duration) before `start` in the article. */
  previousDate(start: number, within?: number): Resolution | null;
  /**
   * The latest quarter the article names before `start` that had ended by publication (not itself a year-on-year
   * comparison): the quarter an earnings report is about.
   */
  reportQuarter(start: number): Resolution | null;
  /**
   * The day the story was last told about before `start` (the last day-precise date, within 1,500 characters),
   * when it lies in the week up to publication (see narrative.ts); else null.
   */
  narrativeDay(start: number): string | null;
}

/** A recognized expression: its span and how to resolve it. Higher priority wins ties between equal spans. */
export interface Candidate {
  start: number;
  end: number;
  priority: number;
  source: string;
  build(ctx: TimexContext): Resolution | null;
}

/** A candidate for the span [start, end): the one literal every rule builds. */
export function candidate(
  start: number,
  end: number,
  priority: number,
  source: string,
  build: Candidate['build'],
): Candidate {
  return { start, end, priority, source, build };
}

/** A candidate for the whole match `m`. */
export function matchCandidate(
  m: RegExpExecArray,
  priority: number,
  source: string,
  build: Candidate['build'],
): Candidate {
  return candidate(m.index, m.index + m[0].length, priority, source, build);
}

/** Runs a global regex over the text and collects the candidates that `make` returns. */
export function scan(
  text: string,
  pattern: RegExp,
  make: (m: RegExpExecArray) => Candidate | null | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const c = make(m);
    if (c) out.push(c);
    if (m[0].length === 0) pattern.lastIndex++;
  }
  return out;
}

/** Like scan, with the pattern tried only where its start words are (see words.ts): the same candidates, in the same order. */
export function scanGated(
  text: string,
  words: WordIndex,
  gated: GatedPattern,
  make: (m: RegExpExecArray) => Candidate | null | undefined,
): Candidate[] {
  const out: Candidate[] = [];
  gatedMatches(text, words, gated, (m) => {
    const c = make(m);
    if (c) out.push(c);
  });
  return out;
}

/** Start offsets of the matches of a global head pattern, for scanAround. */
export function headStarts(text: string, core: RegExp): number[] {
  const starts: number[] = [];
  core.lastIndex = 0;
  for (let c = core.exec(text); c; c = core.exec(text)) {
    starts.push(c.index);
    if (c[0].length === 0) core.lastIndex++;
  }
  return starts;
}

/** Start offsets of the matches of a gated head pattern (the same as headStarts of its global form). */
export function gatedHeadStarts(text: string, words: WordIndex, gated: GatedPattern): number[] {
  const starts: number[] = [];
  gatedMatches(text, words, gated, (m) => starts.push(m.index));
  return starts;
}

/** Offset of capture group `group` inside match `m` (needs the regex "d" flag). */
export function groupStart(m: RegExpExecArray, group: number): number {
  return m.indices![group]![0];
}

const compiledPatterns = new Map<string, RegExp>();

/**
 * Builds a pattern once per process. The patterns are large alternations built from the lexicons; compiling
 * them again for every article cost more than matching them.
 */
export function memoRegex(key: string, build: () => RegExp): RegExp {
  let re = compiledPatterns.get(key);
  if (!re) {
    re = build();
    compiledPatterns.set(key, re);
  }
  return re;
}

const WORD_CHAR = /[\p{L}\p{N}'’]/u;

/** WORD_CHAR.test(ch), with ASCII settled by its code unit (the regex is the cost on every character scanned). */
function isWordChar(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 39;
  return WORD_CHAR.test(ch);
}

/** Start offsets of `p` and of up to `words` words before it (never crossing a line break). */
function startsBefore(text: string, p: number, words: number): number[] {
  const starts = [p];
  let i = p;
  for (let w = 0; w < words; w++) {
    while (i > 0 && !isWordChar(text[i - 1]!) && text[i - 1] !== '\n') i--;
    if (i === 0 || text[i - 1] === '\n') break;
    while (i > 0 && isWordChar(text[i - 1]!)) i--;
    starts.push(i);
  }
  return starts.reverse();
}

/**
 * Like scan, but fast on long texts: a cheap head pattern finds the expression's head word ("Thursday",
 * "weeks"; `heads` are its match starts, from headStarts or gatedHeadStarts), and the full sticky pattern
 * (flag "y") is tried only at that word and at the starts of the `wordsBefore` words before it, earliest
 * first, so the longest match that covers the head wins. The full pattern sees the whole text, so its \b and
 * look-behinds behave exactly as in a plain scan.
 */
export function scanAround(
  text: string,
  heads: readonly number[],
  full: RegExp,
  wordsBefore: number,
  make: (m: RegExpExecArray) => Candidate | null | undefined,
): Candidate[] {
  if (!full.sticky)
    throw new Error(`scanAround needs a sticky pattern (flag "y"), found /${full.source.slice(0, 40)}…/${full.flags}`);
  const out: Candidate[] = [];
  let coveredUntil = 0;
  for (const p of heads) {
    if (p < coveredUntil) continue;
    for (const s of startsBefore(text, p, wordsBefore)) {
      if (s < coveredUntil) continue;
      full.lastIndex = s;
      const m = full.exec(text);
      if (!m || m.index + m[0].length <= p) continue;
      const candidate = make(m);
      if (candidate) {
        out.push(candidate);
        coveredUntil = m.index + m[0].length;
        break;
      }
    }
  }
  return out;
}
