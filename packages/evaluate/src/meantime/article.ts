/**
 * Turns a MEANTIME document into a Dossier article file. CAT XML keeps tokens but not the spaces between
 * them, so the text is rebuilt with the usual English detokenization rules, and every token's code-point
 * span in the rebuilt body is recorded so that the annotations can be placed on it. Sentence 0 is the title,
 * sentence 1 the dateline holding the document creation time; the body is the title followed by sentences
 * 2…, one paragraph per sentence (the corpus keeps no paragraph breaks).
 */
import { codePointLength, type Span } from '@dossier/core';
import type { MeantimeDoc } from './parse.js';

/**
 * MEANTIME annotates only the title, the dateline and the first sentences of each article: sentence indices
 * 0–5 (checked over all 120 files: no annotation lies beyond sentence 5). Predictions after that are not scored.
 */
export const ANNOTATED_SENTENCES = 6;

export interface MeantimeArticle {
  /** File name for the input folder: "<doc_id>.txt". */
  fileName: string;
  articleId: string;
  published: string;
  /** The whole file: header line, blank line, body. */
  content: string;
  body: string;
  /** Code-point span in the body of every token that is in the body. */
  tokenSpans: Map<string, Span>;
  /** Code-point offset where the unannotated part of the body begins (see ANNOTATED_SENTENCES). */
  annotatedEnd: number;
}

const NO_SPACE_BEFORE = /^(?:[,.;:!?%)\]}”’]|'s|'re|'ve|'ll|'d|'m|n't|''|\.\.\.)$/i;
const NO_SPACE_AFTER = /^(?:[([{$“‘#]|``|US\$|CA\$|AU\$|NZ\$|HK\$)$/;

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];

/** The dateline (sentence 1) read as "Month DD, YYYY", for the few files whose creation time is not annotated. */
function datelineDate(doc: MeantimeDoc): string | null {
  const text = doc.tokens
    .filter((t) => t.sentence === 1)
    .map((t) => t.text)
    .join(' ');
  const m = /^([A-Za-z]+) (\d{1,2}) , (\d{4})$/.exec(text);
  const month = m ? MONTHS.indexOf(m[1]!.toLowerCase()) + 1 : 0;
  if (!m || month === 0) return null;
  return `${m[3]}-${String(month).padStart(2, '0')}-${m[2]!.padStart(2, '0')}`;
}

/** PTB quote tokens become typographic quotes, like the news text the pipeline reads. */
function surface(token: string): string {
  if (token === '``') return '“';
  if (token === "''") return '”';
  return token;
}

export function meantimeArticle(doc: MeantimeDoc): MeantimeArticle {
  const creation = doc.timexes.find((t) => t.creationTime);
  const published =
    creation && /^\d{4}-\d{2}-\d{2}/.test(creation.value) ? creation.value.slice(0, 10) : datelineDate(doc);
  if (!published)
    throw new Error(
      `MEANTIME document ${doc.docId}: no document creation time (no TIMEX3 with functionInDocument="CREATION_TIME" and no "Month DD, YYYY" dateline)`,
    );

  const sentences = new Map<number, typeof doc.tokens>();
  for (const t of doc.tokens) {
    if (t.sentence === 1) continue; // the dateline
    let list = sentences.get(t.sentence);
    if (!list) sentences.set(t.sentence, (list = []));
    list.push(t);
  }
  const tokenSpans = new Map<string, Span>();
  let body = '';
  let length = 0; // code points in body
  const append = (s: string) => {
    body += s;
    length += codePointLength(s);
  };
  for (const [index, tokens] of [...sentences.entries()].sort((a, b) => a[0] - b[0])) {
    if (index !== 0 && body) append('\n\n');
    let glue = false; // true: the next token attaches without a space
    let insideStraightQuote = false;
    tokens.forEach((t, i) => {
      let text = surface(t.text);
      let attachBefore = NO_SPACE_BEFORE.test(t.text);
      let attachAfter = NO_SPACE_AFTER.test(t.text);
      if (text === '"') {
        attachBefore = insideStraightQuote;
        attachAfter = !insideStraightQuote;
        text = insideStraightQuote ? '”' : '“';
        insideStraightQuote = !insideStraightQuote;
      }
      if (i > 0 && !glue && !attachBefore) append(' ');
      tokenSpans.set(t.id, { start: length, end: length + codePointLength(text) });
      append(text);
      glue = attachAfter;
    });
  }
  const annotatedEnd = Math.max(
    0,
    ...doc.tokens.filter((t) => t.sentence < ANNOTATED_SENTENCES).map((t) => tokenSpans.get(t.id)?.end ?? 0),
  );
  const articleId = `meantime_${doc.docId}`;
  return {
    fileName: `${articleId}.txt`,
    articleId,
    published,
    content: `date ${published} By Staff, Wikinews\n\n${body}\n`,
    body,
    tokenSpans,
    annotatedEnd,
  };
}

/** The code-point span covering a list of tokens, or null when a token is not in the body (the dateline). */
export function spanOfTokens(article: MeantimeArticle, tokenIds: string[]): Span | null {
  const spans = tokenIds.map((id) => article.tokenSpans.get(id));
  if (spans.length === 0 || spans.some((s) => s === undefined)) return null;
  return { start: Math.min(...spans.map((s) => s!.start)), end: Math.max(...spans.map((s) => s!.end)) };
}
