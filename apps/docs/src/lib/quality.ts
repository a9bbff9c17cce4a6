/**
 * The quality report (quality.json, written by the evaluation stage). Its exact layout belongs to that
 * stage, so the site finds every object that carries precision/recall/F1 and shows them in a table,
 * labelled by where they sit in the report, and links the raw file.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DATA_DIST } from './paths.ts';

export interface ScoreRow {
  /** Where in the report the scores sit, e.g. ["seed", "persons"]. */
  path: string[];
  precision: number | undefined;
  recall: number | undefined;
  f1: number | undefined;
  counts: Record<string, number>;
  /** Gold items the dataset missed and rows the gold does not have, as the report lists them. */
  missed: string[];
  spurious: string[];
}

export interface AccuracyRow {
  name: string;
  correct: number;
  total: number;
  accuracy: number | undefined;
}

const SCORE_KEYS = ['precision', 'recall', 'f1', 'F1', 'p', 'r'];
const COUNT_KEYS = [
  'tp',
  'fp',
  'fn',
  'gold',
  'predicted',
  'matched',
  'support',
  'true_positives',
  'false_positives',
  'false_negatives',
];

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function scoreRows(report: unknown): ScoreRow[] {
  const rows: ScoreRow[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const label =
          item && typeof item === 'object'
            ? ((item as Record<string, unknown>).name ??
              (item as Record<string, unknown>).article_id ??
              (item as Record<string, unknown>).id ??
              String(i))
            : String(i);
        walk(item, [...path, String(label)]);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (SCORE_KEYS.filter((k) => num(obj[k]) !== undefined).length >= 2) {
      const counts: Record<string, number> = {};
      for (const k of COUNT_KEYS) if (num(obj[k]) !== undefined) counts[k] = obj[k] as number;
      rows.push({
        path,
        precision: num(obj.precision ?? obj.p),
        recall: num(obj.recall ?? obj.r),
        f1: num(obj.f1 ?? obj.F1),
        counts,
        missed: items(obj.missed),
        spurious: items(obj.spurious),
      });
    }
    for (const [k, v] of Object.entries(obj)) if (v && typeof v === 'object') walk(v, [...path, k]);
  };
  walk(report, []);
  return rows;
}

function items(value: unknown): string[] {
  if (!Array.isArray(value)) return [];
  return value.map((item) => {
    if (typeof item === 'string') return item;
    const text = item && typeof item === 'object' ? (item as Record<string, unknown>).text : undefined;
    return typeof text === 'string' ? text : JSON.stringify(item);
  });
}

/** Objects shaped { correct, total, accuracy } (accuracy on matched spans), by name. */
export function accuracyRows(report: unknown): AccuracyRow[] {
  const accuracy = report && typeof report === 'object' ? (report as Record<string, unknown>).accuracy : undefined;
  if (!accuracy || typeof accuracy !== 'object') return [];
  return Object.entries(accuracy as Record<string, Record<string, unknown>>)
    .filter(([, v]) => v && num(v.correct) !== undefined && num(v.total) !== undefined)
    .map(([name, v]) => ({ name, correct: v.correct as number, total: v.total as number, accuracy: num(v.accuracy) }));
}

/** The top-level facts of a report (strings and numbers), such as its version or the gold set it used. */
export function reportFacts(report: unknown): Array<[string, string]> {
  if (!report || typeof report !== 'object' || Array.isArray(report)) return [];
  return Object.entries(report as Record<string, unknown>)
    .filter(([, v]) => typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')
    .map(([k, v]) => [k, String(v)]);
}

export function readQuality(dir: string = DATA_DIST): { file: string; report: unknown } | undefined {
  const file = join(dir, 'quality.json');
  if (!existsSync(file)) return undefined;
  return { file, report: JSON.parse(readFileSync(file, 'utf8')) };
}

export function formatScore(value: number | undefined): string {
  if (value === undefined) return '—';
  return value <= 1 ? value.toFixed(3) : String(value);
}

/** A benchmark of quality.json's `benchmarks` (written by `pnpm eval --write-benchmarks`), as the page shows it. */
export interface BenchmarkView {
  id: string;
  name: string;
  source: string;
  licence: string;
  developmentNote: string;
  measuredWith: string | undefined;
  documents: number | undefined;
  /** Every metric; the first is the benchmark's headline. */
  figures: Array<{
    label: string;
    f1OrValue: number | undefined;
    precision: number | undefined;
    recall: number | undefined;
    target: string;
    measured: boolean;
  }>;
}

interface RawTarget {
  of: string;
  min: number;
}
interface RawBenchmark {
  id: string;
  name: string;
  source: string;
  licence: string;
  development_note: string;
  headline: string;
  metrics: Array<{ metric: string; label: string; target?: RawTarget }>;
  measured: { dataset_version: string; documents: number; scores: Record<string, Record<string, number>> } | null;
}

function target(t: RawTarget | undefined, score: Record<string, number> | undefined): string {
  if (!t) return '';
  const value = num(score?.[t.of]);
  const verdict = value === undefined ? '' : value >= t.min ? ' (met)' : ' (not met)';
  return `${t.of === 'value' ? '' : `${t.of.toUpperCase()} `}≥ ${t.min.toFixed(2)}${verdict}`;
}

/** The out-of-sample figures a build shipped in quality.json (`benchmarks.benchmarks`), headline metric first. */
export function benchmarkViews(report: unknown): BenchmarkView[] {
  const list = (report as { benchmarks?: { benchmarks?: unknown } } | undefined)?.benchmarks?.benchmarks;
  if (!Array.isArray(list)) return [];
  return (list as RawBenchmark[]).map((b) => {
    const ordered = [
      ...b.metrics.filter((m) => m.metric === b.headline),
      ...b.metrics.filter((m) => m.metric !== b.headline),
    ];
    return {
      id: b.id,
      name: b.name,
      source: b.source,
      licence: b.licence,
      developmentNote: b.development_note,
      measuredWith: b.measured?.dataset_version,
      documents: b.measured?.documents,
      figures: ordered.map((m) => {
        const s = b.measured?.scores[m.metric];
        return {
          label: m.label,
          f1OrValue: num(s?.f1 ?? s?.value),
          precision: num(s?.precision),
          recall: num(s?.recall),
          target: target(m.target, s),
          measured: s !== undefined,
        };
      }),
    };
  });
}

/** What quality.json says its own gold articles are ("articles the pipeline was developed on"), if it says. */
export function inSampleLabel(report: unknown): string | undefined {
  const label = (report as { gold_is?: unknown } | undefined)?.gold_is;
  return typeof label === 'string' ? label : undefined;
}
