import { describe, expect, it } from 'vitest';
import { isSpace, MAX_RUN, overlongRuns } from './overlong-runs.js';

/** The definition the scan replaces: every `\S+` match longer than MAX_RUN. */
function runsByRegex(text: string) {
  return [...text.matchAll(/\S+/gu)]
    .filter((m) => m[0].length > MAX_RUN)
    .map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

describe('isSpace', () => {
  it('is true for exactly the UTF-16 units that /\\s/u matches', () => {
    const differs: number[] = [];
    for (let code = 0; code <= 0xffff; code++) {
      if (isSpace(code) !== /\s/u.test(String.fromCharCode(code))) differs.push(code);
    }
    expect(differs).toEqual([]);
  });
});

describe('overlongRuns', () => {
  it('finds the same runs as matching \\S+, at and around the limit', () => {
    const atoms = ['a', 'Z', '9', '-', '😀', ' ', '\n', '\u00a0', '\u2009', '\u3000', '\ufeff', '\t'];
    // A small seeded generator, so a failure can be replayed.
    let seed = 7;
    const next = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let trial = 0; trial < 200; trial++) {
      let text = '';
      while (text.length < 2_000) {
        const atom = atoms[next(atoms.length)]!;
        // Long stretches of one non-space atom reach the limit; single atoms break them up.
        text += atom.trim() === '' ? atom : atom.repeat(next(2) === 0 ? 1 : MAX_RUN - 3 + next(8));
      }
      expect(overlongRuns(text)).toEqual(runsByRegex(text));
    }
  });

  it('counts a run reaching the end of the text', () => {
    const text = `ab ${'x'.repeat(MAX_RUN + 1)}`;
    expect(overlongRuns(text)).toEqual([{ start: 3, end: text.length }]);
    expect(overlongRuns('x'.repeat(MAX_RUN))).toEqual([]);
  });
});
