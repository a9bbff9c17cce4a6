/** The staged export (worker threads) writes the same bytes as the in-process path, and a failed validation leaves no trace. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { ArticleRows, Tables } from '@dossier/assemble';
import { tableNames } from '@dossier/export';
import { processArticle } from './process.js';
import { assembleValidateAndWrite, estimatedCost, InvalidTablesError, planTables } from './staged-export.js';

const temp = (p: string) => mkdtempSync(join(tmpdir(), `dossier-${p}-`));

function readFolder(dir: string): Map<string, string> {
  return new Map(
    readdirSync(dir)
      .sort()
      .map((f) => [f, readFileSync(join(dir, f), 'utf8')]),
  );
}

const timings = () => ({ assemble: 0, validate: 0, export: 0 });

async function processedArticles(): Promise<ArticleRows[]> {
  const texts = [
    ' date 2024-03-01 By Ana Ruiz, Ledger\n\nTalks resumed in Accra on Monday, officials said.\n\n"We are close," said Kofi Mensah, the foreign minister of Ghana.\n',
    'date 2024-03-02 By Ben Ode, Courier\n\nKofi Mensah met 12 delegates in Lagos on Tuesday.\n',
  ];
  return texts.map(
    (text, i) => processArticle({ sourceFile: `${'ab'[i]}.txt`, bytes: new TextEncoder().encode(text) }).processed!,
  );
}

describe('assembleValidateAndWrite', () => {
  it('writes the same files with worker threads as in this thread alone, and returns the same tables', async () => {
    const articles = await processedArticles();
    const here = join(temp('xp-here'), 'd');
    const there = join(temp('xp-there'), 'd');
    const extraFiles = (tables: Tables) => [
      { path: 'count.json', content: `${tables.mentions.length}\n`, resource: { name: 'count' } },
    ];
    const options = { version: '1.2.3', sources: [], extraFiles, quarantine: [] };
    const single = await assembleValidateAndWrite(here, articles, { ...options, threads: 1 }, timings());
    const staged = await assembleValidateAndWrite(there, articles, { ...options, threads: 2 }, timings());
    const expected = readFolder(here);
    expect(expected.size).toBe(tableNames().length * 3 + 2); // CSV, JSON and Parquet per table
    expect(readFolder(there)).toEqual(expected);
    expect(staged).toEqual(single);
    expect(Object.keys(staged)).toEqual(tableNames());
  });

  it('leaves the previous output and no temporary folder when validation fails while workers render', async () => {
    const articles = await processedArticles();
    // A span that does not round-trip: validation must refuse it, on either path.
    const broken = articles.map((a, i) =>
      i === 0 ? { ...a, rows: { ...a.rows, mentions: a.rows.mentions.map((m) => ({ ...m, text: `${m.text}!` })) } } : a,
    );
    for (const threads of [1, 2]) {
      const root = temp('xp-fail');
      const out = join(root, 'd');
      mkdirSync(out);
      writeFileSync(join(out, 'keep.csv'), 'previous');
      const failure = assembleValidateAndWrite(
        out,
        broken,
        { version: '1.2.3', sources: [], threads, quarantine: [] },
        timings(),
      );
      await expect(failure).rejects.toThrow(/body\[start:end\] does not equal text/);
      // The tables travel with the error, so that the pipeline can tell which article to quarantine.
      const error = await failure.catch((e: unknown) => e);
      expect(error).toBeInstanceOf(InvalidTablesError);
      expect((error as InvalidTablesError).tables.mentions.some((m) => m.text.endsWith('!'))).toBe(true);
      expect(readdirSync(out)).toEqual(['keep.csv']);
      expect(readdirSync(root)).toEqual(['d']);
    }
  });
});

describe('planTables', () => {
  const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ id: i, text: 'x' }));

  it('puts every table on exactly one side', () => {
    const tables = Object.fromEntries(tableNames().map((name, i) => [name, rows(10 * (i + 1))]));
    for (const workers of [1, 2, 3]) {
      const { here, remote } = planTables(tables, workers);
      expect(remote.length).toBeLessThanOrEqual(workers);
      expect([...here, ...remote.flat()].sort()).toEqual(tableNames().sort());
    }
  });

  it('balances the estimated load of both sides and keeps empty tables here', () => {
    const names = tableNames();
    const sizes = [900, 700, 500, 300, 200, 100, 50, 0, 0];
    const tables = Object.fromEntries(names.map((name, i) => [name, rows(sizes[i]!)]));
    const { here, remote, loads } = planTables(tables, 1);
    expect(remote).toHaveLength(1);
    const biggest = estimatedCost(tables[names[0]!]);
    expect(Math.abs(loads.here - loads.remote[0]!)).toBeLessThanOrEqual(biggest);
    expect(here).toEqual(expect.arrayContaining([names[7], names[8]]));
  });

  it('plans only the tables it is given, and counts tables checked here but rendered elsewhere', () => {
    const names = tableNames();
    const given = Object.fromEntries(names.slice(0, 4).map((name) => [name, rows(300)]));
    const elsewhere = Object.fromEntries(names.slice(4).map((name) => [name, rows(300)]));
    const plain = planTables(given, 1);
    expect([...plain.here, ...plain.remote.flat()].sort()).toEqual(names.slice(0, 4).sort());
    // Validating the other tables too makes this thread's load larger than validating the given ones alone.
    const checked = planTables(given, 1, elsewhere);
    expect([...checked.here, ...checked.remote.flat()].sort()).toEqual(names.slice(0, 4).sort());
    expect(checked.loads.here).toBeGreaterThan(plain.loads.here);
  });

  it('counts tables the workers are still rendering as their load', () => {
    const names = tableNames();
    const given = Object.fromEntries(names.slice(0, 4).map((name) => [name, rows(300)]));
    expect(planTables(given, 1).remote.flat().length).toBeGreaterThan(0);
    const stillRendering = { [names[5]!]: rows(100_000) };
    expect(planTables(given, 1, stillRendering, stillRendering).remote).toEqual([]);
  });

  it('estimates cost from text size and cell count', () => {
    expect(estimatedCost([])).toBe(0);
    expect(estimatedCost(rows(200))).toBe(2 * estimatedCost(rows(100)));
    expect(estimatedCost([{ a: 'x'.repeat(1000) }])).toBeGreaterThan(estimatedCost([{ a: 'x' }]));
  });
});
