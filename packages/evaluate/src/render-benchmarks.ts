/** The out-of-sample section of quality.md and of `pnpm eval`'s output: benchmark figures with their source and targets. */
import {
  headlineValue,
  targetValue,
  type BenchmarkEntry,
  type BenchmarksFile,
  type MetricSpec,
  type Score,
} from './benchmarks.js';

const f3 = (x: number | undefined) => (x === undefined ? '–' : x.toFixed(3));

export function targetText(spec: MetricSpec, score: Score | undefined): string {
  const t = spec.target;
  if (!t) return '';
  const value = targetValue(score, t);
  const verdict = value === undefined ? '' : value >= t.min ? ' (met)' : ' (not met)';
  return `${t.of === 'value' ? '' : `${t.of.toUpperCase()} `}≥ ${t.min.toFixed(2)}${verdict}`;
}

function row(entry: BenchmarkEntry, spec: MetricSpec, withName: boolean): string {
  const s = entry.measured?.scores[spec.metric];
  const name = withName ? `${entry.name} | ` : '';
  const licence = withName ? ` ${entry.licence} |` : '';
  if (!entry.measured)
    return `| ${name}${spec.label} | not yet measured | | | ${targetText(spec, undefined)} |${licence}`;
  if (!s) return `| ${name}${spec.label} | not measured | | | ${targetText(spec, undefined)} |${licence}`;
  if (s.f1 === undefined) return `| ${name}${spec.label} | ${f3(s.value)} | | | ${targetText(spec, s)} |${licence}`;
  return `| ${name}${spec.label} | ${f3(s.f1)} | ${f3(s.precision)} | ${f3(s.recall)} | ${targetText(spec, s)} |${licence}`;
}

/** Markdown: the headline table (one line per benchmark), then each benchmark with its source, licence and every figure. */
export function renderBenchmarksMarkdown(file: BenchmarksFile): string[] {
  const out: string[] = [];
  out.push('## Out of sample: public benchmarks and development sets');
  out.push('');
  out.push(
    "The headline figures. None of these texts is in the dataset's own gold, but every set was **used in development** " +
      '(the pipeline was tuned while looking at it): they are development sets, not held-out tests, so expect lower scores on unseen text. ' +
      'F1 where the metric has precision and recall; otherwise the share that is right.',
  );
  out.push('');
  out.push('| benchmark | headline metric | F1 / value | precision | recall | target | licence |');
  out.push('|---|---|---:|---:|---:|---|---|');
  for (const b of file.benchmarks) {
    const spec = b.metrics.find((m) => m.metric === b.headline) ?? b.metrics[0]!;
    out.push(row(b, spec, true));
  }
  for (const b of file.benchmarks) {
    out.push('', `### ${b.name}`, '');
    out.push(`${b.source}. Licence: ${b.licence}. ${b.development_note}`);
    out.push('');
    out.push(
      b.measured
        ? `Measured on ${b.measured.documents} document(s) by dataset version ${b.measured.dataset_version}.`
        : 'Not yet measured: `pnpm eval --write-benchmarks` fills it in where the benchmark folder is present.',
    );
    out.push('', '| metric | F1 / value | precision | recall | target |', '|---|---:|---:|---:|---|');
    for (const spec of b.metrics) out.push(row(b, spec, false));
  }
  return out;
}

/** Terminal: one line per benchmark headline, for `pnpm eval` after it wrote the file. */
export function renderBenchmarksText(file: BenchmarksFile): string {
  const lines = file.benchmarks.map((b) => {
    const spec = b.metrics.find((m) => m.metric === b.headline) ?? b.metrics[0]!;
    const s = b.measured?.scores[spec.metric];
    const target = targetText(spec, s);
    return `  ${b.id.padEnd(14)} ${spec.label.padEnd(40).slice(0, 40)} ${b.measured ? f3(headlineValue(s)) : 'not yet measured'}${target ? `  target ${target}` : ''}`;
  });
  return `${lines.join('\n')}\n`;
}
