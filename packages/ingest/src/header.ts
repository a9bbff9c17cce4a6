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

const HEADER = /^\s*date\s+(\S+)\s+By\s+(.+?)\s*$/i;
const EXPECTED = '"date YYYY-MM-DD By AUTHOR and AUTHOR, OUTLET"';

/** True when y-m-d names a real calendar day. */
export function isRealDate(iso: string): boolean {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const date = new Date(Date.UTC(y, mo - 1, d));
  return date.getUTCFullYear() === y && date.getUTCMonth() === mo - 1 && date.getUTCDate() === d;
}

/** Splits "A, B and C" / "A and B" / "A & B" into names; "Staff" means no named author. */
export function splitAuthors(byline: string): string[] {
  const names = byline
    .split(/\s*,\s*|\s+and\s+|\s*&\s*/i)
    .map((s) => s.trim())
    .filter(Boolean);
  if (names.length === 1 && /^staff$/i.test(names[0]!)) return [];
  return names;
}

export function parseHeader(line: string, file: string): { header?: Header; diagnostics: Diagnostic[] } {
  const place = { file, line: 1 };
  const m = HEADER.exec(line);
  if (!m) {
    return {
      diagnostics: [
        error({ ruleId: 'ingest/header-format', source: 'ingest', place, message: 'the first line is not a Dossier header', expected: EXPECTED, actual: line }),
      ],
    };
  }
  const [, date, rest] = m as unknown as [string, string, string];
  const diagnostics: Diagnostic[] = [];
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    diagnostics.push(error({ ruleId: 'ingest/header-date', source: 'ingest', place, message: 'the publication date is not written as YYYY-MM-DD', expected: 'YYYY-MM-DD', actual: date }));
  } else if (!isRealDate(date)) {
    diagnostics.push(error({ ruleId: 'ingest/impossible-date', source: 'ingest', place, message: 'the publication date does not exist in the calendar', expected: 'a real calendar date', actual: date }));
  }
  const lastComma = rest.lastIndexOf(',');
  if (lastComma < 0 || !rest.slice(lastComma + 1).trim()) {
    diagnostics.push(error({ ruleId: 'ingest/header-outlet', source: 'ingest', place, message: 'the header names no outlet after the byline', expected: '"By AUTHORS, OUTLET"', actual: line }));
    return { diagnostics };
  }
  const outlet = rest.slice(lastComma + 1).trim();
  const authors = splitAuthors(rest.slice(0, lastComma));
  if (diagnostics.length) return { diagnostics };
  return { header: { published: date, authors, outlet }, diagnostics };
}
