/** The foundation's done-when, end to end through the real CLI, pipeline, validator and CSV writer. */
import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, mkdirSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runCli } from './test-helpers.js';

const RAW = fileURLToPath(new URL('../../../data/raw/', import.meta.url));
const SEED = '000_5333fd87b6e1a47e.txt';
const TABLES = [
  'articles',
  'entities',
  'mentions',
  'roles',
  'temporal_expressions',
  'quotes',
  'quantities',
  'events',
  'event_participants',
  'quarantine',
];

function temp(prefix: string) {
  return mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
}

function seedOnlyInput(): string {
  const dir = temp('in');
  copyFileSync(join(RAW, SEED), join(dir, SEED));
  return dir;
}

describe('dossier build on the seed article', () => {
  const input = seedOnlyInput();
  const out = join(temp('out'), 'dist');
  const built = runCli(['build', '--input', input, '--out', out, '--quiet']);

  it('exits 0 and writes every table as CSV and JSON, plus datapackage.json', async () => {
    expect((await built).code).toBe(0);
    const files = readdirSync(out).sort();
    for (const t of TABLES) expect(files).toEqual(expect.arrayContaining([`${t}.csv`, `${t}.json`]));
    expect(files).toContain('datapackage.json');
  });

  it('keeps the exact body of the seed in the articles row', async () => {
    await built;
    const raw = readFileSync(join(RAW, SEED), 'utf8');
    const expectedBody = raw.split('\n').slice(2).join('\n').replace(/\s+$/u, '');
    const [row] = JSON.parse(readFileSync(join(out, 'articles.json'), 'utf8'));
    expect(row.body).toBe(expectedBody);
    expect(row).toMatchObject({
      article_id: '000_5333fd87b6e1a47e',
      published: '2024-01-26',
      outlet: 'CNN',
      authors: 'Kevin Liptak; Alex Marquardt',
      dateline: '(CNN)',
    });
  });

  it('passes dossier validate', async () => {
    await built;
    const result = await runCli(['validate', out]);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
  });

  it('gives byte-identical output on a second build', async () => {
    await built;
    const again = join(temp('again'), 'dist');
    expect((await runCli(['build', '--input', input, '--out', again, '--quiet'])).code).toBe(0);
    for (const f of readdirSync(out))
      expect(readFileSync(join(again, f)).equals(readFileSync(join(out, f))), f).toBe(true);
  });
});

describe('dossier build on a folder with broken files', () => {
  const cases: Array<[string, Uint8Array | string, RegExp]> = [
    ['no-header.txt', 'Talks resumed in Doha.\n\nMore text.\n', /no-header\.txt:1 .*not a Dossier header/],
    [
      'bad-date.txt',
      ' date 2024-02-30 By A, Ledger\n\nText.\n',
      /bad-date\.txt:1 .*does not exist in the calendar.*2024-02-30/,
    ],
    ['empty.txt', ' date 2024-02-03 By A, Ledger\n\n\n', /empty\.txt:3 .*no body text/],
    [
      'latin1.txt',
      new Uint8Array([...new TextEncoder().encode(' date 2024-02-03 By A, Ledger\n\nCaf'), 0xe9, 0x0a]),
      /latin1\.txt:3:4 .*not valid UTF-8/,
    ],
    [
      'bom.txt',
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(' date 2024-02-03 By A, Ledger\n\nText.\n')]),
      /bom\.txt:1:1 .*byte-order mark/,
    ],
  ];

  it('lists every problem with file and line, exits 1, and leaves the previous output untouched', async () => {
    const input = seedOnlyInput();
    for (const [name, content] of cases) writeFileSync(join(input, name), content);
    const out = join(temp('keep'), 'dist');
    mkdirSync(out);
    writeFileSync(join(out, 'previous.csv'), 'still here');
    // A previous build (the output guard refuses to replace a folder that is not one).
    writeFileSync(join(out, 'datapackage.json'), '{"name": "dossier"}');
    const result = await runCli(['build', '--input', input, '--out', out]);
    expect(result.code).toBe(1);
    for (const [, , pattern] of cases) expect(result.stderr).toMatch(pattern);
    expect(result.stderr).toMatch(/5 problem\(s\)/);
    expect(readdirSync(out).sort()).toEqual(['datapackage.json', 'previous.csv']);
    expect(readFileSync(join(out, 'previous.csv'), 'utf8')).toBe('still here');
  });

  it('reports an input folder without articles', async () => {
    const result = await runCli(['build', '--input', temp('empty'), '--out', join(temp('o'), 'dist')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no article files/);
  });
});

describe('command line', () => {
  it('prints help and exits 0 for --help, 2 for an unknown command or option', async () => {
    expect((await runCli(['--help'])).code).toBe(0);
    expect((await runCli(['build', '--help'])).stdout).toMatch(/Usage: dossier build/);
    const unknown = await runCli(['frobnicate']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toMatch(/unknown command "frobnicate"/);
    expect((await runCli(['build', '--nope'])).code).toBe(2);
    expect((await runCli(['validate'])).code).toBe(2);
  });
});
