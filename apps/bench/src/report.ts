/** Turns benchmark measurements into the Markdown report committed in results/. Pure. */

export interface BuildRun {
  wallMs: number;
  articles: number;
  bytesIn: number;
  /** read = wall time of the per-article stage; ingest and extract = CPU time summed over threads. */
  timings: { read: number; ingest: number; extract: number; assemble: number; validate: number; export: number };
  processing?: { jobs: number; pooled: boolean; cacheHits: number; cacheMisses: number; cacheFingerprint?: string };
  rows: Record<string, number>;
  peakRssMb: number;
  /** True when the compiled packages changed while this build ran (another build recompiled them). */
  codeChanged?: boolean;
  /** First 12 hex digits of the per-article code hash at the start. */
  code?: string;
}

export interface BaselineRun {
  winkMs: number;
  tokens: number;
  chronoMs: number;
  dates: number;
}

export interface SizeReport {
  size: number;
  bytes: number;
  /** The median of the full builds of this size (by wall time). */
  parallel: BuildRun;
  /** Wall time of every full build of this size, in run order. */
  parallelWalls?: number[];
  single?: BuildRun;
  identical?: boolean;
  baseline: BaselineRun;
  incremental?: { cold: BuildRun; warm: BuildRun };
}

const s = (ms: number) => (ms / 1000).toFixed(2);
const mbPerS = (bytes: number, ms: number) => (bytes / 1e6 / (ms / 1000)).toFixed(2);

export function renderReport(input: {
  command: string;
  seed: number;
  sources: string[];
  machine: {
    cpus: number;
    cpuModel: string;
    memoryGb: number;
    node: string;
    date: string;
    loadBefore: number[];
    loadAfter: number[];
  };
  /** Node flags the measured builds ran with (those of the dossier command). */
  nodeFlags: string[];
  reports: SizeReport[];
}): string {
  const { machine, reports } = input;
  const lines: string[] = [];
  lines.push('# Dossier benchmark', '');
  lines.push(
    `Command: \`${input.command}\` (seed ${input.seed}; paragraphs recombined from ${input.sources.join(' and ')})  `,
  );
  lines.push(
    `Machine: ${machine.cpus} cores (${machine.cpuModel}), ${machine.memoryGb} GB RAM, Node ${machine.node}; run ${machine.date}  `,
  );
  lines.push(
    `Builds run as \`node ${[...input.nodeFlags, '…'].join(' ')}\`, with the flags of the \`dossier\` command's shebang  `,
  );
  lines.push(
    `Load average (1, 5, 15 min) before the run: ${machine.loadBefore.map((x) => x.toFixed(1)).join(', ')}; after: ${machine.loadAfter.map((x) => x.toFixed(1)).join(', ')}. Above ${machine.cpus}, other processes were competing for the cores and every figure below is slower than on an idle machine.`,
    '',
  );
  lines.push('## Full build (all cores, no cache)', '');
  lines.push(
    "Each size is built several times; the row shows the median run (by wall time), and the last column every run's wall time.",
    '',
  );
  lines.push(
    '| articles | MB | wall s | articles/s | MB/s | ms/article | growth vs smallest | peak RSS MB | threads | every run, wall s |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|:---|');
  const base = reports[0]!;
  const perArticle = (r: SizeReport) => r.parallel.wallMs / r.size;
  for (const r of reports) {
    const p = r.parallel;
    lines.push(
      `| ${r.size} | ${(r.bytes / 1e6).toFixed(1)} | ${s(p.wallMs)} | ${(r.size / (p.wallMs / 1000)).toFixed(1)} | ${mbPerS(r.bytes, p.wallMs)} | ${perArticle(r).toFixed(2)} | ${(perArticle(r) / perArticle(base)).toFixed(2)}× | ${p.peakRssMb.toFixed(0)} | ${p.processing?.jobs ?? '?'} | ${(r.parallelWalls ?? [p.wallMs]).map(s).join(', ')} |`,
    );
  }
  lines.push(
    '',
    'Growth is the cost per article relative to the smallest corpus: 1.00× everywhere would be perfectly linear.',
    '',
  );
  lines.push('## Time per stage (seconds)', '');
  lines.push(
    "Per-article stage wall time, then CPU time summed over threads for ingest (decode, header, paragraphs, wink-nlp sentences and tokens) and extract (entities, dates, quotes, quantities, events, with date normalization); assemble includes cross-article entity resolution (normalize/names). The export starts on a worker while the main thread still assembles (resolving entities) and then validates, so export is the export's wall time minus assembly's and validation's.",
    '',
  );
  lines.push('| articles | per-article wall | ingest CPU | extract CPU | assemble + resolve | validate | export |');
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of reports) {
    const t = r.parallel.timings;
    lines.push(
      `| ${r.size} | ${s(t.read)} | ${s(t.ingest)} | ${s(t.extract)} | ${s(t.assemble)} | ${s(t.validate)} | ${s(t.export)} |`,
    );
  }
  lines.push('', '## Parallel vs single-threaded', '');
  lines.push('| articles | single-thread wall s | parallel wall s | speed-up | output byte-identical |');
  lines.push('|---:|---:|---:|---:|:---|');
  for (const r of reports.filter((x) => x.single)) {
    const changed = r.single!.codeChanged || r.parallel.codeChanged || r.single!.code !== r.parallel.code;
    const verdict = r.identical
      ? 'yes'
      : changed
        ? 'not comparable: the code was recompiled between or during the two builds'
        : 'NO';
    lines.push(
      `| ${r.size} | ${s(r.single!.wallMs)} | ${s(r.parallel.wallMs)} | ${(r.single!.wallMs / r.parallel.wallMs).toFixed(2)}× | ${verdict} |`,
    );
  }
  lines.push('', '## Baselines on the same text', '');
  lines.push(
    'Ratio = full pipeline wall time / baseline time (single thread, in-process, per article). The pipeline itself runs wink-nlp and chrono-node inside it.',
    '',
  );
  lines.push(
    '| articles | wink-nlp tokenize s | MB/s | pipeline ÷ wink | chrono-node parse s | MB/s | pipeline ÷ chrono |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|');
  for (const r of reports) {
    const b = r.baseline;
    lines.push(
      `| ${r.size} | ${s(b.winkMs)} | ${mbPerS(r.bytes, b.winkMs)} | ${(r.parallel.wallMs / b.winkMs).toFixed(1)}× | ${s(b.chronoMs)} | ${mbPerS(r.bytes, b.chronoMs)} | ${(r.parallel.wallMs / b.chronoMs).toFixed(1)}× |`,
    );
  }
  const inc = reports.find((r) => r.incremental);
  if (inc) {
    const { cold, warm } = inc.incremental!;
    lines.push('', `## Incremental: ${inc.size} articles, then one more`, '');
    lines.push(
      '| run | wall s | per-article wall s | cache hits | misses (reprocessed) | assemble + validate + export s | peak RSS MB |',
    );
    lines.push('|:---|---:|---:|---:|---:|---:|---:|');
    for (const [name, run] of [
      ['cold (fills cache)', cold],
      [`warm (+1 article)`, warm],
    ] as const) {
      const t = run.timings;
      lines.push(
        `| ${name} | ${s(run.wallMs)} | ${s(t.read)} | ${run.processing?.cacheHits ?? 0} | ${run.processing?.cacheMisses ?? 0} | ${s(t.assemble + t.validate + t.export)} | ${run.peakRssMb.toFixed(0)} |`,
      );
    }
    if (cold.processing?.cacheFingerprint !== warm.processing?.cacheFingerprint) {
      lines.push(
        '',
        'The pipeline fingerprint changed between the two runs (code was rebuilt meanwhile), so the warm run could not reuse the cache.',
      );
    }
  }
  const largest = reports[reports.length - 1]!;
  lines.push('', '## Targets', '');
  lines.push(
    `- ≥ 1 MB/s full pipeline: ${mbPerS(largest.bytes, largest.parallel.wallMs)} MB/s at ${largest.size} articles`,
  );
  lines.push(
    `- 10,000 articles < 5 min: ${largest.size === 10000 ? `${s(largest.parallel.wallMs)} s` : 'not measured in this run'}`,
  );
  lines.push(`- peak RSS < 2 GB: ${Math.max(...reports.map((r) => r.parallel.peakRssMb)).toFixed(0)} MB at most`, '');
  return `${lines.join('\n')}\n`;
}
