/**
 * `pnpm eval`'s news-html section: imports the saved pages of ../shared/benchmarks/news-html-dev into a
 * temporary folder with `dossier import`'s code and scores the articles against fundus's expected output.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadNewsHtmlBench, readImported, renderNewsHtml, scoreImport, type NewsHtmlReport } from '@dossier/evaluate';
import { runImport } from '@dossier/import';

export const NEWS_HTML_DIR = '../shared/benchmarks/news-html-dev';

export function scoreNewsHtmlFolder(dir: string = NEWS_HTML_DIR, quiet = false): NewsHtmlReport | null {
  if (!existsSync(join(dir, 'index.json'))) {
    process.stdout.write(`news-html: ${dir} does not exist here; skipped\n`);
    return null;
  }
  const out = mkdtempSync(join(tmpdir(), 'dossier-news-html-'));
  try {
    const { refusals } = runImport({ from: 'html', input: dir, out });
    for (const r of refusals) process.stdout.write(`news-html: refused ${r.message}\n`);
    const report = scoreImport(loadNewsHtmlBench(dir), readImported(out));
    process.stdout.write(
      renderNewsHtml(report, `news-html (${dir}, dossier import vs fundus's per-outlet parsers)`, quiet),
    );
    return report;
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
