/**
 * Turns a TimeML document into a Dossier article file. The body is the <TEXT> content with its leading
 * white space cut (every offset moves by the same amount) and each single line break inside a paragraph
 * replaced by a space (one character for one, so offsets hold): TimeBank wraps its paragraphs at a fixed
 * width, and Dossier reads one paragraph per line. Blank lines stay paragraph breaks.
 */
import type { Span } from '@dossier/core';
import type { TimemlDoc } from './parse.js';

export interface TimemlArticle {
  fileName: string;
  articleId: string;
  published: string;
  content: string;
  body: string;
  /** Gold timexes with spans in the body (code points). */
  timexes: Array<Span & { type: string; value: string; text: string }>;
}

export function timemlArticle(doc: TimemlDoc): TimemlArticle {
  const points = Array.from(doc.text);
  let lead = 0;
  while (lead < points.length && /\s/u.test(points[lead]!)) lead++;
  let end = points.length;
  while (end > lead && /\s/u.test(points[end - 1]!)) end--;
  const kept = points.slice(lead, end);
  for (let i = 0; i < kept.length; i++) if (kept[i] === '\r') kept[i] = ' ';
  // A line of spaces between paragraphs is a paragraph break: its spaces become line breaks first.
  for (let i = 0; i < kept.length; i++)
    if ((kept[i] === ' ' || kept[i] === '\t') && isBetweenBreaks(kept, i)) kept[i] = '\n';
  for (let i = 0; i < kept.length; i++)
    if (kept[i] === '\n' && kept[i - 1] !== '\n' && kept[i + 1] !== '\n') kept[i] = ' ';
  const body = kept.join('');
  const articleId = `tempeval_${doc.docId.replace(/[^A-Za-z0-9._-]+/g, '_')}`;
  const timexes = doc.timexes
    .map((t) => ({ start: t.start - lead, end: t.end - lead, type: t.type, value: t.value }))
    .filter((t) => t.start >= 0 && t.end <= kept.length && t.end > t.start)
    .map((t) => ({ ...t, text: kept.slice(t.start, t.end).join('') }));
  return {
    fileName: `${articleId}.txt`,
    articleId,
    published: doc.dct,
    content: `date ${doc.dct} By Staff, TimeML\n\n${body}\n`,
    body,
    timexes,
  };
}

/** True when only spaces and tabs separate position i from a line break on both sides. */
function isBetweenBreaks(chars: string[], i: number): boolean {
  let a = i;
  while (a > 0 && (chars[a - 1] === ' ' || chars[a - 1] === '\t')) a--;
  let b = i;
  while (b < chars.length - 1 && (chars[b + 1] === ' ' || chars[b + 1] === '\t')) b++;
  return chars[a - 1] === '\n' && chars[b + 1] === '\n';
}
