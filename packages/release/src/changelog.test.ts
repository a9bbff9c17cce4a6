import { describe, expect, it } from 'vitest';
import { hasReleaseNotes, insertReleaseNotes, renderReleaseNotes } from './changelog.js';

// What `changeset version` writes with @changesets/cli/changelog.
const written = `# @dossier/dataset

## 1.1.0

### Minor Changes

- 4f3a2b1: Add two articles about the talks.

## 1.0.0

### Major Changes

- 9c8d7e6: First release: the seed article.

<!-- dossier-release-notes 1.0.0 -->

### Data changes

(1.0.0 notes)
`;

describe('insertReleaseNotes', () => {
  it('appends the notes at the end of the version entry, before older entries', () => {
    const out = insertReleaseNotes(written, '1.1.0', '### Data changes\n\n2 articles added');
    expect(out).toBe(`# @dossier/dataset

## 1.1.0

### Minor Changes

- 4f3a2b1: Add two articles about the talks.

<!-- dossier-release-notes 1.1.0 -->

### Data changes

2 articles added

## 1.0.0

### Major Changes

- 9c8d7e6: First release: the seed article.

<!-- dossier-release-notes 1.0.0 -->

### Data changes

(1.0.0 notes)
`);
    expect(hasReleaseNotes(out, '1.1.0')).toBe(true);
  });

  it('is idempotent', () => {
    const once = insertReleaseNotes(written, '1.1.0', 'notes');
    expect(insertReleaseNotes(once, '1.1.0', 'other notes')).toBe(once);
  });

  it('creates the entry above older ones when changesets did not write it', () => {
    const out = insertReleaseNotes(written, '1.2.0', 'notes');
    expect(out.indexOf('## 1.2.0')).toBeGreaterThan(out.indexOf('# @dossier/dataset'));
    expect(out.indexOf('## 1.2.0')).toBeLessThan(out.indexOf('## 1.1.0'));
    expect(out).toContain('<!-- dossier-release-notes 1.2.0 -->\n\nnotes\n\n## 1.1.0\n');
    expect(out.endsWith('(1.0.0 notes)\n')).toBe(true);
  });

  it('starts a changelog from nothing', () => {
    expect(insertReleaseNotes('', '1.0.0', 'notes')).toBe(
      '# @dossier/dataset\n\n## 1.0.0\n\n<!-- dossier-release-notes 1.0.0 -->\n\nnotes\n',
    );
  });

  it('the notes carry the diff summary and say plainly when there is no quality report', () => {
    const notes = renderReleaseNotes({ version: '1.0.0', diffSummary: '| articles | 0 | 1 |', quality: null });
    expect(notes).toContain('| articles | 0 | 1 |');
    expect(notes).toContain('No quality report (quality.json) was in the build.');
    expect(notes).toContain('`releases/1.0.0/diff.md`');
  });
});
