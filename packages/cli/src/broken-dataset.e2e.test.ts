/** `dossier validate` and `dossier diff` on a broken dataset folder: each problem names the file (and the line where there is one). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildDataset } from '@dossier/pipeline';
import { runCli } from './test-helpers.js';

let root: string;
let good: string;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'dossier-broken-'));
  const raw = join(root, 'raw');
  mkdirSync(raw);
  writeFileSync(
    join(raw, 'a.txt'),
    'date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\nHarbour minister Ines Ferreira met Tomas Brandt in Port Ellis on Tuesday.\n',
  );
  good = join(root, 'good');
  await buildDataset({ inputDir: raw, outDir: good, jobs: 1 });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** A copy of the good dataset with one file replaced. */
function brokenCopy(name: string, file: string, content: string | ((old: string) => string)): string {
  const dir = join(root, name);
  cpSync(good, dir, { recursive: true });
  const path = join(dir, file);
  writeFileSync(path, typeof content === 'string' ? content : content(readFileSync(path, 'utf8')));
  return dir;
}

describe('validate and diff name the broken file', () => {
  it('validate: a datapackage.json that is not JSON', async () => {
    const dir = brokenCopy('not-json', 'datapackage.json', '{ "name": "dossier", ');
    const { code, stderr } = await runCli(['validate', dir]);
    expect(code).toBe(1);
    expect(stderr.trim().split('\n')).toHaveLength(1);
    expect(stderr).toContain(`${join(dir, 'datapackage.json')}: not valid JSON`);
  });

  it('validate: a datapackage.json that is null or has no resources', async () => {
    const nulled = brokenCopy('null', 'datapackage.json', 'null');
    expect((await runCli(['validate', nulled])).stderr).toContain(
      `${join(nulled, 'datapackage.json')}: expected a JSON object (a Data Package), found null`,
    );
    const bare = brokenCopy('bare', 'datapackage.json', '{"name": "dossier"}');
    expect((await runCli(['validate', bare])).stderr).toContain(
      `${join(bare, 'datapackage.json')}: expected "resources" to be a list`,
    );
  });

  it('validate: a truncated CSV is reported with its file and line, not a bare csv-parse message', async () => {
    const dir = brokenCopy('truncated', 'articles.csv', (old) => old.slice(0, Math.floor(old.length / 2)));
    const { code, stderr } = await runCli(['validate', dir]);
    expect(code).toBe(1);
    expect(stderr).toMatch(
      new RegExp(
        `${join(dir, 'articles.csv').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}:\\d+ {2}error {2}the CSV file cannot be read: .*\\[dataset/csv-syntax\\]`,
      ),
    );
  });

  it('diff: a broken side names its file', async () => {
    const dir = brokenCopy('diff-side', 'datapackage.json', '[');
    const { code, stderr } = await runCli(['diff', good, dir, '--root', root]);
    expect(code).toBe(1);
    expect(stderr).toContain(`${join(dir, 'datapackage.json')}: not valid JSON`);
  });
});
