/**
 * The regression gate. A committed baseline file holds the seed's scores; a score below it fails the test
 * suite. Raising the baseline is a deliberate edit (`pnpm eval --update-baseline`) in the same commit as the
 * improvement, so a lowered number shows up in review.
 */
import type { QualityReport } from './report.js';
import { METRICS } from './score-article.js';

export interface Baseline {
  description: string;
  /** Micro-averaged precision, recall and F1 per metric, keyed "metric.precision" etc. Higher is better. */
  scores: Record<string, number>;
  /** Rows whose span does not round-trip. Lower is better. */
  max_round_trip_failures: number;
}

export interface Regression {
  metric: string;
  baseline: number;
  actual: number;
  message: string;
}

export const BASELINE_DESCRIPTION =
  'Micro-averaged scores of data/raw against data/gold with the current pipeline. A test in `pnpm test` fails when any score drops below this. ' +
  'Raise it on purpose, in the commit that improves extraction: `pnpm eval --update-baseline`.';

export function baselineScores(report: QualityReport): Record<string, number> {
  const scores: Record<string, number> = {};
  for (const m of METRICS) {
    const p = report.micro[m];
    scores[`${m}.precision`] = p.precision;
    scores[`${m}.recall`] = p.recall;
    scores[`${m}.f1`] = p.f1;
  }
  return scores;
}

export function baselineOf(report: QualityReport): Baseline {
  return {
    description: BASELINE_DESCRIPTION,
    scores: baselineScores(report),
    max_round_trip_failures: report.round_trip_failures,
  };
}

/** Scores are rounded to 4 decimals; this tolerance only absorbs floating-point noise. */
const EPSILON = 1e-9;

export function compareToBaseline(report: QualityReport, baseline: Baseline): Regression[] {
  const actual = baselineScores(report);
  const regressions: Regression[] = [];
  for (const [metric, base] of Object.entries(baseline.scores)) {
    const now = actual[metric];
    if (now === undefined) {
      regressions.push({
        metric,
        baseline: base,
        actual: Number.NaN,
        message: `${metric}: the baseline has it but the report does not (a metric was renamed or removed?)`,
      });
    } else if (now < base - EPSILON) {
      regressions.push({
        metric,
        baseline: base,
        actual: now,
        message: `${metric} dropped below the baseline: expected ≥ ${base}, found ${now}`,
      });
    }
  }
  if (report.round_trip_failures > baseline.max_round_trip_failures) {
    regressions.push({
      metric: 'round_trip_failures',
      baseline: baseline.max_round_trip_failures,
      actual: report.round_trip_failures,
      message: `round_trip_failures rose above the baseline: expected ≤ ${baseline.max_round_trip_failures}, found ${report.round_trip_failures}`,
    });
  }
  return regressions;
}

/** Metrics that now score above the baseline: worth raising it. */
export function improvements(report: QualityReport, baseline: Baseline): string[] {
  const actual = baselineScores(report);
  return Object.entries(actual)
    .filter(([metric, now]) => baseline.scores[metric] !== undefined && now > baseline.scores[metric]! + EPSILON)
    .map(([metric, now]) => `${metric} ${baseline.scores[metric]} → ${now}`);
}
