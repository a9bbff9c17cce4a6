/**
 * The day a story is told about, and whether an expression sits inside a quotation. News often reports on
 * publication day what happened the day before ("… on Tuesday", published Wednesday): a quote's "today" and an
 * unanchored "earlier in the day" or "in the morning" then mean that day, not publication day.
 */

/** How far back from publication a narrative day may lie (a week: "on Tuesday" in a Monday paper). */
export const NARRATIVE_DAYS_BACK = 6;

const DAY_MS = 86_400_000;

/** Whole days from `from` to `to` (both YYYY-MM-DD, read as UTC, so no machine time zone is consulted). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** True when `day` lies on or before publication and at most NARRATIVE_DAYS_BACK days before it. */
export function isNarrativeDay(day: string, published: string): boolean {
  const back = daysBetween(day, published);
  return back >= 0 && back <= NARRATIVE_DAYS_BACK;
}

/**
 * True when `offset` lies inside a double quotation opened earlier in its paragraph: curly “ ”, straight "
 * (toggling), and the TeX-style `` '' some wires use. Single quotes double as apostrophes, so they are not read.
 */
export function insideQuote(body: string, offset: number): boolean {
  const paragraphStart = body.lastIndexOf('\n', offset - 1) + 1;
  let open = false;
  for (let i = paragraphStart; i < offset; i++) {
    const ch = body[i];
    if (ch === '“') open = true;
    else if (ch === '”') open = false;
    else if (ch === '"') open = !open;
    else if (ch === '`' && body[i + 1] === '`') {
      open = true;
      i++;
    } else if (ch === "'" && body[i + 1] === "'") {
      open = false;
      i++;
    }
  }
  return open;
}
