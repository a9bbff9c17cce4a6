import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GIVEN_NAMES_FILE, givenNames, givenNamesFromPackage, givenNamesText } from './given-names.js';

describe('given names', () => {
  it('holds common first names of each language, in lower case, and no empty name', () => {
    const names = givenNames();
    for (const name of ['john', 'giovanni', 'pablo', 'françois', 'jürgen', 'mehmet'])
      expect(names.has(name)).toBe(true);
    expect(names.has('John')).toBe(false);
    expect(names.has('')).toBe(false);
    expect(names.size).toBeGreaterThan(50_000);
  });

  it('writes names sorted, one a line, whatever order they come in', () => {
    expect(givenNamesText(['zoe', 'adam', 'mia'])).toBe('adam\nmia\nzoe');
  });

  // The build writes the file (scripts/write-given-names.mjs); a stale or hand-edited one would change which
  // words start a name, so it must hold exactly the package's names.
  describe.skipIf(!existsSync(GIVEN_NAMES_FILE))('the generated file of a built package', () => {
    it('is the union of the package lists, byte for byte', () => {
      expect(readFileSync(GIVEN_NAMES_FILE, 'utf8')).toBe(givenNamesText(givenNamesFromPackage()));
    });
  });
});
