/** `dossier diff` and `dossier release` through the command line, on temporary builds (never data/releases). */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { runCli } from '../test-helpers.js';

const ROOT = fileURLToPath(new URL('../../../../', import.meta.url));
const SEED = '000_5333fd87b6e1a47e';
const INVENTED =
  ' date 2025-03-06 By Staff, Harbor Wire\n\nHarbor officials said on Tuesday that 40 ships were waiting outside the port of Valmont.\n';

function temp(prefix: string) {
  return mkdtempSync(join(tmpdir(), `dossier-${prefix}-`));
}

describe('dossier diff', () => {
  const one = temp('one');
  const two = temp('two');
  // Articles in raw/, the build beside them in dist/ (an output inside the input folder is refused).
  mkdirSync(join(one, 'raw'));
  mkdirSync(join(two, 'raw'));
  copyFileSync(join(ROOT, 'data/raw', `${SEED}.txt`), join(one, 'raw', `${SEED}.txt`));
  copyFileSync(join(ROOT, 'data/raw', `${SEED}.txt`), join(two, 'raw', `${SEED}.txt`));
  writeFileSync(join(two, 'raw', 'zz_harbor.txt'), INVENTED);
  const built = Promise.all([
    runCli(['build', '--input', join(one, 'raw'), '--out', join(one, 'dist'), '--quiet']),
    runCli(['build', '--input', join(two, 'raw'), '--out', join(two, 'dist'), '--quiet']),
  ]);

  it('prints the summary with the classification and writes the JSON', async () => {
    expect(
      (await built).map((r) => r.code),
      (await built).map((r) => r.stderr).join('\n'),
    ).toEqual([0, 0]);
    const json = join(temp('json'), 'diff.json');
    const run = await runCli(['diff', join(one, 'dist'), join(two, 'dist'), '--json', json]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain(': **minor** change.');
    expect(run.stdout).toMatch(/\| articles \| 1 \| 2 \| 1 \| 0 \| 0 \|/);
    const diff = JSON.parse(readFileSync(json, 'utf8')) as {
      bump: string;
      tables: Record<string, { added: string[] }>;
    };
    expect(diff.bump).toBe('minor');
    expect(diff.tables.articles!.added).toEqual(['zz_harbor']);
  });

  it('writes the tombstones it mentions where --tombstones says, for a folder-to-folder diff', async () => {
    expect((await built).map((r) => r.code)).toEqual([0, 0]);
    const file = join(temp('tombstones'), 'tombstones.csv');
    // --root: a folder that is no Dossier workspace (no schemas/ there), as when run from anywhere.
    const run = await runCli([
      'diff',
      join(two, 'dist'),
      join(one, 'dist'),
      '--tombstones',
      file,
      '--root',
      temp('elsewhere'),
    ]);
    expect(run.code).toBe(0);
    expect(run.stdout).toContain('`dossier diff --tombstones FILE` writes them');
    const lines = readFileSync(file, 'utf8').trimEnd().split('\n');
    expect(lines[0]).toBe('table,id,reason,replaced_by,release');
    expect(lines).toContain('articles,zz_harbor,article-removed,,0.0.0');
    expect(lines.slice(1).every((l) => l.includes(',article-removed,'))).toBe(true);
  });

  it('names what it cannot find, and rejects a wrong command line', async () => {
    const missing = await runCli(['diff', '9.9.9', join(one, 'dist'), '--root', temp('root')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(
      /"9\.9\.9" is neither a dataset folder .* nor a release in .*data\/releases \(found: none\)/,
    );
    expect((await runCli(['diff', join(one, 'dist')])).code).toBe(2);
  });
});

describe('dossier release', () => {
  it('refuses 0.0.0 with the reason, and --check passes before any release', async () => {
    const root = temp('root');
    writeFileSync(join(root, 'pnpm-workspace.yaml'), 'packages: [data]\n');
    mkdirSync(join(root, '.changeset'));
    mkdirSync(join(root, 'data', 'raw'), { recursive: true });
    writeFileSync(join(root, 'data', 'package.json'), JSON.stringify({ name: '@dossier/dataset', version: '0.0.0' }));
    copyFileSync(join(ROOT, 'data/raw', `${SEED}.txt`), join(root, 'data', 'raw', `${SEED}.txt`));
    expect(
      (await runCli(['build', '--input', join(root, 'data', 'raw'), '--out', join(root, 'data', 'dist'), '--quiet']))
        .code,
    ).toBe(0);

    const check = await runCli(['release', '--check', '--root', root]);
    expect(check.code).toBe(0);
    expect(check.stdout).toContain('no release under data/releases yet');

    const refused = await runCli(['release', '--root', root]);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toContain('data/package.json is still at 0.0.0');
    expect(existsSync(join(root, 'data', 'releases'))).toBe(false);
  });
});
