import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { applyBump, assertVersion, bumpBetween, maxBump, sortVersions } from './bump.js';

const version = fc.tuple(fc.nat(30), fc.nat(30), fc.nat(30)).map(([a, b, c]) => `${a}.${b}.${c}`);

describe('bumps', () => {
  it('bumpBetween inverts applyBump for every version and bump', () => {
    fc.assert(
      fc.property(
        version,
        fc.constantFrom('patch', 'minor', 'major') as fc.Arbitrary<'patch' | 'minor' | 'major'>,
        (v, b) => {
          expect(bumpBetween(v, applyBump(v, b))).toBe(b);
        },
      ),
    );
  });

  it('reads the first release from 0.0.0 as major, and equal versions as none', () => {
    expect(bumpBetween('0.0.0', '1.0.0')).toBe('major');
    expect(bumpBetween('1.1.0', '1.1.0')).toBe('none');
    expect(bumpBetween('1.0.9', '1.1.0')).toBe('minor');
  });

  it('refuses to go backwards and names both versions', () => {
    expect(() => bumpBetween('1.1.0', '1.0.5')).toThrow(/1\.0\.5 is older than 1\.1\.0/);
  });

  it('rejects what is not MAJOR.MINOR.PATCH', () => {
    expect(() => assertVersion('v1.0.0')).toThrow(/not a semantic version/);
    expect(() => assertVersion('1.0')).toThrow(/not a semantic version/);
  });

  it('orders versions numerically and takes the largest bump', () => {
    expect(sortVersions(['1.10.0', '1.2.0', '1.9.3'])).toEqual(['1.2.0', '1.9.3', '1.10.0']);
    expect(maxBump('patch', 'none', 'minor', 'patch')).toBe('minor');
    expect(maxBump()).toBe('none');
  });
});
