import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { parse } from 'csv-parse/sync';
import { csvChunks, jsonChunks, toCsv, toJson } from './serialize.js';

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
    const csv = toCsv(
      values.map((v) => ({ v })),
      ['v'],
    );
    expect((parse(csv, { columns: true }) as Array<{ v: string }>).map((r) => r.v)).toEqual(values);
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
    // Rows already in column order are written as they are; an extra key or an undefined value is not.
    expect(
      toJson(
        [
          { a: 'x', b: 2 },
          { a: 'y', b: 1, c: 3 },
          { a: 'z', b: undefined },
        ],
        ['a', 'b'],
      ),
    ).toBe('[\n{"a":"x","b":2},\n{"a":"y","b":1},\n{"a":"z","b":null}\n]\n');
  });
});

describe('chunked rendering', () => {
  const row = fc.record({
    id: fc.string(),
    n: fc.oneof(fc.integer(), fc.constant(null)),
    flag: fc.boolean(),
    text: fc.string({ unit: 'grapheme' }),
  });

  it('joins, for any chunk size, into exactly the file rendered in one piece (property)', () => {
    fc.assert(
      fc.property(fc.array(row, { maxLength: 12 }), fc.integer({ min: 1, max: 5 }), (rows, chunkRows) => {
        const columns = ['id', 'n', 'flag', 'text'];
        expect([...csvChunks(rows, columns, chunkRows)].join('')).toBe(
          [...csvChunks(rows, columns, rows.length + 1)].join(''),
        );
        expect([...jsonChunks(rows, columns, chunkRows)].join('')).toBe(
          [...jsonChunks(rows, columns, rows.length + 1)].join(''),
        );
        expect(JSON.parse([...jsonChunks(rows, columns, chunkRows)].join(''))).toEqual(
          rows.map((r) => ({ id: r.id, n: r.n, flag: r.flag, text: r.text })),
        );
      }),
    );
  });

  it('writes the header once, in the first chunk, and a header alone for no rows', () => {
    const chunks = [...csvChunks([{ a: 1 }, { a: 2 }, { a: 3 }], ['a'], 2)];
    expect(chunks).toEqual(['a\n1\n2\n', '3\n']);
    expect([...csvChunks([], ['a', 'b'])].join('')).toBe(toCsv([], ['a', 'b']));
    expect(toCsv([], ['a', 'b'])).toBe('a,b\n');
  });
});
