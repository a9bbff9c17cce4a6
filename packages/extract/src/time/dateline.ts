/** The dateline's date ("KYIV, Feb 5 (Reuters)"): the day the story was filed, in the publication year. */
import { resolveMonthDay, type Resolution } from '@dossier/normalize';
import type { ArticleDoc } from '@dossier/core';
import { candidate, type Candidate } from './candidate.js';
import { chronoParser, knownValues } from './chrono.js';

export function datelineCandidate(doc: ArticleDoc): Candidate | null {
  const dateline = doc.dateline;
  if (!dateline?.dateText) return null;
  const within = doc.body.slice(dateline.start, dateline.end);
  const offset = within.indexOf(dateline.dateText);
  if (offset < 0) return null;
  const start = dateline.start + offset;
  const end = start + dateline.dateText.length;
  const parsed = chronoParser().parse(dateline.dateText, {
    instant: new Date(`${doc.published}T12:00:00Z`),
    timezone: 0,
  })[0];
  const known = knownValues(parsed?.start);
  if (!known || known.month === undefined || known.day === undefined) return null;
  return candidate(start, end, 10, 'dateline', (ctx): Resolution | null => {
    // A dateline is never after publication; a year written in it wins.
    const r = resolveMonthDay(ctx.published, known.month!, known.day!, known.year ?? null, {
      way: 'past',
      cue: 'dateline',
    });
    return (
      r && {
        ...r,
        rule: known.year === undefined ? 'dateline:month-day-on-or-before-publication' : 'dateline:explicit',
      }
    );
  });
}
