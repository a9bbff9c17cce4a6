import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { citationVersion, setCitationVersion } from './citation-file.js';
import { listReleases } from './store/files.js';
import { REPO } from './workflow.test-helpers.js';

describe('CITATION.cff', () => {
  it('sets and reads the top-level version only', () => {
    const text = 'cff-version: 1.2.0\ntitle: "T"\nversion: 1.1.0\nreferences:\n  - version: 0.1\n';
    const updated = setCitationVersion(text, '2.0.0');
    expect(updated).toBe('cff-version: 1.2.0\ntitle: "T"\nversion: 2.0.0\nreferences:\n  - version: 0.1\n');
    expect(citationVersion(updated)).toBe('2.0.0');
    expect(() => setCitationVersion('title: "T"\n', '2.0.0')).toThrow(/no top-level "version:" line/);
  });

  it('at the repository root names the latest release', () => {
    const latest = listReleases(join(REPO, 'data', 'releases')).at(-1);
    const text = readFileSync(join(REPO, 'CITATION.cff'), 'utf8');
    expect(text).toMatch(/^cff-version: 1\.2\.0$/m);
    expect(text).toMatch(/^type: dataset$/m);
    expect(citationVersion(text)).toBe(latest ?? null);
  });
});
