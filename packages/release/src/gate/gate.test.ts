import { describe, expect, it } from 'vitest';
import { diffDatasets } from '../diff/dataset-diff.js';
import { dataset, mentions } from '../diff/fixtures.test-helpers.js';
import { evaluateGate } from './gate.js';

const released = dataset('1.0.0', { mentions: mentions([['a#m0-12', 'a', 0, 12, 'person:mara-ellison']]) });
const grown = dataset('1.0.0', {
  mentions: mentions([
    ['a#m0-12', 'a', 0, 12, 'person:mara-ellison'],
    ['b#m4-9', 'b', 4, 9, 'country:chile'],
  ]),
});
const corrected = dataset('1.0.0', { mentions: mentions([['a#m0-12', 'a', 0, 12, 'person:mara-ellison-ruiz']]) });
const growth = diffDatasets(released, grown, { from: '1.0.0', to: 'current build' });

describe('evaluateGate', () => {
  it('passes with a note when nothing has been released', () => {
    const r = evaluateGate({
      lastRelease: null,
      packageVersion: '0.0.0',
      pending: { bump: 'none', files: [] },
      diff: null,
    });
    expect(r.ok).toBe(true);
    expect(r.message).toMatch(/no release under data\/releases yet/);
  });

  it('fails when the data changed and no changeset names the dataset, naming the bump and why', () => {
    const r = evaluateGate({
      lastRelease: '1.0.0',
      packageVersion: '1.0.0',
      pending: { bump: 'none', files: [] },
      diff: growth,
    });
    expect(r.ok).toBe(false);
    expect(r.required).toBe('minor');
    expect(r.message).toContain(
      'no changeset names @dossier/dataset. A minor bump is needed because:\n  - minor: mentions: 1 row added',
    );
  });

  it('fails when the changesets ask for less than the data needs', () => {
    const r = evaluateGate({
      lastRelease: '1.0.0',
      packageVersion: '1.0.0',
      pending: { bump: 'patch', files: ['.changeset/tidy.md'] },
      diff: growth,
    });
    expect(r.ok).toBe(false);
    expect(r.message).toContain(
      'pending changesets (.changeset/tidy.md) plan a patch release (1.0.0 → 1.0.1), but the data since 1.0.0 needs a minor bump',
    );
  });

  it('passes when the changesets ask for enough, or more', () => {
    expect(
      evaluateGate({
        lastRelease: '1.0.0',
        packageVersion: '1.0.0',
        pending: { bump: 'minor', files: ['.changeset/x.md'] },
        diff: growth,
      }).ok,
    ).toBe(true);
    expect(
      evaluateGate({
        lastRelease: '1.0.0',
        packageVersion: '1.0.0',
        pending: { bump: 'major', files: ['.changeset/x.md'] },
        diff: growth,
      }).ok,
    ).toBe(true);
    expect(
      evaluateGate({
        lastRelease: '1.0.0',
        packageVersion: '1.0.0',
        pending: { bump: 'patch', files: ['.changeset/x.md'] },
        diff: diffDatasets(released, corrected),
      }).ok,
    ).toBe(true);
  });

  it('counts a version already applied by changeset version but not yet released', () => {
    expect(
      evaluateGate({
        lastRelease: '1.0.0',
        packageVersion: '1.1.0',
        pending: { bump: 'none', files: [] },
        diff: growth,
      }).ok,
    ).toBe(true);
    expect(
      evaluateGate({
        lastRelease: '1.0.0',
        packageVersion: '1.0.1',
        pending: { bump: 'none', files: [] },
        diff: growth,
      }).ok,
    ).toBe(false);
  });

  it('passes without a changeset when the data is unchanged', () => {
    const r = evaluateGate({
      lastRelease: '1.0.0',
      packageVersion: '1.0.0',
      pending: { bump: 'none', files: [] },
      diff: diffDatasets(released, released),
    });
    expect(r).toMatchObject({ ok: true, required: 'none' });
  });

  it('fails when data/package.json is behind the last release', () => {
    const r = evaluateGate({
      lastRelease: '1.1.0',
      packageVersion: '1.0.0',
      pending: { bump: 'none', files: [] },
      diff: growth,
    });
    expect(r.ok).toBe(false);
    expect(r.message).toContain('behind the last release 1.1.0');
  });
});
