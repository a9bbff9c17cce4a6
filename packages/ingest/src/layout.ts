/** Body layout: paragraphs (one per non-blank line), subheadings and the dateline. Offsets are UTF-16. */
import type { Dateline, Paragraph } from '@dossier/core';

/** One paragraph per non-blank line; `firstLine` is the raw file line of body line 0. */
export function splitParagraphs(body: string, firstLine: number): Paragraph[] {
  const paragraphs: Paragraph[] = [];
  let lineStart = 0;
  let line = firstLine;
  while (lineStart <= body.length) {
    let lineEnd = body.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = body.length;
    let start = lineStart;
    let end = lineEnd;
    while (start < end && /\s/.test(body[start]!)) start++;
    while (end > start && /\s/.test(body[end - 1]!)) end--;
    if (end > start) paragraphs.push({ start, end, kind: 'paragraph', line });
    lineStart = lineEnd + 1;
    line++;
  }
  for (let i = 1; i < paragraphs.length; i++) {
    const p = paragraphs[i]!;
    if (looksLikeSubheading(body.slice(p.start, p.end))) p.kind = 'subheading';
  }
  return paragraphs;
}

/** A bare line: short, capitalized, with no closing punctuation and no quotation marks. */
export function looksLikeSubheading(text: string): boolean {
  // The cheap tests first: most paragraphs end in punctuation, and splitting them into words is the costly part.
  if (/[.!?:;,"”’'\])]$/.test(text)) return false;
  if (/["“”]/.test(text)) return false;
  if (!/^[\p{Lu}\d]/u.test(text)) return false;
  return text.split(/\s+/).length <= 10;
}

// "(CNN) —", "RAFAH, Gaza Strip (AP) —", "KYIV, Feb 5 (Reuters) -", "JERUSALEM —", "WASHINGTON, Jan. 5 —".
const PLACE = String.raw`[\p{Lu}][\p{Lu}\p{M} .'’-]*[\p{Lu}](?:,\s+[\p{Lu}][\p{L}\p{M} .'’-]*?)?`;
const MONTH = [
  'Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec',
  'January|February|March|April|June|July|August|September|October|November|December',
].join('|');
const DATE = String.raw`(?:${MONTH})\.?\s+\d{1,2}`;
const AGENCY = String.raw`\(([\p{L}\p{N} .&'-]{1,40})\)`;
const DATELINE = new RegExp(String.raw`^(?:(${PLACE})(?:,\s+(${DATE}))?\s+)?(?:${AGENCY})?\s*[—–-]{1,2}\s+`, 'u');

export function findDateline(body: string, firstParagraph: Paragraph | undefined): Dateline | null {
  if (!firstParagraph) return null;
  const text = body.slice(firstParagraph.start, firstParagraph.end);
  const m = DATELINE.exec(text);
  if (!m) return null;
  const [whole, place, dateText, agency] = m;
  // Without an agency in parentheses, only an all-caps place makes it a dateline ("JERUSALEM —").
  if (!agency && !(place && /^[\p{Lu}\p{M} .'’-]+$/u.test(place.split(',')[0]!))) return null;
  const withoutDash = whole.replace(/\s*[—–-]{1,2}\s+$/u, '');
  return {
    start: firstParagraph.start,
    end: firstParagraph.start + withoutDash.length,
    text: withoutDash,
    place: place ?? null,
    dateText: dateText ?? null,
    agency: agency ?? null,
  };
}
