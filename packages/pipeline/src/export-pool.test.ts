/** The export's worker path writes the same bytes as the in-process path, and a failed check leaves no trace. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableNames, writeDataset, type Row } from '@dossier/export';
import { buildDataset } from './build.js';
import { estimatedCost, planTables, tableWriterWithWorkers } from './export-pool.js';

const temp = (p: string) => mkdtempSync(join(tmpdir(), `dossier-${p}-`));

function readFolder(dir: string): Map<string, string> {
  return new Map(readdirSync(dir).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));
}

async function smallTables(): Promise<Record<string, Row[]>> {
  const input = temp('xp-in');
  writeFileSync(join(input, 'a.txt'), ' date 2024-03-01 By Ana Ruiz, Ledger\n\nTalks resumed in Accra on Monday, officials said.\n\n"We are close," said Kofi Mensah, the foreign minister of Ghana.\n');
  writeFileSync(join(input, 'b.txt'), 'date 2024-03-02 By Ben Ode, Courier\n\nKofi Mensah met 12 delegates in Lagos on Tuesday.\n');
  const result = await buildDataset({ inputDir: input, outDir: join(temp('xp-first'), 'd'), jobs: 1 });
  return result.tables as unknown as Record<string, Row[]>;
}

describe('export on worker threads', () => {
  it('writes the same files as the in-process export', async () => {
    const tables = await smallTables();
    const here = join(temp('xp-here'), 'd');
    const there = join(temp('xp-there'), 'd');
    await writeDataset(here, tables, { version: '1.2.3', sources: [] });
    await writeDataset(there, tables, { version: '1.2.3', sources: [], writeTables: tableWriterWithWorkers(1) });
    const expected = readFolder(here);
    expect(expected.size).toBe(tableNames().length * 2 + 1);
    expect(readFolder(there)).toEqual(expected);
  });

  it('writes the same files when some tables are ready early and the rest come later, in process and on workers', async () => {
    const tables = await smallTables();
    const expected = join(temp('xp-whole'), 'd');
    await writeDataset(expected, tables, { version: '1.2.3', sources: [] });
    const staged = () => {
      const ready = { articles: tables.articles!, quantities: tables.quantities! };
      const steps: string[] = [];
      const later = [
        () => {
          steps.push('mentions');
          return { mentions: tables.mentions! };
        },
        () => {
          steps.push('rest');
          return Object.fromEntries(Object.entries(tables).filter(([name]) => !(name in ready) && name !== 'mentions'));
        },
      ];
      return { staged: { ready, later }, calls: () => steps };
    };
    for (const writeTables of [undefined, tableWriterWithWorkers(1)]) {
      const out = join(temp('xp-staged'), 'd');
      const { staged: input, calls } = staged();
      await writeDataset(out, input, { version: '1.2.3', sources: [], ...(writeTables ? { writeTables } : {}) });
      expect(calls()).toEqual(['mentions', 'rest']);
      expect(readFolder(out)).toEqual(readFolder(expected));
    }
  });

  it('leaves the previous output and no temporary folder when the check fails while workers render', async () => {
    const tables = await smallTables();
    const root = temp('xp-fail');
    const out = join(root, 'd');
    mkdirSync(out);
    writeFileSync(join(out, 'keep.csv'), 'previous');
    const check = () => {
      throw new Error('validation found 3 problems');
    };
    await expect(writeDataset(out, tables, { version: '1.2.3', sources: [], check, writeTables: tableWriterWithWorkers(1) })).rejects.toThrow('validation found 3 problems');
    expect(readdirSync(out)).toEqual(['keep.csv']);
    expect(readdirSync(root)).toEqual(['d']);
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
