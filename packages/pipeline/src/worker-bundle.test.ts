import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { WORKER_FILE } from './article-pool.js';
import { processArticle, type ArticleOutcome } from './process.js';

const article = new TextEncoder().encode(
  ' date 2024-03-01 By Ana Ruiz, Ledger\n\nFinance minister Kofi Mensah said in Accra on Monday that the budget of $2 billion would pass. "We will vote next week," he said.\n',
);
const repositoryRoot = fileURLToPath(new URL('../../../', import.meta.url));

function withoutTimings({ timings: _timings, ...rest }: ArticleOutcome) {
  return rest;
}

// The pool's threads run the bundle (scripts/bundle.mjs), so it must be the code in src/, whole.
describe.skipIf(!existsSync(WORKER_FILE))('the bundled worker of a built package', () => {
  it('processes an article exactly as the pipeline does in-process', async () => {
    const worker = (await import(pathToFileURL(WORKER_FILE).href)).default as (batch: unknown[]) => ArticleOutcome[];
    const [bundled] = worker([{ sourceFile: 'budget.txt', bytes: article }]);
    const inProcess = processArticle({ sourceFile: 'budget.txt', bytes: article });
    expect(inProcess.processed?.rows.quotes.length).toBeGreaterThan(0);
    expect(withoutTimings(bundled!)).toEqual(withoutTimings(inProcess));
  });

  it('names no absolute path, so a copy of the packages (the benchmark runs one) finds its own files', () => {
    expect(readFileSync(WORKER_FILE, 'utf8')).not.toContain(repositoryRoot);
  });
});
