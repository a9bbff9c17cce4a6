import { describe, expect, it, vi } from 'vitest';
import * as extract from '@dossier/extract';
import { processArticle } from './process.js';

const article = new TextEncoder().encode(' date 2024-03-01 By Ana Ruiz, Ledger\n\nTalks resumed in Accra on Monday.\n');

describe('processArticle', () => {
  it('turns an extractor crash into a diagnostic that names the file', () => {
    const spy = vi.spyOn(extract, 'extractArticle').mockImplementation(() => {
      throw new Error('rule produced an invalid value');
    });
    try {
      const outcome = processArticle({ sourceFile: 'crash.txt', bytes: article });
      expect(outcome.processed).toBeUndefined();
      expect(outcome.diagnostics).toEqual([
        expect.objectContaining({ ruleId: 'extract/internal-error', place: { file: 'crash.txt' } }),
      ]);
      expect(outcome.diagnostics[0]!.message).toMatch(/invalid value/);
    } finally {
      spy.mockRestore();
    }
  });

  it('processes an ordinary article', () => {
    const outcome = processArticle({ sourceFile: 'ok.txt', bytes: article });
    expect(outcome.diagnostics).toEqual([]);
    expect(outcome.processed?.rows.temporal_expressions.map((t) => [t.text, t.value])).toEqual([
      ['Monday', '2024-02-26'],
    ]);
  });
});
