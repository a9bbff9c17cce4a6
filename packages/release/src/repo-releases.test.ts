/**
 * The CI gate on this repository: every folder in data/releases is exactly as released (SHA256SUMS and git
 * history), and the pending changesets ask for at least the bump that the change from the last release to
 * the current build (data/dist, which `pnpm test` builds first) requires. Before the first release there is
 * nothing to compare, and the check passes with a note.
 */
import { describe, expect, it } from 'vitest';
import { REPO } from './workflow.test-helpers.js';
import { defaultPaths, runCheck } from './workflow.js';

describe('this repository', () => {
  it('has intact releases and changesets that match the data change', async () => {
    const result = await runCheck(defaultPaths(REPO));
    // The lines are the message: which file changed, or which bump is needed and why.
    expect(result.ok, result.lines.join('\n')).toBe(true);
  });
});
