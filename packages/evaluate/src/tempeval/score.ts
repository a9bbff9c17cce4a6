/**
 * Scores a built dataset's temporal expressions against TempEval-3 gold, the way the TempEval-3 task did
 * (UzZaman et al. 2013, "SemEval-2013 Task 1: TempEval-3"): spans matched one to one, strictly (the same
 * characters) and relaxed (any overlap); then the attributes on the relaxed matches. An attribute counts as
 * right only when the span matched and the attribute is equal, so value P = right values / predicted
 * timexes, value R = right values / gold timexes, and value F1 their harmonic mean (the task's headline).
 */
import type { TableSet } from '@dossier/validate';
import { overlapLength } from '../locate.js';
import { matchOneToOne } from '../match.js';
import { microAverage, prf, type Counts, type Prf } from '../prf.js';
import type { TimemlArticle } from './article.js';

export interface TempevalReport {
  format: 'dossier-tempeval3/1';
  documents: number;
  gold: number;
  predicted: number;
  strict: Prf;
  relaxed: Prf;
  value: Prf;
  type: Prf;
  /** Per document, the items that differ, for reading. */
  per_document: Array<{ article_id: string; missed: string[]; spurious: string[]; wrong_values: string[] }>;
}

interface Item {
  start: number;
  end: number;
  type: string;
  value: string;
  text: string;
  rule?: string;
}

function attributeCounts(right: number, predicted: number, gold: number): Counts {
  return { tp: right, fp: predicted - right, fn: gold - right };
}

export function scoreTempeval(tables: TableSet, articles: readonly TimemlArticle[]): TempevalReport {
  const rowsByArticle = new Map<string, Item[]>();
  for (const r of tables.temporal_expressions ?? []) {
    const list = rowsByArticle.get(r.article_id as string) ?? [];
    list.push({
      start: r.start as number,
      end: r.end as number,
      type: r.type as string,
      value: r.value as string,
      text: r.text as string,
      rule: r.rule as string,
    });
    rowsByArticle.set(r.article_id as string, list);
  }
  const strict: Counts[] = [];
  const relaxed: Counts[] = [];
  let valueRight = 0;
  let typeRight = 0;
  let goldTotal = 0;
  let predTotal = 0;
  const perDocument: TempevalReport['per_document'] = [];
  for (const article of articles) {
    const gold: Item[] = article.timexes;
    const pred = rowsByArticle.get(article.articleId) ?? [];
    goldTotal += gold.length;
    predTotal += pred.length;
    const exact = matchOneToOne(gold, pred, (g, p) => (g.start === p.start && g.end === p.end ? 1 : 0));
    strict.push({ tp: exact.pairs.length, fp: exact.spurious.length, fn: exact.missed.length });
    const m = matchOneToOne(gold, pred, (g, p) => overlapLength(g, p));
    relaxed.push({ tp: m.pairs.length, fp: m.spurious.length, fn: m.missed.length });
    const wrongValues: string[] = [];
    for (const { gold: g, pred: p } of m.pairs) {
      if (g.type === p.type) typeRight++;
      if (g.value === p.value) valueRight++;
      else wrongValues.push(`"${g.text}" → "${p.text}": expected ${g.value}, found ${p.value} (${p.rule})`);
    }
    perDocument.push({
      article_id: article.articleId,
      missed: m.missed.map((g) => `"${g.text}" = ${g.value}`),
      spurious: m.spurious.map((p) => `"${p.text}" = ${p.value} (${p.rule})`),
      wrong_values: wrongValues,
    });
  }
  return {
    format: 'dossier-tempeval3/1',
    documents: articles.length,
    gold: goldTotal,
    predicted: predTotal,
    strict: microAverage(strict),
    relaxed: microAverage(relaxed),
    value: prf(attributeCounts(valueRight, predTotal, goldTotal)),
    type: prf(attributeCounts(typeRight, predTotal, goldTotal)),
    per_document: perDocument,
  };
}

export function renderTempeval(report: TempevalReport, title: string): string {
  const row = (name: string, p: Prf) =>
    `${name.padEnd(26)}${p.precision.toFixed(3).padStart(7)}${p.recall.toFixed(3).padStart(7)}${p.f1.toFixed(3).padStart(7)}   ${p.tp}/${p.fp}/${p.fn}`;
  return [
    `${title}: ${report.documents} document(s), ${report.gold} gold and ${report.predicted} predicted timexes; micro averages`,
    '',
    `${'metric'.padEnd(26)}${'P'.padStart(7)}${'R'.padStart(7)}${'F1'.padStart(7)}   tp/fp/fn`,
    row('timex spans, strict', report.strict),
    row('timex spans, relaxed', report.relaxed),
    row('timex value (TempEval-3)', report.value),
    row('timex type', report.type),
    '',
  ].join('\n');
}
