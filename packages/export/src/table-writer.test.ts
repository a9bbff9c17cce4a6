import { describe, expect, it } from 'vitest';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { renderRows, TableWriter } from './table-writer.js';
import { writeTableFiles } from './write.js';

const temp = () => mkdtempSync(join(tmpdir(), 'dossier-tw-'));

/** Quantities rows with awkward text: quotes, commas, a newline, leading space, a formula look-alike, nulls. */
function rows(n: number) {
  const texts = ['12 "tonnes", more', ' about 40', '=SUM(1)', 'line one\nline two', 'plain'];
  return Array.from({ length: n }, (_, i) => ({
    quantity_id: `art#n-${i}`,
    article_id: 'art',
    text: texts[i % texts.length]!,
    start: i,
    end: i + 1,
    value: i % 3 === 0 ? null : i * 1.5,
    modifier: i % 2 ? 'more than' : null,
  }));
}

describe('TableWriter', () => {
  it('writes the bytes writeTableFiles writes, whatever groups the rows come in', () => {
    for (const n of [0, 1, 199, 200, 201, 450]) {
      const all = rows(n);
      const whole = temp();
      const expected = writeTableFiles(whole, 'quantities', all);
      const piecewise = temp();
      const writer = new TableWriter(piecewise, 'quantities');
      // Uneven groups, an empty one among them, as the articles of a corpus give them.
      for (let i = 0, size = 0; i < all.length; i += size, size = (size % 7) + 1) writer.add(all.slice(i, i + size));
      writer.add([]);
      expect(writer.close()).toEqual(expected);
      for (const file of ['quantities.csv', 'quantities.json'])
        expect(readFileSync(join(piecewise, file))).toEqual(readFileSync(join(whole, file)));
    }
  });

  it('writes the same bytes for rows rendered beforehand, mixed with rows added as they are', () => {
    for (const n of [0, 1, 5, 199, 201, 450]) {
      const all = rows(n);
      const whole = temp();
      const expected = writeTableFiles(whole, 'quantities', all);
      const mixed = temp();
      const writer = new TableWriter(mixed, 'quantities');
      // Groups alternate: rendered first (so the header comes from addRendered), then added, and so on.
      for (let i = 0, size = 1, k = 0; i < all.length; i += size, size = (size % 13) + 1, k++) {
        const group = all.slice(i, i + size);
        if (k % 2 === 0) writer.addRendered(renderRows('quantities', group));
        else writer.add(group);
      }
      writer.addRendered(renderRows('quantities', []));
      expect(writer.close()).toEqual(expected);
      for (const file of ['quantities.csv', 'quantities.json'])
        expect(readFileSync(join(mixed, file))).toEqual(readFileSync(join(whole, file)));
    }
  });

  it('writes the same bytes for rendered rows given as UTF-8 bytes (a fragment read from disk) as for text', () => {
    const all = [...rows(30), { ...rows(1)[0]!, quantity_id: 'art#n-99', text: 'zwölf “Tonnen” – 12 t' }];
    const whole = temp();
    const expected = writeTableFiles(whole, 'quantities', all);
    const fromBytes = temp();
    const writer = new TableWriter(fromBytes, 'quantities');
    for (const group of [all.slice(0, 10), all.slice(10)]) {
      const rendered = renderRows('quantities', group);
      writer.addRendered({ rows: rendered.rows, csv: Buffer.from(rendered.csv), json: Buffer.from(rendered.json) });
    }
    expect(writer.close()).toEqual(expected);
    for (const file of ['quantities.csv', 'quantities.json'])
      expect(readFileSync(join(fromBytes, file))).toEqual(readFileSync(join(whole, file)));
  });

  it('writes the same bytes when parts cross its 1 MiB buffer or are larger than it, text or bytes', () => {
    // Multi-byte text (2 and 3 bytes a character), so that a part's UTF-8 length differs from its length.
    const long = (i: number, n: number) => `${'é“x'.repeat(n)} ${i}`;
    const all = rows(12).map((row, i) => ({ ...row, text: long(i, i % 4 === 3 ? 200_000 : 70_000 + i * 9_001) }));
    const whole = temp();
    const expected = writeTableFiles(whole, 'quantities', all);
    const parts = temp();
    const writer = new TableWriter(parts, 'quantities');
    all.forEach((row, i) => {
      const rendered = renderRows('quantities', [row]);
      if (i % 3 === 0) writer.add([row]);
      else if (i % 3 === 1) writer.addRendered(rendered);
      else writer.addRendered({ rows: 1, csv: Buffer.from(rendered.csv), json: Buffer.from(rendered.json) });
    });
    expect(JSON.stringify(writer.close())).toBe(JSON.stringify(expected));
    expect(expected[0]!.bytes).toBeGreaterThan(4 << 20);
    // Compared as a whole (equals), not with toEqual, whose diff of megabytes would take minutes.
    for (const file of ['quantities.csv', 'quantities.json'])
      expect(readFileSync(join(parts, file)).equals(readFileSync(join(whole, file)))).toBe(true);
  });

  it('says where each group went, and copying those bytes back in pieces writes the same files', () => {
    const all = rows(57);
    const first = temp();
    const writer = new TableWriter(first, 'quantities');
    const groups = [all.slice(0, 3), all.slice(3, 3), all.slice(3, 40), all.slice(40)];
    const ranges = groups.map((group) => writer.addRendered(renderRows('quantities', group)));
    const expected = writer.close();
    expect(ranges[1]).toBeUndefined();
    const csv = readFileSync(join(first, 'quantities.csv'));
    const json = readFileSync(join(first, 'quantities.json'));
    for (const [i, range] of ranges.entries()) {
      if (!range) continue;
      const rendered = renderRows('quantities', groups[i]!);
      expect(range.rows).toBe(groups[i]!.length);
      expect(csv.subarray(range.csvStart, range.csvStart + range.csvBytes).toString()).toBe(rendered.csv);
      expect(json.subarray(range.jsonStart, range.jsonStart + range.jsonBytes).toString()).toBe(rendered.json);
    }
    // The last two groups are next to each other in both files: one copy of their joined range, in odd pieces.
    const [a, b] = [ranges[2]!, ranges[3]!];
    const pieces = (bytes: Buffer, start: number, end: number) =>
      Array.from({ length: Math.ceil((end - start) / 7) }, (_, k) =>
        bytes.subarray(start + 7 * k, Math.min(end, start + 7 * (k + 1))),
      );
    const copy = temp();
    const copier = new TableWriter(copy, 'quantities');
    copier.addRendered(renderRows('quantities', groups[0]!));
    const joined = copier.addCopied(
      a.rows + b.rows,
      pieces(csv, a.csvStart, b.csvStart + b.csvBytes),
      pieces(json, a.jsonStart, b.jsonStart + b.jsonBytes),
    );
    expect(joined).toEqual({
      rows: a.rows + b.rows,
      csvStart: a.csvStart,
      csvBytes: b.csvStart + b.csvBytes - a.csvStart,
      jsonStart: a.jsonStart,
      jsonBytes: b.jsonStart + b.jsonBytes - a.jsonStart,
    });
    expect(copier.close()).toEqual(expected);
    for (const file of ['quantities.csv', 'quantities.json'])
      expect(readFileSync(join(copy, file))).toEqual(readFileSync(join(first, file)));
  });
});
