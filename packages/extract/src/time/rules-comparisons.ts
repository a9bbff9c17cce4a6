/**
 * Noun phrases that name the period a year-on-year comparison is made with, as one expression (TimeML's
 * span is the whole phrase): "the same month a year ago", "the corresponding period last year", "the same
 * period of the previous year", "last year's quarter", "the quarter a year earlier"; and "the 1988 quarter",
 * "the 1989 period" (that year's quarter the report is about). Values come from comparisons.ts.
 */
import { candidate, headStarts, memoRegex, scanAround, type Candidate } from './candidate.js';
import { quarterOfYear, samePeriodYearBefore } from './comparisons.js';

const YEAR_BACK = String.raw`(?:last\s+year|the\s+(?:last|previous|prior|preceding)\s+year|a\s+year\s+(?:ago|earlier|before)|the\s+year\s+before)`;

function comparisonPattern(): RegExp {
  return new RegExp(
    [
      // "the same month a year ago", "the corresponding period of last year", "the quarter a year earlier"
      String.raw`[Tt]he\s+(?:(?:same|corresponding|comparable|equivalent|like)\s+)?(?<unit>period|quarter|month|week)(?:\s+of)?\s+${YEAR_BACK}`,
      // "last year's quarter", "the previous year's period"
      String.raw`(?:[Ll]ast|[Tt]he\s+(?:previous|prior|preceding))\s+year['’]s\s+(?<unit2>period|quarter|month)`,
      // "the 1988 quarter", "the 1989 period"
      String.raw`[Tt]he\s+(?<year>(?:19|20)\d\d)\s+(?<unit3>period|quarter)`,
    ]
      .map((p) => `(?:${p})`)
      .join('|')
      .concat(String.raw`\b(?![-'’])`),
    'dy',
  );
}

export function comparisonCandidates(body: string): Candidate[] {
  const heads = headStarts(
    body,
    memoRegex('comparison-head', () => /\b(?:period|quarter|month|week)\b/g),
  );
  if (heads.length === 0) return [];
  const re = memoRegex('comparison', comparisonPattern);
  return scanAround(body, heads, re, 3, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    // Priority 4: the phrase beats "the quarter", "last year" and a count ("the 1988 quarter" is no 1,988 quarters).
    if (g.year) {
      const year = Number(g.year);
      return candidate(start, end, 4, 'comparison', (ctx) =>
        quarterOfYear(ctx, start, year, `comparison:the-year-${g.unit3}`),
      );
    }
    const unit = (g.unit ?? g.unit2)!;
    return candidate(start, end, 4, 'comparison', (ctx) =>
      samePeriodYearBefore(ctx, start, unit, `comparison:${unit}`),
    );
  });
}
