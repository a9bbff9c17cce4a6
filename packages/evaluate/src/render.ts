/** Renders a QualityReport for people: a terminal table with per-article error lists, and Markdown. */
import { formatDiagnostic } from '@dossier/core';
import type { Accuracy, Prf } from './prf.js';
import type { QualityReport } from './report.js';
import { ACCURACIES, METRICS } from './score-article.js';

const f3 = (x: number | null) => (x === null ? '  –  ' : x.toFixed(3));
const pad = (s: string, n: number) => s.padEnd(n);
const lpad = (s: string, n: number) => s.padStart(n);

const ACCURACY_LABEL: Record<(typeof ACCURACIES)[number], string> = {
  timex_value: 'timex value',
  timex_type: 'timex type',
  quote_speaker: 'quote speaker',
  quantity_value: 'quantity value',
};

function accuracyText(a: Accuracy): string {
  return `${a.correct}/${a.total} = ${f3(a.accuracy)}`;
}

function counts(p: Prf): string {
  return `${p.tp}/${p.fp}/${p.fn}`;
}

/** The terminal report: totals first, then each article's misses and spurious rows. */
export function renderText(report: QualityReport, title: string): string {
  const out: string[] = [];
  out.push(`${title}: ${report.articles_scored} article(s) scored; headline = micro average (every gold item weighs the same)`);
  out.push('');
  out.push(`${pad('metric', 17)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}   ${pad('tp/fp/fn', 12)}${lpad('macro F1', 9)}`);
  for (const m of METRICS) {
    const p = report.micro[m];
    out.push(`${pad(m, 17)}${lpad(f3(p.precision), 7)}${lpad(f3(p.recall), 7)}${lpad(f3(p.f1), 7)}   ${pad(counts(p), 12)}${lpad(f3(report.macro[m].f1), 9)}`);
  }
  out.push('');
  out.push(`accuracy on matched spans: ${ACCURACIES.map((a) => `${ACCURACY_LABEL[a]} ${accuracyText(report.accuracy[a])}`).join('; ')}`);
  out.push(`rows whose span does not round-trip: ${report.round_trip_failures}`);
  for (const s of report.skipped) out.push(`note: skipped ${s.article_id}: ${s.reason}`);
  for (const d of report.gold_problems) out.push(`gold problem: ${formatDiagnostic(d)}`);

  for (const a of report.per_article) {
    out.push('');
    out.push(`── ${a.article_id}  (${a.gold_file})  F1: ${METRICS.map((m) => `${m} ${f3(a.metrics[m].f1)}`).join(', ')}`);
    if (a.round_trip_failures) out.push(`   rows whose span does not round-trip: ${a.round_trip_failures}`);
    for (const m of METRICS) {
      const r = a.metrics[m];
      if (r.missed.length) out.push(`   ${pad(m, 14)} missed   ${r.missed.join(' | ')}`);
      if (r.spurious.length) out.push(`   ${pad(m, 14)} spurious ${r.spurious.join(' | ')}`);
    }
    for (const name of ACCURACIES) {
      const wrong = a.accuracy[name].wrong;
      if (wrong.length) out.push(`   ${pad(ACCURACY_LABEL[name], 14)} wrong    ${wrong.join(' | ')}`);
    }
  }
  return `${out.join('\n')}\n`;
}

/** quality.md: the same totals as Markdown tables, for releases and the docs site. */
export function renderMarkdown(report: QualityReport): string {
  const out: string[] = [];
  out.push('# Extraction quality');
  out.push('');
  out.push(`Scores of this dataset against hand-written gold annotations (${report.articles_scored} article(s); see \`quality.json\` for every missed and spurious item). ` +
    'The headline is the micro average: counts are pooled over all articles, so every gold item weighs the same. The macro average (mean of per-article F1) is shown beside it.');
  out.push('');
  out.push(`Matching: ${report.matching}`);
  out.push('');
  out.push('| metric | precision | recall | F1 | tp | fp | fn | macro F1 |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of METRICS) {
    const p = report.micro[m];
    out.push(`| ${m} | ${f3(p.precision)} | ${f3(p.recall)} | ${f3(p.f1)} | ${p.tp} | ${p.fp} | ${p.fn} | ${f3(report.macro[m].f1)} |`);
  }
  out.push('');
  out.push('| accuracy on matched spans | correct | matched | accuracy |');
  out.push('|---|---:|---:|---:|');
  for (const a of ACCURACIES) {
    const x = report.accuracy[a];
    out.push(`| ${ACCURACY_LABEL[a]} | ${x.correct} | ${x.total} | ${f3(x.accuracy).trim()} |`);
  }
  out.push('');
  out.push(`Rows whose span does not round-trip (body[start:end] ≠ text): ${report.round_trip_failures}.`);
  if (report.per_article.length) {
    out.push('');
    out.push('## F1 per article');
    out.push('');
    out.push(`| article | ${METRICS.join(' | ')} |`);
    out.push(`|---|${METRICS.map(() => '---:').join('|')}|`);
    for (const a of report.per_article) out.push(`| ${a.article_id} | ${METRICS.map((m) => f3(a.metrics[m].f1)).join(' | ')} |`);
  }
  if (report.skipped.length) {
    out.push('');
    out.push(`Not scored: ${report.skipped.map((s) => `${s.article_id} (${s.reason})`).join('; ')}.`);
  }
  return `${out.join('\n')}\n`;
}
