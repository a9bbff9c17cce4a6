/** `dossier build --out` that would destroy the articles: exit 2, one line saying what was refused and why, nothing changed. */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './test-helpers.js';

const root = mkdtempSync(join(tmpdir(), 'dossier-cli-guard-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('dossier build --out', () => {
  it('refuses --out equal to --input with exit 2 and a message naming the folder and the reason', async () => {
    const raw = join(root, 'raw');
    mkdirSync(raw);
    writeFileSync(join(raw, 'a.txt'), 'date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\nThe harbour board met.\n');
    const { code, stderr } = await runCli(['build', '--input', raw, '--out', raw, '--quiet', '--no-cache']);
    expect(code).toBe(2);
    expect(stderr).toContain(`${raw}  error  refusing to write the output here: it is the input folder`);
    expect(stderr).toContain('expected a folder outside the input folder');
    expect(readdirSync(raw)).toEqual(['a.txt']);
  });
});
