/**
 * The header line: `date YYYY-MM-DD By AUTHOR and AUTHOR, OUTLET`, sometimes with a leading space.
 * Pure functions; the caller supplies the file name for diagnostics.
 */
import { error, type Diagnostic } from '@dossier/core';

export interface Header {
  published: string;
  authors: string[];
  outlet: string;
}

// `(.*\S)` rather than `(.+?)\s*$`: the lazy form retried `\s*$` at every space of a long byline, which made
// a header with many spaces quadratic.
const HEADER = /^\s*date\s+(\S+)\s+By\s+(.*\S)\s*$/i;
const EXPECTED = '"date YYYY-MM-DD By AUTHOR and AUTHOR, OUTLET"';

/** True when y-m-d names a real calendar day (years 0001–9999; the proleptic Gregorian calendar, as in ISO 8601). */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (y === 0) return false;
  // setUTCFullYear, not Date.UTC: Date.UTC reads years 0–99 as 1900–1999, which rejected 0050-02-29 style dates
  // wrongly and accepted others only by accident.
  const date = new Date(0);
  date.setUTCFullYear(y, mo - 1, d);
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/**
 * Splits "A, B and C" / "A and B" / "A & B" / "A; B" into names; "Staff" means no named author. `;` separates
 * authors here because it is the separator of `articles.authors` (names joined with "; "), so no author name
 * can contain it and the column is never ambiguous. White space inside a name is collapsed to one space.
 * Words and single-character separators only, no regex with nested white-space runs: linear in the byline.
 */
export function splitAuthors(byline: string): string[] {
  const names: string[] = [];
  for (const part of byline.split(/[,;&]/)) {
    let words: string[] = [];
    for (const word of part.split(/\s+/)) {
      if (word === '') continue;
      if (word.toLowerCase() === 'and') {
        if (words.length) names.push(words.join(' '));
        words = [];
      } else words.push(word);
    }
    if (words.length) names.push(words.join(' '));
  }
  if (names.length === 1 && /^staff$/i.test(names[0]!)) return [];
  return names;
}

export function parseHeader(line: string, file: string): { header?: Header; diagnostics: Diagnostic[] } {
  const place = { file, line: 1 };
  const m = HEADER.exec(line);
  if (!m) {
    return {
      diagnostics: [
        error({
          ruleId: 'ingest/header-format',
          source: 'ingest',
          place,
          message: 'the first line is not a Dossier header',
          expected: EXPECTED,
          actual: line,
        }),
      ],
    };
  }
  const [, date, rest] = m as unknown as [string, string, string];
  const diagnostics: Diagnostic[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    diagnostics.push(
      error({
        ruleId: 'ingest/header-date',
        source: 'ingest',
        place,
        message: 'the publication date is not written as YYYY-MM-DD',
        expected: 'YYYY-MM-DD',
        actual: date,
      }),
    );
  } else if (!isRealDate(date)) {
    diagnostics.push(
      error({
        ruleId: 'ingest/impossible-date',
        source: 'ingest',
        place,
        message: 'the publication date does not exist in the calendar',
        expected: 'a real calendar date',
        actual: date,
      }),
    );
  }
  const lastComma = rest.lastIndexOf(',');
  if (lastComma < 0 || !rest.slice(lastComma + 1).trim()) {
    diagnostics.push(
      error({
        ruleId: 'ingest/header-outlet',
        source: 'ingest',
        place,
        message: 'the header names no outlet after the byline',
        expected: '"By AUTHORS, OUTLET"',
        actual: line,
      }),
    );
    return { diagnostics };
  }
  const outlet = rest.slice(lastComma + 1).trim();
  const authors = splitAuthors(rest.slice(0, lastComma));
  if (diagnostics.length) return { diagnostics };
  return { header: { published: date, authors, outlet }, diagnostics };
}
