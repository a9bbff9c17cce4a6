import { describe, expect, it } from 'vitest';
import { compareVersionsDescending, fileKind } from './releases.ts';

describe('release ordering', () => {
  it('sorts versions newest first, numerically and with pre-releases before their release', () => {
    const sorted = ['1.9.0', '1.10.0', '0.2.1', '2.0.0-rc.1', '2.0.0', '1.10.0-beta'].sort(compareVersionsDescending);
    expect(sorted).toEqual(['2.0.0', '2.0.0-rc.1', '1.10.0', '1.10.0-beta', '1.9.0', '0.2.1']);
  });

  it('rejects a folder name that is not a version', () => {
    expect(() => compareVersionsDescending('latest', '1.0.0')).toThrow(/not a semantic version: "latest"/);
  });

  it('tells the files of a release apart', () => {
    expect(fileKind('datapackage.json')).toBe('package');
    expect(fileKind('mentions.csv')).toBe('table');
    expect(fileKind('mentions.parquet')).toBe('table');
    expect(fileKind('SHA256SUMS')).toBe('checksums');
    expect(fileKind('checksums.sha256')).toBe('checksums');
    expect(fileKind('schemas/mentions.schema.json')).toBe('schema');
    expect(fileKind('quality.json')).toBe('report');
    expect(fileKind('diff.json')).toBe('report');
  });
});
