import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { toCsv, toJson } from './serialize.js';

describe('toCsv', () => {
  it('writes a header, RFC 4180 quoting, LF line ends, no BOM', () => {
    const csv = toCsv([{ a: 'x,y', b: 'say "hi"', c: 'two\nlines' }], ['a', 'b', 'c']);
    expect(csv).toBe('a,b,c\n"x,y","say ""hi""","two\nlines"\n');
    expect(csv.charCodeAt(0)).not.toBe(0xfeff);
  });

  it('writes null as an empty cell and booleans as true/false', () => {
    expect(toCsv([{ a: null, b: true, c: false, d: 0 }], ['a', 'b', 'c', 'd'])).toBe('a,b,c,d\n,true,false,0\n');
  });

  it('keeps spreadsheet-formula look-alikes exactly as they are', () => {
    const values = ['=1+1', '+44 20', '-3', '@home'];
    const csv = toCsv(values.map((v) => ({ v })), ['v']);
    expect(parse(csv, { columns: true }).map((r: { v: string }) => r.v)).toEqual(values);
  });

  it('round-trips any non-empty string through csv-parse (property)', () => {
    fc.assert(
      fc.property(fc.array(fc.string({ unit: 'grapheme', minLength: 1 }), { minLength: 1, maxLength: 5 }), (values) => {
        const rows = values.map((v, i) => ({ id: String(i), v }));
        const parsed = parse(toCsv(rows, ['id', 'v']), { columns: true }) as Array<{ v: string }>;
        expect(parsed.map((r) => r.v)).toEqual(values);
      }),
    );
  });
});

describe('toJson', () => {
  it('writes one object a line, keys in column order, nulls explicit', () => {
    expect(toJson([{ b: 2, a: 'x' }, { a: 'y' }], ['a', 'b'])).toBe('[\n{"a":"x","b":2},\n{"a":"y","b":null}\n]\n');
    expect(toJson([], ['a'])).toBe('[]\n');
  });
});
