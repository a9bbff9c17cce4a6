/**
 * Turns a PolNeAR text file into a Dossier article. The text is the title, a blank line, then paragraphs
 * separated by blank lines; a Dossier body is one paragraph per line. So blank lines are dropped and each line
 * trimmed, and `toBody` maps a PolNeAR offset (code points into the text file) to the body offset of the same
 * character. The byline is written as `By Staff` (no named author: bylines are not scored here) with the
 * publisher as the outlet, and the publication date from metadata.tsv.
 */
import { codePointLength } from '@dossier/core';

export interface PolnearArticle {
  fileName: string;
  articleId: string;
  content: string;
  body: string;
  /** Body offset of the character at a text-file offset; null when it falls on a dropped blank line. */
  toBody(offset: number): number | null;
}

interface Line {
  textStart: number;
  bodyStart: number;
  length: number;
}

export function polnearArticle(name: string, text: string, published: string, publisher: string): PolnearArticle {
  const points = Array.from(text.replace(/\r\n?/g, '\n'));
  const lines: Line[] = [];
  const bodyLines: string[] = [];
  let bodyLength = 0;
  let at = 0;
  while (at <= points.length) {
    let end = at;
    while (end < points.length && points[end] !== '\n') end++;
    let start = at;
    let stop = end;
    while (start < stop && /\s/.test(points[start]!)) start++;
    while (stop > start && /\s/.test(points[stop - 1]!)) stop--;
    if (stop > start) {
      if (bodyLines.length > 0) bodyLength += 1; // the "\n" joining it to the line before
      lines.push({ textStart: start, bodyStart: bodyLength, length: stop - start });
      bodyLines.push(points.slice(start, stop).join(''));
      bodyLength += stop - start;
    }
    at = end + 1;
  }
  const body = bodyLines.join('\n');
  const toBody = (offset: number): number | null => {
    for (const line of lines) {
      if (offset >= line.textStart && offset <= line.textStart + line.length)
        return line.bodyStart + (offset - line.textStart);
    }
    return null;
  };
  if (codePointLength(body) !== bodyLength) throw new Error(`PolNeAR ${name}: body length mismatch`);
  const articleId = `polnear_${name}`.replace(/[^A-Za-z0-9._-]/g, '-');
  const outlet = publisher.replace(/[,\n]/g, ' ').trim() || 'unknown';
  return {
    fileName: `${articleId}.txt`,
    articleId,
    content: `date ${published} By Staff, ${outlet}\n\n${body}\n`,
    body,
    toBody,
  };
}
