/**
 * Scores a whole dataset against a set of gold files and averages the results. Pure: the caller reads the
 * dataset and the gold files. The report is deterministic (no clock, no absolute paths) so that it can ship
 * inside the dataset as quality.json.
 */
import type { Diagnostic } from '@dossier/core';
import type { TableSet } from '@dossier/validate';
import type { Gold } from './gold.js';
import { accuracy, macroAverage, microAverage, type Accuracy, type Prf } from './prf.js';
import {
  ACCURACIES,
  METRICS,
  scoreArticle,
  type AccuracyName,
  type ArticleScore,
  type MetricName,
} from './score-article.js';
import { viewDataset } from './view.js';
import { EVENTS_MATCHING_NOTE, scoreArticleEvents, type ArticleEventScore } from './events.js';

export const REPORT_FORMAT = 'dossier-quality/1';

export interface GoldFile {
  /** How the report names the file: a path relative to where the gold was read, never absolute. */
  file: string;
  gold: Gold;
}

export interface QualityReport {
  format: typeof REPORT_FORMAT;
  /** "micro": every gold item weighs the same; the macro averages are given beside it. */
  headline: 'micro';
  matching: string;
  articles_scored: number;
  /** Articles of the dataset that have no gold file, and gold files whose article is not in the dataset. */
  skipped: Array<{ article_id: string; reason: string }>;
  micro: Record<MetricName, Prf>;
  macro: Record<MetricName, { precision: number; recall: number; f1: number; articles: number }>;
  accuracy: Record<AccuracyName, Accuracy>;
  /** Rows (in any span table of the scored articles) whose body[start:end] is not their text. */
  round_trip_failures: number;
  per_article: ArticleScore[];
  gold_problems: Diagnostic[];
  /** Events against the gold's events_for_review lines (type, and type with status), for articles whose gold has them. */
  events: EventsReport;
}

export interface EventsReport {
  matching: string;
  articles_scored: number;
  /** Null when no scored article's gold lists events: nothing was measured. */
  micro: { event_types: Prf; event_statuses: Prf } | null;
  /** Gold lines whose label folds onto no event type, over all articles. */
  gold_lines_not_scored: number;
  per_article: ArticleEventScore[];
}

export const MATCHING_NOTE =
  'persons/organizations/countries/places: any written form (name or alias) equal after normalizing case, apostrophes, periods and hyphens; ' +
  'roles: same person, same title (synonyms folded, e.g. spokesman = spokesperson), same affiliation (null only matches null); ' +
  'timexes/quotes/quantities: spans overlap by at least one code point, one-to-one; *_values and quote_speakers also require the value or speaker to be right.';

export function scoreDataset(tables: TableSet, golds: GoldFile[]): QualityReport {
  const { articles, entities } = viewDataset(tables);
  const goldById = new Map(golds.map((g) => [g.gold.article, g]));
  const skipped: QualityReport['skipped'] = [];
  const perArticle: ArticleScore[] = [];
  const perArticleEvents: ArticleEventScore[] = [];
  const goldProblems: Diagnostic[] = [];

  for (const id of [...articles.keys()].sort()) {
    const goldFile = goldById.get(id);
    if (!goldFile) {
      skipped.push({ article_id: id, reason: 'no gold file' });
      continue;
    }
    const { score, problems } = scoreArticle(goldFile.gold, goldFile.file, articles.get(id)!, entities);
    perArticle.push(score);
    goldProblems.push(...problems);
    // No events_for_review means no event gold for this article, not "no events": it is left out.
    const lines = goldFile.gold.events_for_review;
    if (lines) perArticleEvents.push(scoreArticleEvents(id, lines, articles.get(id)!.events));
  }
  for (const g of [...goldById.keys()].sort()) {
    if (!articles.has(g))
      skipped.push({ article_id: g, reason: `gold file ${goldById.get(g)!.file} has no article in the dataset` });
  }

  const micro = Object.fromEntries(
    METRICS.map((m) => [m, microAverage(perArticle.map((a) => a.metrics[m]))]),
  ) as QualityReport['micro'];
  const macro = Object.fromEntries(
    METRICS.map((m) => [m, macroAverage(perArticle.map((a) => a.metrics[m]))]),
  ) as QualityReport['macro'];
  const acc = Object.fromEntries(
    ACCURACIES.map((name) => {
      const correct = perArticle.reduce((n, a) => n + a.accuracy[name].correct, 0);
      const total = perArticle.reduce((n, a) => n + a.accuracy[name].total, 0);
      return [name, accuracy(correct, total)];
    }),
  ) as QualityReport['accuracy'];

  return {
    format: REPORT_FORMAT,
    headline: 'micro',
    matching: MATCHING_NOTE,
    articles_scored: perArticle.length,
    skipped,
    micro,
    macro,
    accuracy: acc,
    round_trip_failures: perArticle.reduce((n, a) => n + a.round_trip_failures, 0),
    per_article: perArticle,
    gold_problems: goldProblems,
    events: {
      matching: EVENTS_MATCHING_NOTE,
      articles_scored: perArticleEvents.length,
      micro:
        perArticleEvents.length === 0
          ? null
          : {
              event_types: microAverage(perArticleEvents.map((a) => a.event_types)),
              event_statuses: microAverage(perArticleEvents.map((a) => a.event_statuses)),
            },
      gold_lines_not_scored: perArticleEvents.reduce((n, a) => n + a.not_scored.length, 0),
      per_article: perArticleEvents,
    },
  };
}
