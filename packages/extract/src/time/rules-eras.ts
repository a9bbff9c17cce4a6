/**
 * Far-off dates: centuries ("the 20th century", "the 1st century", "the fifth century BC") and years written
 * with an era ("44 BC", "500 BCE", "AD 79"). TIMEX3 writes years before the common era with the prefix BC
 * ("BC0044", the century "BC04"); a year beyond four digits is PAST_REF/FUTURE_REF with the year kept in the
 * rule (see resolveEraYear in @dossier/normalize). Counted spans ("71,000 years ago") are in rules-durations.ts.
 */
import { resolveCentury, resolveEraYear } from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import { loadLexicon } from '@dossier/lexicons';
import { candidate, gatedHeadStarts, headStarts, memoRegex, scanAround, type Candidate } from './candidate.js';
import { alternation, temporalLexicon } from './lexicon.js';
import { modRule } from './patterns.js';
import { gatedPattern, wordSet, type WordIndex } from './words.js';

interface EraMarker {
  word: string;
  era: 'BC' | 'AD';
  position: 'before' | 'after';
}

let eraByWord: Map<string, EraMarker> | undefined;

function eras(): Map<string, EraMarker> {
  return (eraByWord ??= new Map(loadLexicon<EraMarker>('temporal-eras').entries.map((e) => [e.word, e])));
}

/** Era markers that may follow a number or a century, as one alternation; a marker ends where no letter follows. */
function eraAfter(): string {
  return alternation([...eras().values()].map((e) => e.word));
}

const CENTURY = wordSet('century', ['century']);
const CENTURY_HEAD = gatedPattern('century-head', ['century'], () => /\bcentury\b/y);

/** "the 20th century", "the twenty-first century", "the 1st century", "the fifth century BC". */
function centuries(body: string, words: WordIndex): Candidate[] {
  // The pattern needs this word: most bodies lack it and are not scanned.
  if (!words.has(CENTURY)) return [];
  const { ordinals } = temporalLexicon();
  const re = memoRegex(
    'century',
    () =>
      new RegExp(
        `(?:[Tt]he\\s+)?(?:(?<mod>early|mid|late)[\\s-]+)?(?:(?<n>\\d{1,2})(?:st|nd|rd|th)|(?<word>twenty[\\s-]first|${alternation(ordinals.keys())}))[\\s-]+century\\b(?:\\s+(?<era>${eraAfter()})(?!\\p{L}))?`,
        'ydiu',
      ),
  );
  return scanAround(body, gatedHeadStarts(body, words, CENTURY_HEAD), re, 4, (m) => {
    const g = m.groups!;
    const word = g.word?.toLowerCase().replace(/[\s-]+/, '-');
    const ordinal = g.n ? Number(g.n) : word === 'twenty-first' ? 21 : ordinals.get(word ?? '');
    if (!ordinal) return null;
    const era = g.era ? (eras().get(g.era)?.era ?? 'AD') : 'AD';
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 1, 'century', (ctx) => {
      const r = resolveCentury(ctx.published, ordinal, era);
      return { ...r, rule: r.rule + modRule(g.mod) };
    });
  });
}

/** "44 BC", "3,000 BCE", "79 CE", "AD 79": a year with its era. */
function eraYears(body: string): Candidate[] {
  const head = memoRegex('era-head', () => /(?<![\p{L}.])(?:B\.C\.(?:E\.)?|BCE?|C\.E\.|CE|A\.D\.|AD)(?!\p{L})/gu);
  const heads = headStarts(body, head);
  if (heads.length === 0) return [];
  const re = memoRegex(
    'era-year',
    () =>
      new RegExp(
        `(?<![\\p{L}\\p{N}$£€.,])(?:(?<num>\\d{1,3}(?:,\\d{3})+|\\d{1,6})\\s+(?<after>${eraAfter()})|(?<before>A\\.D\\.|AD)\\s+(?<num2>\\d{1,4})(?![\\p{N}]))(?!\\p{L})`,
        'ydu',
      ),
  );
  return scanAround(body, heads, re, 3, (m) => {
    const g = m.groups!;
    const marker = eras().get(g.after ?? g.before!);
    if (!marker || (g.before && marker.position !== 'before')) return null;
    const year = Number((g.num ?? g.num2!).replace(/,/g, ''));
    const start = m.index;
    const end = start + m[0].length;
    return candidate(start, end, 2, 'era-year', (ctx) => resolveEraYear(ctx.published, year, marker.era));
  });
}

export function eraCandidates(doc: ArticleDoc, words: WordIndex): Candidate[] {
  return [...centuries(doc.body, words), ...eraYears(doc.body)];
}
