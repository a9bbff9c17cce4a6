/**
 * Quarantine: an article an extractor throws on, or whose rows do not validate, is left out and listed; the
 * rest is written; --strict fails instead; a quarantined article is never served from the cache.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DiagnosticsError, type ArticleAnnotations, type ArticleDoc } from '@dossier/core';
import * as extract from '@dossier/extract';
import { readDataset, validateTables } from '@dossier/validate';
import { buildDataset } from './build.js';

const temp = (p: string) => mkdtempSync(join(tmpdir(), `dossier-${p}-`));

/** Invented articles; "Quillby" marks the one the injected defect hits. */
const ARTICLES: Record<string, string> = {
  'a.txt': ' date 2024-03-01 By Ana Ruiz, Ledger\n\nTalks resumed in Accra on Monday, officials said.\n',
  'b.txt': ' date 2024-03-02 By Ben Ode, Courier\n\nThe Quillby council met 12 delegates in Lagos on Tuesday.\n',
  'c.txt':
    ' date 2024-03-03 By Cleo Varga, Ledger\n\n"We are close," said Kofi Mensah, the foreign minister of Ghana.\n',
};

function input(): string {
  const dir = temp('q-in');
  for (const [file, text] of Object.entries(ARTICLES)) writeFileSync(join(dir, file), text);
  return dir;
}

const realExtract = extract.extractArticle;

/** Injects a defect into extraction for the marked article only. */
function injectDefect(defect: (doc: ArticleDoc, annotations: ArticleAnnotations) => ArticleAnnotations) {
  vi.spyOn(extract, 'extractArticle').mockImplementation((doc) => {
    const annotations = realExtract(doc);
    return doc.body.includes('Quillby') ? defect(doc, annotations) : annotations;
  });
}

const crash = () => {
  throw new Error('a rule produced an impossible value');
};

/** A quantity whose value the schema cannot hold: its row fails validation. */
const invalidQuantity = (doc: ArticleDoc, annotations: ArticleAnnotations): ArticleAnnotations => {
  const start = doc.body.indexOf('12');
  return {
    ...annotations,
    quantities: [
      {
        start,
        end: start + 2,
        text: '12',
        value: Number.POSITIVE_INFINITY,
        low: null,
        high: null,
        modifier: null,
        unit: null,
      },
    ],
  };
};

function expectValidWithout(out: string, sourceFile: string) {
  const { tables, diagnostics } = readDataset(out);
  expect(diagnostics).toEqual([]);
  expect(validateTables(tables)).toEqual([]);
  expect(tables.articles!.map((a) => a.source_file)).toEqual(Object.keys(ARTICLES).filter((f) => f !== sourceFile));
  expect(tables.quarantine!.map((q) => q.source_file)).toEqual([sourceFile]);
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('quarantine', () => {
  it('leaves out an article an extractor throws on, lists it, and writes the rest', async () => {
    injectDefect(crash);
    const out = join(temp('q-out'), 'd');
    const result = await buildDataset({ inputDir: input(), outDir: out, jobs: 1 });
    expect(result.articles).toBe(2);
    expect(result.quarantined).toEqual([
      expect.objectContaining({
        source_file: 'b.txt',
        stage: 'extract',
        rule: 'extract/internal-error',
        table: null,
        row_key: null,
        problem_count: 1,
      }),
    ]);
    expect(result.quarantined[0]!.message).toMatch(/impossible value/);
    expectValidWithout(out, 'b.txt');
    expect(readFileSync(join(out, 'quarantine.csv'), 'utf8')).toMatch(
      /^source_file,stage,rule,table,row_key,column,message,problem_count\nb\.txt,extract,/,
    );
  });

  // With jobs > 1 the articles run on workers, out of reach of the mock; staged-export.test.ts checks that the
  // staged export reports invalid tables the same way as the single-thread one.
  it('leaves out an article whose rows fail validation, naming the row and the value', async () => {
    injectDefect(invalidQuantity);
    {
      const out = join(temp('q-out'), 'd');
      const result = await buildDataset({ inputDir: input(), outDir: out, jobs: 1 });
      expect(result.quarantined).toEqual([
        expect.objectContaining({
          source_file: 'b.txt',
          stage: 'validate',
          table: 'quantities',
          column: 'value',
          row_key: expect.stringMatching(/^b#n/),
          message: expect.stringMatching(/found Infinity/),
        }),
      ]);
      expectValidWithout(out, 'b.txt');
    }
  });

  it('with strict, fails and leaves the previous output as it was', async () => {
    for (const defect of [crash, invalidQuantity]) {
      injectDefect(defect);
      const root = temp('q-strict');
      const out = join(root, 'd');
      mkdirSync(out);
      writeFileSync(join(out, 'keep.csv'), 'previous');
      await expect(buildDataset({ inputDir: input(), outDir: out, jobs: 1, strict: true })).rejects.toThrow(
        DiagnosticsError,
      );
      expect(readdirSync(out)).toEqual(['keep.csv']);
      expect(readdirSync(root)).toEqual(['d']);
      vi.restoreAllMocks();
    }
  });

  it('never serves a quarantined article from the cache', async () => {
    // The streamed step also keeps a digest index (digest-index.ts), which must not serve the article either.
    for (const [defect, corpusStep] of [
      [crash, 'memory'],
      [invalidQuantity, 'memory'],
      [invalidQuantity, 'stream'],
    ] as const) {
      const cacheDir = temp('q-cache');
      const dir = input();
      injectDefect(defect);
      const options = { inputDir: dir, jobs: 1, cacheDir, corpusStep };
      const first = await buildDataset({ ...options, outDir: join(temp('q-out'), 'd') });
      expect(first.quarantined.map((q) => q.source_file)).toEqual(['b.txt']);
      vi.restoreAllMocks();
      // The defect is gone (a fixed extractor would also change the cache key; here the key is the same):
      // the article must be processed again, not read back as it was.
      const second = await buildDataset({ ...options, outDir: join(temp('q-out'), 'd') });
      expect(second.processing).toMatchObject({ cacheHits: 2, cacheMisses: 1 });
      expect(second.quarantined).toEqual([]);
      expect(second.articles).toBe(3);
    }
  });

  it('quarantines a crash inside a worker thread like one in this thread', async () => {
    // The worker runs the compiled extractors, out of reach of a mock, so this uses a crafted input. Whether
    // or not it still crashes them, both paths must write the same files, the quarantine table included.
    const dir = input();
    writeFileSync(
      join(dir, 'd.txt'),
      ' date 2024-03-04 By Dana Pike, Ledger\n\nThe cave was first settled 71,000 years ago, researchers said on Monday.\n',
    );
    const here = join(temp('q-here'), 'd');
    const there = join(temp('q-there'), 'd');
    const single = await buildDataset({ inputDir: dir, outDir: here, jobs: 1 });
    const pooled = await buildDataset({ inputDir: dir, outDir: there, jobs: 2 });
    expect(pooled.processing.pooled).toBe(true);
    expect(pooled.quarantined).toEqual(single.quarantined);
    const files = (d: string) => new Map(readdirSync(d).map((f) => [f, readFileSync(join(d, f), 'utf8')]));
    expect(files(there)).toEqual(files(here));
    expect(existsSync(join(there, 'quarantine.csv'))).toBe(true);
  });
});
