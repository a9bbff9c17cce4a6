/**
 * Splits sentences into clauses, the evidence unit of an event. A clause ends at ; : and spaced dashes, and
 * before a comma-led subordinate or coordinate clause (", while …", ", which …", ", according to …"). This is a
 * shallow cut, not a parse: it only has to keep the status cues, dates and participants of one event away
 * from those of its neighbours.
 */
import { coverageOf, partitionPoint, type ArticleDoc, type Sentence, type Span } from '@dossier/core';
import { wordsOfKind } from '@dossier/lexicons';
import { tokenWords } from './lexicon.js';
import { articleWordLayer } from '../word-layer.js';
import { CLAUSE_MARK, CLAUSE_OPENER } from './word-flags.js';

export interface Clause extends Span {
  /** Index of the sentence in doc.sentences. */
  sentence: number;
  /** Token range [tokenStart, tokenEnd) in doc.tokens. */
  tokenStart: number;
  tokenEnd: number;
  /** The clause opens with a relative pronoun ("which", "who"): its subject is the end of the clause before. */
  relative: boolean;
}

/** Words that open a new clause when a comma stands before them. */
const AFTER_COMMA = wordsOfKind('event-argument-words', 'clause-opener-after-comma');
/** Conjunctions that open a new clause even without a comma. */
const ALWAYS = wordsOfKind('event-argument-words', 'clause-opener');
const CLAUSE_PUNCT = new Set([';', ':', '—', '–']);
const RELATIVE = wordsOfKind('event-argument-words', 'clause-relative');
const TRAILING = new Set([',', ';', ':', '—', '–', '-', '.', '!', '?']);

/** `words` as tokenWords(doc.tokens) returns them, looked up once per article by the caller. */
function splitClauses(doc: ArticleDoc, sentenceIndex: number, words: readonly string[]): Clause[] {
  const sentence: Sentence = doc.sentences[sentenceIndex]!;
  const { tokens, body } = doc;
  const starts: number[] = [sentence.tokenStart];
  // A relative clause after a comma or dash (", which aired on television,") closes at the next comma or dash.
  let inRelative = false;
  const flags = articleWordLayer(tokens).flags;
  for (let j = sentence.tokenStart + 1; j < sentence.tokenEnd; j++) {
    // Nothing below fires unless a mark precedes the word or the word is a clause opener.
    if ((flags[j - 1]! & CLAUSE_MARK) === 0 && (flags[j]! & CLAUSE_OPENER) === 0) continue;
    const prev = tokens[j - 1]!;
    const word = words[j]!;
    const prevWord = words[j - 1]!;
    if (inRelative && (prevWord === ',' || CLAUSE_PUNCT.has(prevWord))) {
      inRelative = false;
      if (j > starts[starts.length - 1]!) starts.push(j);
      continue;
    }
    // A hyphen inside a word ("week-long") is not a dash; only dashes with space around them cut.
    const spacedDash =
      (prevWord === '-' || CLAUSE_PUNCT.has(prevWord)) &&
      /\s/.test(body[prev.start - 1] ?? ' ') &&
      /\s/.test(body[prev.end] ?? ' ');
    const cut =
      prevWord === ';' ||
      prevWord === ':' ||
      spacedDash ||
      (prevWord === ',' && AFTER_COMMA.has(word)) ||
      (ALWAYS.has(word) && prevWord !== ',' && j - 1 > sentence.tokenStart && tokens[j]!.pos !== 'ADV');
    if (cut && j > starts[starts.length - 1]!) {
      starts.push(j);
      inRelative = RELATIVE.has(word);
    }
  }
  const clauses: Clause[] = [];
  for (let k = 0; k < starts.length; k++) {
    const tokenStart = starts[k]!;
    let tokenEnd = k + 1 < starts.length ? starts[k + 1]! : sentence.tokenEnd;
    while (tokenEnd - 1 > tokenStart && TRAILING.has(words[tokenEnd - 1]!)) tokenEnd--;
    if (tokenEnd <= tokenStart) continue;
    clauses.push({
      sentence: sentenceIndex,
      tokenStart,
      tokenEnd,
      start: tokens[tokenStart]!.start,
      end: tokens[tokenEnd - 1]!.end,
      relative: RELATIVE.has(words[tokenStart]!),
    });
  }
  return clauses;
}

/** Every clause of the article, in order. */
export function allClauses(doc: ArticleDoc): Clause[] {
  const out: Clause[] = [];
  const words = tokenWords(doc.tokens);
  for (let s = 0; s < doc.sentences.length; s++) out.push(...splitClauses(doc, s, words));
  return out;
}

const OPENING_MARK = /[“"«]/g;
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/**
 * Spans between quotation marks, found paragraph by paragraph. Events are not read from inside quotes: what a
 * speaker says is the speaker's statement, not the outlet's report of an event.
 */
export function quotedSpans(doc: ArticleDoc, extra: readonly Span[]): Span[] {
  // Pushed rather than mapped, so that the array's elements kind does not depend on how V8 ran map().
  const spans: Span[] = [];
  for (const s of extra) spans.push({ start: s.start, end: s.end });
  // Where the opening marks are, found by one regex search of the body (native code) rather than a
  // character-by-character loop: marks are rare, and each paragraph then visits only its own.
  const marks: number[] = [];
  OPENING_MARK.lastIndex = 0;
  for (let m = OPENING_MARK.exec(doc.body); m !== null; m = OPENING_MARK.exec(doc.body)) marks.push(m.index);
  for (const p of doc.paragraphs) {
    let i = p.start;
    for (let k = firstAtOrAfter(marks, p.start); k < marks.length && marks[k]! < p.end; k++) {
      const at = marks[k]!;
      if (at < i) continue; // inside the quote just closed
      const close = doc.body.indexOf(CLOSING[doc.body[at]!]!, at + 1);
      // A quote left open runs to the end of its paragraph (news style for multi-paragraph quotes).
      const end = close < 0 || close > p.end ? p.end : close;
      spans.push({ start: at + 1, end });
      i = end + 1;
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** The index of the first value >= target in ascending `values` (values.length if none). */
function firstAtOrAfter(values: readonly number[], target: number): number {
  return partitionPoint(values.length, (i) => values[i]! < target);
}

/** One coverage test per span list: the quoted spans are built once per article and asked about every token. */
const coverageCache = new WeakMap<readonly Span[], (at: number) => boolean>();

/**
 * The test "does any of these spans contain an offset", built once per span list (which is never changed after
 * it is built). Callers that ask about many offsets keep the test instead of calling insideAny for each.
 */
export function coverageTest(spans: readonly Span[]): (at: number) => boolean {
  let covers = coverageCache.get(spans);
  if (!covers) {
    covers = coverageOf(spans);
    coverageCache.set(spans, covers);
  }
  return covers;
}

/** Does any span contain `at`? */
export function insideAny(spans: readonly Span[], at: number): boolean {
  return coverageTest(spans)(at);
}
