/**
 * The release flow end to end on temporary workspaces, including the two gates tried on purpose:
 * an edited released file, and changed data without a changeset.
 */
import { execFileSync } from 'node:child_process';
import { appendFileSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSha256Sums } from './freeze/checksums.js';
import { readTree } from './store/files.js';
import { gitReleaseHistoryProblems, uncommittedSourceChanges } from './store/verify.js';
import { INVENTED_ARTICLE, makeWorkspace, type Workspace } from './workflow.test-helpers.js';
import { diffFolders, runCheck, runRelease } from './workflow.js';

const QUALITY = {
  format: 'dossier-quality/1',
  articles_scored: 1,
  micro: { persons: { tp: 3, fp: 1, fn: 1, precision: 0.75, recall: 0.75, f1: 0.75 } },
  accuracy: {},
  round_trip_failures: 0,
};

let ws: Workspace;
const cleanup: string[] = [];

beforeAll(async () => {
  ws = makeWorkspace('release');
  cleanup.push(ws.paths.root);
  ws.setVersion('1.0.0');
  await ws.build();
  writeFileSync(join(ws.paths.dist, 'quality.json'), `${JSON.stringify(QUALITY, null, 2)}\n`);
  await runRelease(ws.paths);
});
afterAll(() => {
  for (const dir of cleanup) rmSync(dir, { recursive: true, force: true });
});

describe('release 1.0.0 from the seed', () => {
  const folder = () => join(ws.paths.releases, '1.0.0');

  it('freezes every build file, the schemas, the diff, tombstones and checksums', () => {
    const names = readTree(folder()).map((f) => f.path);
    for (const f of [
      'articles.csv',
      'articles.json',
      'mentions.csv',
      'datapackage.json',
      'quality.json',
      'diff.json',
      'diff.md',
      'tombstones.csv',
      'SHA256SUMS',
      'schemas/mentions.schema.json',
      'schemas/tombstones.schema.json',
    ]) {
      expect(names).toContain(f);
    }
    const dist = readTree(ws.paths.dist);
    for (const f of dist) expect(readFileSync(join(folder(), f.path)).equals(Buffer.from(f.bytes))).toBe(true);
    expect(JSON.parse(readFileSync(join(folder(), 'datapackage.json'), 'utf8')).version).toBe('1.0.0');
    expect(execFileSync('sha256sum', ['--quiet', '-c', 'SHA256SUMS'], { cwd: folder(), encoding: 'utf8' })).toBe('');
  });

  it('writes the changelog entry with the diff summary and the quality scores', () => {
    const log = readFileSync(ws.paths.changelog, 'utf8');
    expect(log).toContain('## 1.0.0');
    expect(log).toContain('Comparing nothing (first release) → 1.0.0: **major** change.');
    expect(log).toMatch(/\| articles \| 0 \| 1 \| 1 \| 0 \| 0 \|/);
    expect(log).toContain('| persons | 0.750 | 0.750 | 0.750 |');
  });

  it('passes the check while nothing changed', async () => {
    const r = await runCheck(ws.paths);
    expect(r.lines.join('\n')).toContain('the build has the same data as release 1.0.0');
    expect(r.ok).toBe(true);
  });

  it('refuses to release the same version twice', async () => {
    await expect(runRelease(ws.paths)).rejects.toThrow(/version 1\.0\.0 is already released/);
  });
});

describe('the gates, tried on purpose', () => {
  it('an edited released file fails the check, naming the file', async () => {
    const edited = makeWorkspace('edited');
    cleanup.push(edited.paths.root);
    edited.setVersion('1.0.0');
    await edited.build();
    await runRelease(edited.paths);
    appendFileSync(join(edited.paths.releases, '1.0.0', 'articles.csv'), '\n');
    const r = await runCheck(edited.paths);
    expect(r.ok).toBe(false);
    expect(r.lines.join('\n')).toMatch(/releases\/1\.0\.0\/articles\.csv: changed after release/);
    await expect(runRelease(edited.paths)).rejects.toThrow(/the existing releases are not intact/);
  });

  it('a file added to a released folder, or one deleted, fails the check', async () => {
    const added = makeWorkspace('added');
    cleanup.push(added.paths.root);
    added.setVersion('1.0.0');
    await added.build();
    await runRelease(added.paths);
    writeFileSync(join(added.paths.releases, '1.0.0', 'extra.csv'), 'x\n');
    rmSync(join(added.paths.releases, '1.0.0', 'quotes.json'));
    const text = (await runCheck(added.paths)).lines.join('\n');
    expect(text).toMatch(/extra\.csv: not in SHA256SUMS/);
    expect(text).toMatch(/quotes\.json: listed in SHA256SUMS but missing/);
  });

  it('changed data without a changeset fails the gate; a big enough changeset passes it', async () => {
    ws.addArticle('900_harbor_wire.txt', INVENTED_ARTICLE);
    await ws.build();
    const none = await runCheck(ws.paths);
    expect(none.ok).toBe(false);
    expect(none.lines.join('\n')).toMatch(
      /the data changed since release 1\.0\.0 and no changeset names @dossier\/dataset\. A minor bump is needed because:\n {2}- minor: articles: 1 row added/,
    );
    ws.changeset('harbor-patch', 'patch');
    const small = await runCheck(ws.paths);
    expect(small.ok).toBe(false);
    expect(small.lines.join('\n')).toContain(
      'plan a patch release (1.0.0 → 1.0.1), but the data since 1.0.0 needs a minor bump',
    );
    ws.changeset('harbor-patch', 'minor');
    expect((await runCheck(ws.paths)).ok).toBe(true);
  });

  it('release refuses while changesets are pending, and releases 1.1.0 once they are applied', async () => {
    await expect(runRelease(ws.paths)).rejects.toThrow(/still at|already released|pending/);
    rmSync(join(ws.paths.root, '.changeset', 'harbor-patch.md'));
    ws.setVersion('1.1.0');
    await ws.build();
    const done = await runRelease(ws.paths);
    expect(done.diff.from).toBe('1.0.0');
    expect(done.diff.bump).toBe('minor');
    const seedRemoved = Object.values(done.diff.tables).flatMap((t) => t.removed);
    expect(seedRemoved).toEqual([]);
    const diffJson = JSON.parse(readFileSync(join(ws.paths.releases, '1.1.0', 'diff.json'), 'utf8'));
    expect(diffJson.summary.find((s: { table: string }) => s.table === 'articles')).toEqual({
      table: 'articles',
      before: 1,
      after: 2,
      added: 1,
      removed: 0,
      changed: 0,
      moved: 0,
    });
    expect(readFileSync(ws.paths.changelog, 'utf8').indexOf('## 1.1.0')).toBeLessThan(
      readFileSync(ws.paths.changelog, 'utf8').indexOf('## 1.0.0'),
    );
    // Whole-release downloads sit in the folder, listed in SHA256SUMS; no ID changed, so no crosswalk.
    const released = readdirSync(join(ws.paths.releases, '1.1.0'));
    expect(released).toEqual(expect.arrayContaining(['dossier-1.1.0.zip', 'dossier-1.1.0.tar.gz']));
    expect(released).not.toContain('crosswalk.csv');
    expect(readFileSync(join(ws.paths.releases, '1.1.0', 'SHA256SUMS'), 'utf8')).toMatch(
      /^[0-9a-f]{64} {2}dossier-1\.1\.0\.zip$/m,
    );
    const cli = diffFolders('1.0.0', 'latest', ws.paths);
    expect(cli.summary).toEqual(done.diff.summary);
  });

  it('a version bumped too little is refused at release time too', async () => {
    const small = makeWorkspace('small');
    cleanup.push(small.paths.root);
    small.setVersion('1.0.0');
    await small.build();
    await runRelease(small.paths);
    small.addArticle('900_harbor_wire.txt', INVENTED_ARTICLE);
    small.setVersion('1.0.1');
    await small.build();
    await expect(runRelease(small.paths)).rejects.toThrow(
      /1\.0\.0 → 1\.0\.1 is a patch bump, but the data needs minor because/,
    );
    expect(existsSync(join(small.paths.releases, '1.0.1'))).toBe(false);
  });
});

describe('git history check', () => {
  it('catches a released file rewritten together with its SHA256SUMS, which checksums alone cannot', async () => {
    const repo = makeWorkspace('git');
    cleanup.push(repo.paths.root);
    repo.setVersion('1.0.0');
    await repo.build();
    await runRelease(repo.paths);
    const git = (...args: string[]) =>
      execFileSync(
        'git',
        ['-c', 'user.name=Test', '-c', 'user.email=test@example.invalid', '-c', 'commit.gpgsign=false', ...args],
        { cwd: repo.paths.root, encoding: 'utf8' },
      );
    git('init', '-q', '-b', 'main');
    git('add', 'data/releases', 'data/CHANGELOG.md', 'schemas');
    git('commit', '-q', '-m', 'release 1.0.0');
    expect(gitReleaseHistoryProblems(repo.paths.root, repo.paths.releases)).toEqual({ checked: true, problems: [] });

    // Uncommitted code or schema changes make a release that no commit reproduces; data/ is the flow's own.
    expect(uncommittedSourceChanges(repo.paths.root)).toEqual([]);
    appendFileSync(join(repo.paths.schemas, 'mentions.schema.json'), ' ');
    appendFileSync(join(repo.paths.releases, '..', 'CHANGELOG.md'), '\n');
    expect(uncommittedSourceChanges(repo.paths.root)).toEqual(['schemas/mentions.schema.json']);
    git('checkout', '-q', '--', 'schemas');

    const folder = join(repo.paths.releases, '1.0.0');
    appendFileSync(join(folder, 'quotes.csv'), '\n');
    const files = readTree(folder).filter((f) => f.path !== 'SHA256SUMS');
    writeFileSync(join(folder, 'SHA256SUMS'), renderSha256Sums(files));
    expect((await runCheck(repo.paths)).lines.join('\n')).toContain(
      'uncommitted change: data/releases/1.0.0/SHA256SUMS (modified a released file)',
    );
    git('commit', '-q', '-am', 'quietly fix 1.0.0');
    const r = await runCheck(repo.paths);
    expect(r.ok).toBe(false);
    expect(r.lines.join('\n')).toMatch(
      /commit [0-9a-f]+ quietly fix 1\.0\.0: data\/releases\/1\.0\.0\/quotes\.csv \(modified a released file\)/,
    );
  });
});
