/** The news-html report as text for `pnpm eval`. */
import type { NewsHtmlReport } from './score.js';

const f3 = (x: number) => x.toFixed(3);
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

export function renderNewsHtml(report: NewsHtmlReport, title: string, quiet = false): string {
  const lines = [
    `${title}: ${report.imported}/${report.pages} page(s) imported; averages over pages`,
    `  paragraphs  recall ${f3(report.recall)}  precision ${f3(report.precision)}   (targets 0.95 / 0.95)`,
    `  date right  ${f3(report.dates)}   (target 0.95)`,
    `  authors right ${f3(report.authors)}   (target 0.85)`,
  ];
  if (!quiet) {
    for (const p of report.perPage) {
      const flags = `${p.dateRight ? '' : ` date ${p.producedDate ?? '-'}≠${p.expectedDate ?? '-'}`}${p.authorsRight ? '' : ` authors [${p.producedAuthors.join('; ')}]≠[${p.expectedAuthors.join('; ')}]`}`;
      lines.push(`  ${p.stem}: R ${f3(p.recall)} P ${f3(p.precision)}${p.imported ? '' : ' NOT IMPORTED'}${flags}`);
      for (const m of p.missed.slice(0, 3)) lines.push(`      missed:   ${clip(m)}`);
      for (const s of p.spurious.slice(0, 3)) lines.push(`      spurious: ${clip(s)}`);
    }
  }
  return `${lines.join('\n')}\n`;
}
