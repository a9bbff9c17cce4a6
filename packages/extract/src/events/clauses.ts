/**
 * Splits sentences into clauses, the evidence unit of an event. A clause ends at ; : and spaced dashes, and
 * before a comma-led subordinate or coordinate clause (", while …", ", which …", ", according to …"). This is a
 * shallow cut, not a parse: it only has to keep the status cues, dates and participants of one event away
 * from those of its neighbours.
 */
import { coverageOf, type ArticleDoc, type Sentence, type Span } from '@dossier/core';
import { tokenWords } from './lexicon.js';

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
const AFTER_COMMA = new Set([
  'and', 'but', 'while', 'whereas', 'although', 'though', 'because', 'as', 'after', 'before', 'when', 'which', 'who',
  'whose', 'where', 'including', 'according', 'believing', 'saying', 'adding', 'sparked', 'followed', 'amid', 'despite',
  'so', 'yet', 'if', 'unless', 'prompting', 'leaving', 'meaning',
]);
/** Conjunctions that open a new clause even without a comma. */
const ALWAYS = new Set(['while', 'whereas', 'but']);
const CLAUSE_PUNCT = new Set([';', ':', '—', '–']);
const RELATIVE = new Set(['which', 'who', 'whose']);
const TRAILING = new Set([',', ';', ':', '—', '–', '-', '.', '!', '?']);

export function splitClauses(doc: ArticleDoc, sentenceIndex: number): Clause[] {
  const sentence: Sentence = doc.sentences[sentenceIndex]!;
  const { tokens, body } = doc;
  const words = tokenWords(tokens);
  const starts: number[] = [sentence.tokenStart];
  // A relative clause after a comma or dash (", which aired on television,") closes at the next comma or dash.
  let inRelative = false;
  for (let j = sentence.tokenStart + 1; j < sentence.tokenEnd; j++) {
    const prev = tokens[j - 1]!;
    const word = words[j]!;
    const prevWord = words[j - 1]!;
    if (inRelative && (prevWord === ',' || CLAUSE_PUNCT.has(prevWord))) {
      inRelative = false;
      if (j > starts[starts.length - 1]!) starts.push(j);
      continue;
    }
    // A hyphen inside a word ("week-long") is not a dash; only dashes with space around them cut.
    const spacedDash = (prevWord === '-' || CLAUSE_PUNCT.has(prevWord)) && /\s/.test(body[prev.start - 1] ?? ' ') && /\s/.test(body[prev.end] ?? ' ');
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
  for (let s = 0; s < doc.sentences.length; s++) out.push(...splitClauses(doc, s));
  return out;
}

const OPENING = new Set(['“', '"', '«']);
const CLOSING: Record<string, string> = { '“': '”', '"': '"', '«': '»' };

/**
 * Spans between quotation marks, found paragraph by paragraph. Events are not read from inside quotes: what a
 * speaker says is the speaker's statement, not the outlet's report of an event.
 */
export function quotedSpans(doc: ArticleDoc, extra: readonly Span[]): Span[] {
  const spans: Span[] = extra.map((s) => ({ start: s.start, end: s.end }));
  for (const p of doc.paragraphs) {
    let i = p.start;
    while (i < p.end) {
      // Most characters are not marks: compare code units before making a one-character string.
      const code = doc.body.charCodeAt(i);
      if (code !== 0x201c && code !== 0x22 && code !== 0xab) {
        i++;
        continue;
      }
      const ch = doc.body[i]!;
      if (OPENING.has(ch)) {
        const close = doc.body.indexOf(CLOSING[ch]!, i + 1);
        // A quote left open runs to the end of its paragraph (news style for multi-paragraph quotes).
        const end = close < 0 || close > p.end ? p.end : close;
        spans.push({ start: i + 1, end });
        i = end + 1;
      } else i++;
    }
  }
  return spans.sort((a, b) => a.start - b.start || a.end - b.end);
}

/** One coverage test per span list: the quoted spans are built once per article and asked about every token. */
const coverageCache = new WeakMap<readonly Span[], (at: number) => boolean>();

/** Does any span contain `at`? (The span lists are never changed after they are built.) */
export function insideAny(spans: readonly Span[], at: number): boolean {
  let covers = coverageCache.get(spans);
  if (!covers) {
    covers = coverageOf(spans);
    coverageCache.set(spans, covers);
  }
  return covers(at);
}
