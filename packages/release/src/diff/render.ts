/** Human-readable renderings of a DatasetDiff: a short summary for terminals and changelogs, a full Markdown page. */
import type { DatasetDiff } from './dataset-diff.js';

const MAX_CELL = 60;

function cell(value: unknown): string {
  const text =
    value === null || value === undefined ? '∅' : typeof value === 'string' ? JSON.stringify(value) : String(value);
  const short = text.length > MAX_CELL ? `${text.slice(0, MAX_CELL - 1)}…` : text;
  // Markdown tables break on pipes and newlines inside cells.
  return short.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Counts per table and the schema changes, as a Markdown table plus bullets. */
export function renderDiffSummary(diff: DatasetDiff): string {
  const lines = [
    `Comparing ${diff.from ?? 'nothing (first release)'} → ${diff.to ?? 'current build'}: ${diff.bump === 'none' ? 'no change that a consumer can see (no new version needed).' : `**${diff.bump}** change.`}`,
    '',
    '| table | rows before | rows after | added | removed | changed | moved |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...diff.summary.map(
      (s) => `| ${s.table} | ${s.before} | ${s.after} | ${s.added} | ${s.removed} | ${s.changed} | ${s.moved} |`,
    ),
    '',
  ];
  const schema = diff.schemaChanges.filter((c) => c.kind !== 'metadata-changed');
  lines.push(schema.length ? 'Schema changes:' : 'Schema changes: none.');
  for (const c of schema) lines.push(`- ${c.description} (${c.bump})`);
  if (diff.reasons.length) {
    lines.push('', 'Why this bump:');
    for (const r of diff.reasons) lines.push(`- ${r.bump}: ${r.text}`);
  }
  return `${lines.join('\n')}\n`;
}

/** A moved row's position columns on one side, e.g. "start 40, end 51, sentence 3". */
function positions(deltas: DatasetDiff['tables'][string]['moved'][number]['deltas'], side: 'before' | 'after'): string {
  return deltas.map((d) => `${d.field} ${cell(d[side])}`).join(', ');
}

/** The full diff: the summary, then every added, removed, changed and moved row (IDs, and field deltas). */
export function renderDiffMarkdown(diff: DatasetDiff, options: { maxRowsPerList?: number } = {}): string {
  const max = options.maxRowsPerList ?? Infinity;
  const out = [
    `# Dataset diff: ${diff.from ?? 'nothing'} → ${diff.to ?? 'current build'}`,
    '',
    renderDiffSummary(diff),
  ];
  for (const s of diff.summary) {
    const t = diff.tables[s.table]!;
    if (!t.added.length && !t.removed.length && !t.changed.length && !t.moved.length) continue;
    out.push(`## ${s.table}`, '');
    const list = (title: string, ids: string[]): void => {
      if (!ids.length) return;
      out.push(`### ${title} (${ids.length})`, '');
      for (const id of ids.slice(0, max)) out.push(`- \`${id}\``);
      if (ids.length > max) out.push(`- … and ${ids.length - max} more (see diff.json)`);
      out.push('');
    };
    list('Added', t.added);
    list('Removed', t.removed);
    if (t.changed.length) {
      out.push(`### Changed (${t.changed.length})`, '', '| id | field | before | after |', '|---|---|---|---|');
      for (const row of t.changed.slice(0, max)) {
        for (const d of row.deltas) out.push(`| \`${row.id}\` | ${d.field} | ${cell(d.before)} | ${cell(d.after)} |`);
      }
      if (t.changed.length > max) out.push(`| … | ${t.changed.length - max} more rows | (see diff.json) | |`);
      out.push('');
    }
    if (t.moved.length) {
      out.push(
        `### Moved: same ID and values, new offsets (${t.moved.length})`,
        '',
        '| id | offsets before | offsets after |',
        '|---|---|---|',
      );
      for (const row of t.moved.slice(0, max))
        out.push(`| \`${row.id}\` | ${positions(row.deltas, 'before')} | ${positions(row.deltas, 'after')} |`);
      if (t.moved.length > max) out.push(`| … | ${t.moved.length - max} more rows | (see diff.json) |`);
      out.push('');
    }
  }
  return `${out
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trimEnd()}\n`;
}
