import { describe, expect, it } from 'vitest';
import { diffDatasets } from '../diff/dataset-diff.js';
import { dataset, mentions } from '../diff/fixtures.test-helpers.js';
import { EMPTY_DATASET } from '../diff/snapshot.js';
import { parseSha256Sums, sha256Hex } from './checksums.js';
import { planReleaseFiles, releaseProblems } from './plan.js';

const v1 = dataset('1.0.0', { mentions: mentions([['a#m0-12', 'a', 0, 12, 'person:mara-ellison']]) });
const v2 = dataset('1.1.0', {
  mentions: mentions([
    ['a#m0-12', 'a', 0, 12, 'person:mara-ellison'],
    ['b#m1-3', 'b', 1, 3, 'country:chile'],
  ]),
});
const growth = diffDatasets(v1, v2);
const ok = { version: '1.1.0', released: ['1.0.0'], builtVersion: '1.1.0', pendingChangesets: [], diff: growth };

describe('releaseProblems', () => {
  it('lets a correct release through', () => {
    expect(releaseProblems(ok)).toEqual([]);
    expect(releaseProblems({ ...ok, version: '1.0.0', released: [], builtVersion: '1.0.0', diff: null })).toEqual([]);
  });

  it('refuses to release a version twice', () => {
    expect(releaseProblems({ ...ok, released: ['1.0.0', '1.1.0'] }).join('\n')).toMatch(
      /version 1\.1\.0 is already released/,
    );
  });

  it('refuses 0.0.0, old versions, stale builds and pending changesets', () => {
    expect(releaseProblems({ ...ok, version: '0.0.0', released: [], builtVersion: '0.0.0', diff: null })[0]).toMatch(
      /still at 0\.0\.0/,
    );
    expect(releaseProblems({ ...ok, version: '0.9.0', builtVersion: '0.9.0' })[0]).toMatch(
      /older than the latest release 1\.0\.0/,
    );
    expect(releaseProblems({ ...ok, builtVersion: '1.0.0' })[0]).toMatch(
      /says version "1\.0\.0", but data\/package\.json says 1\.1\.0/,
    );
    expect(releaseProblems({ ...ok, pendingChangesets: ['.changeset/a.md'] })[0]).toMatch(
      /still pending \(\.changeset\/a\.md\)/,
    );
  });

  it('refuses a bump smaller than the data change, and a release with no change', () => {
    expect(releaseProblems({ ...ok, version: '1.0.1', builtVersion: '1.0.1' })[0]).toBe(
      '1.0.0 → 1.0.1 is a patch bump, but the data needs minor because:\n  - minor: mentions: 1 row added',
    );
    expect(releaseProblems({ ...ok, diff: diffDatasets(v1, v1) })[0]).toMatch(/same data as release 1\.0\.0/);
  });
});

describe('planReleaseFiles', () => {
  const dist = [
    { path: 'mentions.csv', bytes: new TextEncoder().encode('mention_id\n') },
    { path: 'datapackage.json', bytes: new TextEncoder().encode('{}') },
  ];
  const schemas = [{ path: 'mentions.schema.json', bytes: new TextEncoder().encode('{}') }];

  it('holds the build, the schemas, the diff, the tombstones and checksums of all of them', () => {
    const files = planReleaseFiles({ dist, schemas, diff: diffDatasets(EMPTY_DATASET, v1), tombstones: [] });
    expect(files.map((f) => f.path)).toEqual([
      'datapackage.json',
      'diff.json',
      'diff.md',
      'mentions.csv',
      'schemas/mentions.schema.json',
      'tombstones.csv',
      'SHA256SUMS',
    ]);
    const sums = parseSha256Sums(new TextDecoder().decode(files.at(-1)!.bytes), 'SHA256SUMS');
    expect(sums.size).toBe(files.length - 1);
    for (const f of files.slice(0, -1)) expect(sums.get(f.path)).toBe(sha256Hex(f.bytes));
  });

  it('refuses a build file that would collide with a file the release writes', () => {
    expect(() =>
      planReleaseFiles({
        dist: [...dist, { path: 'diff.json', bytes: new Uint8Array() }],
        schemas,
        diff: growth,
        tombstones: [],
      }),
    ).toThrow(/the build holds diff\.json/);
  });
});

describe('planReleaseFiles with archives', () => {
  it('adds dossier-<version>.zip and .tar.gz, listed in SHA256SUMS, holding every other file but SHA256SUMS', async () => {
    const { unzipSync } = await import('fflate');
    const dist = [{ path: 'mentions.csv', bytes: new TextEncoder().encode('mention_id\n') }];
    const files = planReleaseFiles({ dist, schemas: [], diff: growth, tombstones: [], version: '2.0.0' });
    const paths = files.map((f) => f.path);
    expect(paths).toEqual([
      'diff.json',
      'diff.md',
      'dossier-2.0.0.tar.gz',
      'dossier-2.0.0.zip',
      'mentions.csv',
      'tombstones.csv',
      'SHA256SUMS',
    ]);
    const sums = parseSha256Sums(new TextDecoder().decode(files.at(-1)!.bytes), 'SHA256SUMS');
    const zip = files.find((f) => f.path === 'dossier-2.0.0.zip')!;
    expect(sums.get('dossier-2.0.0.zip')).toBe(sha256Hex(zip.bytes));
    expect(Object.keys(unzipSync(zip.bytes)).sort()).toEqual(
      ['diff.json', 'diff.md', 'mentions.csv', 'tombstones.csv'].map((p) => `dossier-2.0.0/${p}`),
    );
    // Planned twice, the same bytes: the folder's checksums do not change on a rebuild.
    const again = planReleaseFiles({ dist, schemas: [], diff: growth, tombstones: [], version: '2.0.0' });
    expect(Buffer.from(again.at(-1)!.bytes).equals(Buffer.from(files.at(-1)!.bytes))).toBe(true);
  });
});
