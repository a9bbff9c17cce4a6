/**
 * The streamed corpus step (one table at a time, rows spilled to disk) writes the same bytes as the in-memory
 * one, quarantines the same articles, and cleans up its spill.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleAnnotations, ArticleDoc } from '@dossier/core';
import * as extract from '@dossier/extract';
import { articleRows, type ArticleRows } from '@dossier/assemble';
import { buildDataset, type BuildOptions } from './build.js';
import { ArticleSpill } from './spill.js';

const temp = (p: string) => mkdtempSync(join(tmpdir(), `dossier-${p}-`));

/** Invented articles sharing people, places and organizations, so entities resolve across articles. */
const ARTICLES: Record<string, string> = {
  'a1.txt':
    ' date 2024-05-01 By Ana Ruiz, Ledger\n\nTalks resumed in Accra on Monday, officials said.\n\n"We are close to a deal," said Marta Kovel, the trade minister of Ghana.\n',
  'b2.txt':
    ' date 2024-05-02 By Ben Ode, Courier\n\nThe Harbor Council met 12 delegates in Lagos on Tuesday. Marta Kovel said more than 300 jobs were at stake.\n',
  'c3.txt':
    ' date 2024-05-03 By Cleo Varga, Ledger\n\nKovel met the Harbor Council chairman, Piet Lund, in Accra on Friday.\n\n"Nothing is agreed," Lund said. The council will vote next week.\n',
  'd4.txt':
    ' date 2024-05-04 By Dana Pike, Courier\n\nGhana and Nigeria signed an agreement on Saturday. Officials said 2,000 tonnes of cocoa would ship in June.\n',
};

function input(extra: Record<string, string> = {}): string {
  const dir = temp('sc-in');
  for (const [file, text] of Object.entries({ ...ARTICLES, ...extra })) writeFileSync(join(dir, file), text);
  return dir;
}

/** Article IDs where one is the start of others ("k", "k-2", "k.2"): the tables sort by ID, then by span. */
const PREFIXED: Record<string, string> = {
  'k.2.txt': ' date 2024-05-05 By Ana Ruiz, Ledger\n\nMarta Kovel flew to Lagos on Sunday.\n',
  'k.txt': ' date 2024-05-06 By Ben Ode, Courier\n\nPiet Lund met Marta Kovel in Accra, officials said.\n',
  'k-2.txt': ' date 2024-05-07 By Cleo Varga, Ledger\n\n"We will sign," Lund said on Tuesday.\n',
};

const files = (d: string) => new Map(readdirSync(d).map((f) => [f, readFileSync(join(d, f))]));

async function bothWays(options: Omit<BuildOptions, 'outDir' | 'corpusStep'>) {
  const memoryOut = join(temp('sc-mem'), 'd');
  const streamOut = join(temp('sc-str'), 'd');
  const memory = await buildDataset({ ...options, outDir: memoryOut, corpusStep: 'memory' });
  const streamed = await buildDataset({ ...options, outDir: streamOut, corpusStep: 'stream' });
  return { memory, streamed, memoryOut, streamOut };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('the streamed corpus step', () => {
  it('writes the same bytes as the in-memory step, every file included', async () => {
    const { memory, streamed, memoryOut, streamOut } = await bothWays({ inputDir: input(PREFIXED), jobs: 1 });
    expect(memory.tables).toBeDefined();
    expect(streamed.tables).toBeUndefined();
    expect(streamed.rowCounts).toEqual(memory.rowCounts);
    expect(streamed.rowCounts.mentions).toBeGreaterThan(5);
    expect(streamed.rowCounts.entities).toBeGreaterThan(3);
    expect(streamed.articles).toBe(7);
    expect(streamed.bytesIn).toBe(memory.bytesIn);
    const written = files(streamOut);
    expect([...written.keys()].sort()).toEqual([...files(memoryOut).keys()].sort());
    expect(written).toEqual(files(memoryOut));
  });

  it('quarantines an article whose rows fail validation exactly as the in-memory step does', async () => {
    injectDefect((doc, annotations) => {
      const start = doc.body.indexOf('12');
      const bad = { start, end: start + 2, text: '12', value: Number.POSITIVE_INFINITY, low: null, high: null };
      return { ...annotations, quantities: [{ ...bad, modifier: null, unit: null }] };
    });
    const { memory, streamed, memoryOut, streamOut } = await bothWays({ inputDir: input(), jobs: 1 });
    expect(streamed.quarantined).toEqual(memory.quarantined);
    expect(streamed.quarantined.map((q) => [q.source_file, q.stage])).toEqual([['b2.txt', 'validate']]);
    expect(files(streamOut)).toEqual(files(memoryOut));
  });

  it('quarantines an article whose span does not round-trip, found while the rows are spilled', async () => {
    injectDefect((doc, annotations) => {
      const start = doc.body.indexOf('Lagos');
      const mentions = annotations.mentions.map((m) => (m.start === start ? { ...m, text: 'Lagoz' } : m));
      return { ...annotations, mentions };
    });
    const { memory, streamed, memoryOut, streamOut } = await bothWays({ inputDir: input(), jobs: 1 });
    expect(memory.quarantined.map((q) => q.rule)).toEqual(['validate/span-round-trip']);
    expect(streamed.quarantined).toEqual(memory.quarantined);
    expect(files(streamOut)).toEqual(files(memoryOut));
  });

  it('quarantines an article an extractor throws on, as the in-memory step does', async () => {
    injectDefect(() => {
      throw new Error('a rule produced an impossible value');
    });
    const { memory, streamed, memoryOut, streamOut } = await bothWays({ inputDir: input(), jobs: 1 });
    expect(streamed.quarantined).toEqual(memory.quarantined);
    expect(files(streamOut)).toEqual(files(memoryOut));
  });

  it('refuses extraFiles, which need every table in memory', async () => {
    await expect(
      buildDataset({ inputDir: input(), outDir: join(temp('sc-x'), 'd'), corpusStep: 'stream', extraFiles: () => [] }),
    ).rejects.toThrow(/extraFiles/);
  });
});

/** Injects a defect into extraction of the article that mentions Lagos only. */
function injectDefect(defect: (doc: ArticleDoc, annotations: ArticleAnnotations) => ArticleAnnotations) {
  const real = extract.extractArticle;
  vi.spyOn(extract, 'extractArticle').mockImplementation((doc) => {
    const annotations = real(doc);
    return doc.body.includes('Lagos') ? defect(doc, annotations) : annotations;
  });
}

describe('ArticleSpill', () => {
  const rowsOf = (id: string, text: string): ArticleRows => {
    const body = `${text}\n`;
    const doc = {
      articleId: id,
      sourceFile: `${id}.txt`,
      published: '2024-05-01',
      authors: [],
      outlet: 'Ledger',
      body,
      paragraphs: [{ start: 0, end: text.length }],
      sentences: [{ start: 0, end: text.length }],
    } as unknown as ArticleDoc;
    const annotations = { mentions: [], entities: [], roles: [], timexes: [], quotes: [], quantities: [], events: [] };
    return articleRows({ doc, annotations: annotations as unknown as ArticleAnnotations, wordCount: 2 });
  };

  it('gives each table back in input order whatever order the articles came in, then removes its folder', () => {
    const spill = new ArticleSpill(temp('sc-spill'));
    spill.add(2, rowsOf('third', 'Line three.'));
    spill.add(0, rowsOf('first', 'Line "one", with\nan escaped newline.'));
    spill.add(1, rowsOf('second', 'Line two.'));
    spill.finish();
    const articles = spill.tableRows('articles');
    expect(articles.map(([index, rows]) => [index, rows[0]!.article_id])).toEqual([
      [0, 'first'],
      [1, 'second'],
      [2, 'third'],
    ]);
    expect(articles[0]![1][0]!.body).toBe('Line "one", with\nan escaped newline.\n');
    expect(spill.tableRows('articles', (i) => i !== 1).map(([i]) => i)).toEqual([0, 2]);
    expect(spill.tableRows('mentions')).toEqual([]);
    spill.remove();
    expect(existsSync(spill.dir)).toBe(false);
  });

  it('keeps values JSON would lose, so that validation still sees them', () => {
    const spill = new ArticleSpill(temp('sc-spill'));
    const odd = {
      articleId: 'x',
      entities: [],
      rows: { quantities: [{ value: Number.POSITIVE_INFINITY, low: Number.NaN }] },
    };
    spill.add(0, odd as unknown as ArticleRows);
    spill.finish();
    const [[index, rows]] = spill.tableRows('quantities') as [[number, Array<Record<string, unknown>>]];
    expect(index).toBe(0);
    expect(rows[0]!.value).toBe(Number.POSITIVE_INFINITY);
    expect(rows[0]!.low).toBeNaN();
    spill.remove();
  });

  it('reads records longer than its read buffer', () => {
    const spill = new ArticleSpill(temp('sc-spill'));
    const long = 'word '.repeat(600_000);
    for (let i = 0; i < 3; i++) spill.add(i, rowsOf(`long${i}`, `${long}${i}.`));
    spill.finish();
    expect(spill.tableRows('articles').map(([, rows]) => (rows[0]!.body as string).length)).toEqual([
      3_000_003, 3_000_003, 3_000_003,
    ]);
    spill.remove();
  });
});
