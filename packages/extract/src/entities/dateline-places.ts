/**
 * The place a dateline names is a place even when no gazetteer knows it: a wire story opens with where it was
 * filed ("KORVANSK, Norway (Reuters) -"), so the capitalized words before the dateline's first comma are a
 * place's name, not a person's nor a team's. Two shapes:
 *  - the dateline ingest found (ArticleDoc.dateline) when it has an agency, a date or a country after a comma;
 *  - a line of its own made of a name in capitals, an optional ", <country or place>", and an ISO date
 *    ("KORVANSK , Norway 1996-08-31"), as wire archives write the dateline above the story.
 */
import type { ArticleDoc } from '@dossier/core';
import type { Run } from './segments.js';
import type { Word } from './words.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const SHOUTED = /^[\p{Lu}'’.-]+$/u;
/** No place's name in a dateline runs longer than this (the gazetteer's longest are four words). */
const MAX_PLACE_WORDS = 4;

/** Retypes the run as one place, when it is only names in capitals (and an opening "THE"). */
function retypeAsPlace(words: Word[], run: Run): void {
  const names = run.segments.filter((s) => s.kind === 'name');
  if (names.length === 0 || run.to - run.from > MAX_PLACE_WORDS) return;
  if (!run.segments.every((s) => s.kind === 'name' || (s.kind === 'of' && s.from === run.from))) return;
  if (!names.every((s) => words.slice(s.from, s.to).every((w) => SHOUTED.test(w.text)))) return;
  // "THE HAGUE": in a dateline the article is part of the place's name.
  run.segments = [{ kind: 'place', from: run.from, to: run.to }];
}

/** A comma or an ISO date right after the run, in its sentence: the cheap test before the full one. */
function mayOpenDateline(words: Word[], i: number, sentence: number): boolean {
  const next = words[i];
  return next !== undefined && next.sentence === sentence && (next.text === ',' || ISO_DATE.test(next.text));
}

/** Does the line from word i on read ", <country or place>" and a date, or only a date? */
function restReadsAsDateline(words: Word[], runs: ReadonlyMap<number, Run>, i: number, sentence: number): boolean {
  if (words[i]?.text === ',') {
    const where = runs.get(i + 1);
    if (!where || !where.segments.every((s) => s.kind === 'country' || s.kind === 'place')) return false;
    i = where.to;
  }
  const date = words[i];
  return (
    date !== undefined && date.sentence === sentence && ISO_DATE.test(date.text) && words[i + 1]?.sentence !== sentence
  );
}

/** Where the dateline's own place name ends: at its first comma ("KORVANSK, Norway"), else with the place. */
function datelinePlaceEnd(doc: ArticleDoc): number {
  const dateline = doc.dateline;
  if (!dateline?.place) return -1;
  const comma = dateline.text.indexOf(',');
  // A line in capitals and a dash alone ("SOCCER - …") is as often a section label: an agency, a date or the
  // country after a comma says it is a dateline.
  if (dateline.agency === null && dateline.dateText === null && (comma < 0 || comma > dateline.place.length)) return -1;
  return dateline.start + (comma >= 0 ? comma : dateline.place.length);
}

export function findDatelinePlaces(doc: ArticleDoc, words: Word[], runs: readonly Run[]): void {
  // Built only when a line could be a dateline: most articles have none.
  let runAt: Map<number, Run> | undefined;
  const placeEnd = datelinePlaceEnd(doc);
  for (const run of runs) {
    const first = words[run.from]!;
    const inDateline = first.start === doc.dateline?.start && words[run.to - 1]!.end <= placeEnd;
    if (inDateline) retypeAsPlace(words, run);
    else if (first.sentenceInitial && mayOpenDateline(words, run.to, first.sentence)) {
      runAt ??= new Map(runs.map((r) => [r.from, r]));
      if (restReadsAsDateline(words, runAt, run.to, first.sentence)) retypeAsPlace(words, run);
    }
  }
}
