/**
 * Every published file is byte-identical to its source: each release folder data/releases/<version>/ under
 * /downloads/<version>/, the newest also under /downloads/latest/, and data/dist under /downloads/unreleased/.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DATA_DIST, RELEASES } from './data.ts';
// The static server alone: these checks need HTTP, not a browser.
import { startServer } from './serve.mjs';

function filesUnder(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else out.push(relative(dir, full).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function releaseVersions(): string[] {
  if (!existsSync(RELEASES)) return [];
  return readdirSync(RELEASES)
    .filter((v) => /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(v) && statSync(join(RELEASES, v)).isDirectory())
    .sort((a, b) => {
      const pa = a.split(/[.-]/).map(Number);
      const pb = b.split(/[.-]/).map(Number);
      for (let i = 0; i < 3; i++) if (pa[i] !== pb[i]) return pb[i]! - pa[i]!;
      return a.includes('-') === b.includes('-') ? 0 : a.includes('-') ? 1 : -1;
    });
}

let server: { baseUrl: string; close: () => Promise<void> };
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server?.close();
});

async function expectSameBytes(folder: string, sourceDir: string) {
  const files = filesUnder(sourceDir);
  expect(files.length, `${sourceDir} has no files`).toBeGreaterThan(0);
  for (const file of files) {
    const response = await fetch(`${server.baseUrl}/downloads/${folder}/${file}`);
    expect(response.status, `/downloads/${folder}/${file}`).toBe(200);
    const served = Buffer.from(await response.arrayBuffer());
    expect(
      served.equals(readFileSync(join(sourceDir, file))),
      `/downloads/${folder}/${file} differs from ${join(sourceDir, file)}`,
    ).toBe(true);
  }
}

describe('downloads', () => {
  it('serves the current build under /downloads/unreleased/, byte for byte', async () => {
    await expectSameBytes('unreleased', DATA_DIST);
  });

  it('serves every release under /downloads/<version>/ and the newest under /downloads/latest/, byte for byte', async () => {
    const versions = releaseVersions();
    for (const version of versions) await expectSameBytes(version, join(RELEASES, version));
    if (versions[0]) await expectSameBytes('latest', join(RELEASES, versions[0]));
    else
      expect(
        (await fetch(`${server.baseUrl}/downloads/latest/datapackage.json`)).status,
        'no release exists, so there is no latest',
      ).toBe(404);
  });
});
