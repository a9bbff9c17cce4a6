/**
 * `kill -9` in the middle of writing the output: the killed build leaves its temporary folder behind (nothing
 * can clean up after SIGKILL); the next build removes it and the previous output was never touched.
 * The build that is killed runs in a child process on the compiled pipeline (pnpm test builds it first), and
 * kills itself with SIGKILL from inside the export, once some files are in the temporary folder.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { buildDataset } from '@dossier/pipeline';
import { inputFolder, tempDir } from './helpers.js';

const PIPELINE = fileURLToPath(new URL('../../packages/pipeline/dist/index.js', import.meta.url));
const ARTICLE = 'date 2024-05-14 By Lena Sorvik, Harbour Ledger\n\nThe harbour board met on Tuesday in Port Ellis.\n';

describe.skipIf(!existsSync(PIPELINE))('a build killed with SIGKILL while writing', () => {
  it('leaves the previous output intact, and the next build removes its leftovers', async () => {
    const input = inputFolder([{ name: 'a.txt', bytes: ARTICLE }]);
    const parent = tempDir('kill');
    const out = join(parent, 'dist');
    mkdirSync(parent, { recursive: true });
    await buildDataset({ inputDir: input, outDir: out, jobs: 1 });
    const before = readFileSync(join(out, 'datapackage.json'));

    const script = `
      import { buildDataset } from ${JSON.stringify(pathToFileURL(PIPELINE).href)};
      await buildDataset({ inputDir: ${JSON.stringify(input)}, outDir: ${JSON.stringify(out)}, jobs: 1,
        extraFiles: () => { process.kill(process.pid, 'SIGKILL'); return []; } });`;
    const child = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(child.signal, child.stderr).toBe('SIGKILL');
    const leftovers = readdirSync(parent).filter((n) => n !== 'dist');
    expect(leftovers, 'the killed build should have left its temporary folder').toEqual([
      expect.stringMatching(new RegExp(`^\\.dist\\.tmp-${child.pid}-`)),
    ]);
    expect(readFileSync(join(out, 'datapackage.json'))).toEqual(before);

    await buildDataset({ inputDir: input, outDir: out, jobs: 1 });
    expect(readdirSync(parent)).toEqual(['dist']);
  });
});
