/**
 * The quality scores a changelog entry quotes, read from the dataset's quality.json. Pure. It knows the
 * "dossier-quality/1" format (micro-averaged precision/recall/F1 per metric, value accuracies); for any other
 * shape it lists every object that carries an f1, so a format change degrades the summary, not the release.
 */
type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

function fmt(x: Json | undefined): string {
  return typeof x === 'number' ? x.toFixed(3) : '–';
}

function isObject(x: Json | undefined): x is { [key: string]: Json } {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function collectF1(
  node: Json,
  path: string[],
  out: Array<{ path: string; p: Json | undefined; r: Json | undefined; f1: Json | undefined }>,
): void {
  if (!isObject(node)) return;
  if (typeof node.f1 === 'number') out.push({ path: path.join('.'), p: node.precision, r: node.recall, f1: node.f1 });
  for (const [k, v] of Object.entries(node))
    if (!/article|missed|spurious|problems/.test(k)) collectF1(v, [...path, k], out);
}

/**
 * The out-of-sample headline of each benchmark a build shipped in quality.json (`benchmarks`, written by
 * `pnpm eval --write-benchmarks`), so that release notes lead with them, as the quality page does.
 */
function benchmarkLines(q: { [key: string]: Json }): string[] {
  const list = isObject(q.benchmarks) ? q.benchmarks.benchmarks : undefined;
  if (!Array.isArray(list) || list.length === 0) return [];
  const lines = [
    'Out of sample (public benchmarks and development sets, all used in development):',
    '',
    '| benchmark | headline metric | F1 / value |',
    '|---|---|---:|',
  ];
  for (const b of list) {
    if (!isObject(b) || !Array.isArray(b.metrics)) continue;
    const spec = b.metrics.find((m) => isObject(m) && m.metric === b.headline);
    const scores = isObject(b.measured) && isObject(b.measured.scores) ? b.measured.scores : undefined;
    const score = scores && typeof b.headline === 'string' ? scores[b.headline] : undefined;
    const value = isObject(score) ? (score.f1 ?? score.value) : undefined;
    lines.push(
      `| ${String(b.name)} | ${isObject(spec) ? String(spec.label) : String(b.headline)} | ${scores ? fmt(value) : 'not yet measured'} |`,
    );
  }
  return [...lines, ''];
}

export function summarizeQuality(report: unknown): string | null {
  const q = report as Json;
  if (!isObject(q)) return null;
  const lines: string[] = [];
  if (q.format === 'dossier-quality/1' && isObject(q.micro)) {
    lines.push(...benchmarkLines(q));
    const scored =
      typeof q.gold_is === 'string'
        ? `In sample: scored against the gold of ${String(q.articles_scored ?? '?')} article(s), the ${q.gold_is}; micro averages.`
        : `Scored against gold annotations for ${String(q.articles_scored ?? '?')} article(s); micro averages.`;
    lines.push(scored, '', '| metric | precision | recall | F1 |', '|---|---:|---:|---:|');
    for (const [metric, prf] of Object.entries(q.micro))
      if (isObject(prf)) lines.push(`| ${metric} | ${fmt(prf.precision)} | ${fmt(prf.recall)} | ${fmt(prf.f1)} |`);
    if (isObject(q.accuracy)) {
      const acc = Object.entries(q.accuracy).filter(([, a]) => isObject(a));
      if (acc.length) {
        lines.push('', '| accuracy | correct / total | value |', '|---|---:|---:|');
        for (const [name, a] of acc)
          if (isObject(a)) lines.push(`| ${name} | ${String(a.correct)} / ${String(a.total)} | ${fmt(a.accuracy)} |`);
      }
    }
    if (typeof q.round_trip_failures === 'number')
      lines.push('', `Span round-trip failures: ${q.round_trip_failures}.`);
    return `${lines.join('\n')}\n`;
  }
  const found: Array<{ path: string; p: Json | undefined; r: Json | undefined; f1: Json | undefined }> = [];
  collectF1(q, [], found);
  if (!found.length) return null;
  lines.push('| score | precision | recall | F1 |', '|---|---:|---:|---:|');
  for (const f of found) lines.push(`| ${f.path || '(total)'} | ${fmt(f.p)} | ${fmt(f.r)} | ${fmt(f.f1)} |`);
  return `${lines.join('\n')}\n`;
}
