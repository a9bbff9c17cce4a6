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
const COUNT_KEYS = ['tp', 'fp', 'fn', 'gold', 'predicted', 'matched', 'support', 'true_positives', 'false_positives', 'false_negatives'];

function num(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isFinite(value) ? value : undefined;
}

export function scoreRows(report: unknown): ScoreRow[] {
  const rows: ScoreRow[] = [];
  const walk = (value: unknown, path: string[]) => {
    if (Array.isArray(value)) {
      value.forEach((item, i) => {
        const label = item && typeof item === 'object' ? ((item as Record<string, unknown>).name ?? (item as Record<string, unknown>).article_id ?? (item as Record<string, unknown>).id ?? String(i)) : String(i);
        walk(item, [...path, String(label)]);
      });
      return;
    }
    if (!value || typeof value !== 'object') return;
    const obj = value as Record<string, unknown>;
    if (SCORE_KEYS.filter((k) => num(obj[k]) !== undefined).length >= 2) {
      const counts: Record<string, number> = {};
      for (const k of COUNT_KEYS) if (num(obj[k]) !== undefined) counts[k] = obj[k] as number;
      rows.push({ path, precision: num(obj.precision ?? obj.p), recall: num(obj.recall ?? obj.r), f1: num(obj.f1 ?? obj.F1), counts, missed: items(obj.missed), spurious: items(obj.spurious) });
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
