/** Renders a QualityReport for people: a terminal table with per-article error lists, and Markdown. */
import { formatDiagnostic } from '@dossier/core';
import type { Accuracy, Prf } from './prf.js';
import type { EventsReport, QualityReport } from './report.js';
import type { BenchmarksFile } from './benchmarks.js';
import { renderBenchmarksMarkdown } from './render-benchmarks.js';
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
  out.push(
    `${title}: ${report.articles_scored} article(s) scored; headline = micro average (every gold item weighs the same)`,
  );
  out.push('');
  out.push(
    `${pad('metric', 17)}${lpad('P', 7)}${lpad('R', 7)}${lpad('F1', 7)}   ${pad('tp/fp/fn', 12)}${lpad('macro F1', 9)}`,
  );
  for (const m of METRICS) {
    const p = report.micro[m];
    out.push(
      `${pad(m, 17)}${lpad(f3(p.precision), 7)}${lpad(f3(p.recall), 7)}${lpad(f3(p.f1), 7)}   ${pad(counts(p), 12)}${lpad(f3(report.macro[m].f1), 9)}`,
    );
  }
  out.push('');
  out.push(
    `accuracy on matched spans: ${ACCURACIES.map((a) => `${ACCURACY_LABEL[a]} ${accuracyText(report.accuracy[a])}`).join('; ')}`,
  );
  out.push(`rows whose span does not round-trip: ${report.round_trip_failures}`);
  out.push(...eventsText(report.events));
  for (const s of report.skipped) out.push(`note: skipped ${s.article_id}: ${s.reason}`);
  for (const d of report.gold_problems) out.push(`gold problem: ${formatDiagnostic(d)}`);

  for (const a of report.per_article) {
    out.push('');
    out.push(
      `── ${a.article_id}  (${a.gold_file})  F1: ${METRICS.map((m) => `${m} ${f3(a.metrics[m].f1)}`).join(', ')}`,
    );
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
    const ev = report.events?.per_article.find((e) => e.article_id === a.article_id);
    if (ev?.event_types.missed.length)
      out.push(`   ${pad('event_types', 14)} missed   ${ev.event_types.missed.join(' | ')}`);
    if (ev?.event_statuses.missed.length)
      out.push(`   ${pad('event_status', 14)} wrong    ${ev.event_statuses.missed.join(' | ')}`);
    if (ev?.not_scored.length)
      out.push(`   ${pad('events', 14)} not scored (no event type for the label) ${ev.not_scored.length}`);
  }
  return `${out.join('\n')}\n`;
}

const EVENT_METRICS = ['event_types', 'event_statuses'] as const;

/** The events lines of the terminal report (events are scored apart: the gold gives types and statuses, no spans). */
function eventsText(events: EventsReport | undefined): string[] {
  if (!events?.micro) return ['events: no scored article has event gold (events_for_review); not scored'];
  const out = [
    `events (${events.articles_scored} article(s) with events_for_review; the gold lists main events only, so read recall):`,
  ];
  for (const m of EVENT_METRICS) {
    const p = events.micro[m];
    out.push(`${pad(m, 17)}${lpad(f3(p.precision), 7)}${lpad(f3(p.recall), 7)}${lpad(f3(p.f1), 7)}   ${counts(p)}`);
  }
  out.push(
    `event gold lines not scored (label folds onto no event type): ${events.gold_lines_not_scored}; trigger spans, participants and dates are not scored`,
  );
  return out;
}

function eventsMarkdown(events: EventsReport | undefined): string[] {
  if (!events?.micro) return ['No scored article has event gold (`events_for_review`), so events are not scored.'];
  const out = [
    '## Events',
    '',
    `Against the \`events_for_review\` lines of ${events.articles_scored} gold article(s). ${events.matching}`,
    '',
    '| metric | precision | recall | F1 | tp | fp | fn |',
    '|---|---:|---:|---:|---:|---:|---:|',
  ];
  for (const m of EVENT_METRICS) {
    const p = events.micro[m];
    out.push(`| ${m} | ${f3(p.precision)} | ${f3(p.recall)} | ${f3(p.f1)} | ${p.tp} | ${p.fp} | ${p.fn} |`);
  }
  out.push('', `Gold event lines not scored (their label folds onto no event type): ${events.gold_lines_not_scored}.`);
  return out;
}

/**
 * quality.md: the same totals as Markdown tables, for releases and the docs site. With the benchmark figures
 * (the published dataset), those come first, as the headline, and the gold scores are labelled in-sample.
 */
export function renderMarkdown(report: QualityReport, benchmarks?: BenchmarksFile): string {
  const out: string[] = [];
  out.push('# Extraction quality');
  out.push('');
  if (benchmarks) {
    out.push(...renderBenchmarksMarkdown(benchmarks), '');
    out.push(`## In sample: the dataset's own gold (${benchmarks.in_sample.label})`);
    out.push('');
    out.push(
      `These ${report.articles_scored} article(s) are the ones the pipeline was developed on, so these scores are **in-sample**: ` +
        'they show that nothing regressed, not how well the pipeline does on new text. Read the figures above for that.',
    );
    out.push('');
  }
  out.push(
    `Scores of this dataset against hand-written gold annotations (${report.articles_scored} article(s); see \`quality.json\` for every missed and spurious item). ` +
      'The headline is the micro average: counts are pooled over all articles, so every gold item weighs the same. The macro average (mean of per-article F1) is shown beside it.',
  );
  out.push('');
  out.push(`Matching: ${report.matching}`);
  out.push('');
  out.push('| metric | precision | recall | F1 | tp | fp | fn | macro F1 |');
  out.push('|---|---:|---:|---:|---:|---:|---:|---:|');
  for (const m of METRICS) {
    const p = report.micro[m];
    out.push(
      `| ${m} | ${f3(p.precision)} | ${f3(p.recall)} | ${f3(p.f1)} | ${p.tp} | ${p.fp} | ${p.fn} | ${f3(report.macro[m].f1)} |`,
    );
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
  out.push('', ...eventsMarkdown(report.events));
  if (report.per_article.length) {
    out.push('');
    out.push('## F1 per article');
    out.push('');
    out.push(`| article | ${METRICS.join(' | ')} |`);
    out.push(`|---|${METRICS.map(() => '---:').join('|')}|`);
    for (const a of report.per_article)
      out.push(`| ${a.article_id} | ${METRICS.map((m) => f3(a.metrics[m].f1)).join(' | ')} |`);
  }
  if (report.skipped.length) {
    out.push('');
    out.push(`Not scored: ${report.skipped.map((s) => `${s.article_id} (${s.reason})`).join('; ')}.`);
  }
  return `${out.join('\n')}\n`;
}
