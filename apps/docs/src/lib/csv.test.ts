import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from './csv.ts';

describe('toCsv', () => {
  it('round-trips awkward cells through a CSV parser, null as an empty cell', () => {
    const rows = [
      ['a,b', 'she said "no"', 'two\nlines', ' padded ', null, 3, true],
      ['=SUM(A1)', '', 'plain', 'x', 'y', 0, false],
    ];
    const columns = ['c1', 'c2', 'c3', 'c4', 'c5', 'c6', 'c7'];
    const parsed = parse(toCsv(columns, rows)) as string[][];
    expect(parsed[0]).toEqual(columns);
    expect(parsed.slice(1)).toEqual(rows.map((r) => r.map((v) => (v === null ? '' : String(v)))));
  });
});
