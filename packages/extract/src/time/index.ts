/**
 * Temporal expressions: recognition (chrono-node for written calendar dates and clock times, our rules for
 * the rest; see ../../README.md, "Temporal expressions") and resolution through @dossier/normalize.
 */
import type { ArticleDoc, TimexAnnotation } from '@dossier/core';
import type { Resolution } from '@dossier/normalize';
import type { TimexContext } from './candidate.js';
import { chronoCandidates } from './chrono.js';
import { comparisonCandidates } from './rules-comparisons.js';
import { datelineCandidate } from './dateline.js';
import { withinGrammar } from './guard.js';
import { approximateClock } from './approximate.js';
import { zoneOffset } from './zone-offset.js';
import { calendarCandidates } from './rules-calendar.js';
import { eraCandidates } from './rules-eras.js';
import { spokenYearCandidates } from './rules-spoken-years.js';
import { clockCandidates } from './rules-clock.js';
import { anchoredCandidates } from './rules-anchored.js';
import { periodCandidates } from './rules-periods.js';
import { bareSeasonCandidates } from './rules-bare-seasons.js';
import { durationCandidates } from './rules-durations.js';
import { referenceCandidates } from './rules-references.js';
import { theYearCandidates } from './rules-the-year.js';
import { selectCandidates } from './select.js';
import { isNarrativeDay } from './narrative.js';
import { isReportedQuarter } from './comparisons.js';
import { directionAt } from './tense.js';
import { sentenceAt } from './tokens.js';
import { WordIndex } from './words.js';

export { timexesIn } from './helpers.js';
export { dayOf, periodOf } from '@dossier/normalize';

const CALENDAR_VALUE = /^\d{3,4}(?:-|$)/;
const DAY_VALUE = /^\d{4}-\d\d-\d\d/;
/** How far back a narrative day is looked for: a few paragraphs. */
const NARRATIVE_REACH = 1500;
const NOT_NARRATIVE = new Set(['dateline', 'anaphora']);

/** Finds temporal expressions and resolves them (through @dossier/normalize) against the publication date. */
export function findTimexes(doc: ArticleDoc): TimexAnnotation[] {
  const words = new WordIndex(doc.body);
  const candidates = [
    ...chronoCandidates(doc.body, doc.published, doc.sentences),
    ...calendarCandidates(doc, words),
    ...eraCandidates(doc, words),
    ...spokenYearCandidates(doc.body, words),
    ...periodCandidates(doc, words),
    ...bareSeasonCandidates(doc.body, words),
    ...durationCandidates(doc, words),
    ...referenceCandidates(doc, words),
    ...clockCandidates(doc, words),
    ...anchoredCandidates(doc, words),
    ...theYearCandidates(doc, words),
    ...comparisonCandidates(doc.body),
  ];
  const dateline = datelineCandidate(doc);
  if (dateline) candidates.push(dateline);

  const resolved: TimexAnnotation[] = [];
  const sources: string[] = [];
  const ctx: TimexContext = {
    doc,
    published: doc.published,
    direction: (start, end, defaultWay) => directionAt(doc, start, end, defaultWay),
    sentenceDay(start) {
      const sentence = sentenceAt(doc, start);
      if (!sentence) return null;
      for (let i = resolved.length - 1; i >= 0 && resolved[i]!.start >= sentence.start; i--) {
        const t = resolved[i]!;
        if ((t.precision === 'day' || t.precision === 'time') && t.type !== 'SET') return t.value.slice(0, 10);
      }
      return null;
    },
    previousDate(start, within = Infinity) {
      for (let i = resolved.length - 1; i >= 0; i--) {
        const t = resolved[i]!;
        if (start - t.end > within) return null;
        if ((t.type === 'DATE' || t.type === 'TIME') && CALENDAR_VALUE.test(t.value) && sources[i] !== 'dateline')
          return t;
      }
      return null;
    },
    reportQuarter(start) {
      let latest: TimexAnnotation | null = null;
      for (let i = 0; i < resolved.length && resolved[i]!.end <= start; i++) {
        const t = resolved[i]!;
        // Quarter values of one form ("1989-Q3") sort as strings in time order.
        if (t.type === 'DATE' && isReportedQuarter(t, doc.published) && (!latest || t.value > latest.value)) latest = t;
      }
      return latest;
    },
    narrativeDay(start) {
      for (let i = resolved.length - 1; i >= 0; i--) {
        const t = resolved[i]!;
        if (start - t.end > NARRATIVE_REACH) return null;
        // A day counted from another ("the day prior") is a step back in the story, not the day it is about.
        if (t.type === 'SET' || NOT_NARRATIVE.has(sources[i]!) || !DAY_VALUE.test(t.value)) continue;
        const day = t.value.slice(0, 10);
        return isNarrativeDay(day, doc.published) ? day : null;
      }
      return null;
    },
  };

  for (const candidate of selectCandidates(candidates)) {
    const built: Resolution | null = candidate.build(ctx);
    if (!built) continue;
    const r = withinGrammar(built);
    const approx = approximateClock(doc.body, candidate.start, resolved.at(-1)?.end ?? 0, r);
    const zone = zoneOffset(doc.body, candidate.end, r);
    const start = approx?.start ?? candidate.start;
    const end = zone?.end ?? candidate.end;
    resolved.push({
      ...r,
      value: zone?.value ?? r.value,
      rule: `${approx?.rule ?? r.rule}${zone ? '+zone-offset' : ''}`,
      start,
      end,
      text: doc.body.slice(start, end),
    });
    sources.push(candidate.source);
  }
  return resolved;
}
