import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { articleGroups } from './article-groups.ts';
import { countRows, fileLines, jsonRows } from './json-rows.ts';
import { MIN_ENTITY_BUCKETS } from '../entity-buckets.ts';
import { RecordSpill, spillBucketOf } from './record-spill.ts';

let dir: string;
const fresh = () => (dir = mkdtempSync(join(tmpdir(), 'docs-stream-')));
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A JSON twin as the export writes it: one row per line. */
const twin = (rows: object[]) => `[\n${rows.map((r) => JSON.stringify(r)).join(',\n')}\n]`;

describe('fileLines and jsonRows', () => {
  it('keeps lines whole across chunk boundaries, multi-byte characters included', () => {
    const file = join(fresh(), 'lines.txt');
    const lines = ['short', 'é'.repeat(9), 'x', '', 'the last line has no break'];
    writeFileSync(file, lines.join('\n'));
    expect([...fileLines(file, 4)]).toEqual(lines);
  });

  it('parses one row per line and names the file and line of a row it cannot read', () => {
    const file = join(fresh(), 'mentions.json');
    writeFileSync(file, twin([{ a: 1 }, { a: 'two, with a comma' }]));
    expect([...jsonRows(file)]).toEqual([{ a: 1 }, { a: 'two, with a comma' }]);
    writeFileSync(file, '[\n{"a":1},\n{"a":\n]');
    expect(() => [...jsonRows(file)]).toThrow(/mentions\.json:3: expected one JSON row per line/);
  });

  it('counts rows without parsing them, and stops past a limit when given one', () => {
    const file = join(fresh(), 'articles.json');
    writeFileSync(file, twin([{ a: 1 }, { a: 2 }, { a: 3 }, { a: 4 }]));
    expect(countRows(file)).toBe(4);
    expect(countRows(file, 2)).toBe(3);
    expect(countRows(file, 10)).toBe(4);
  });
});

describe('articleGroups', () => {
  const write = (tables: Record<string, object[]>) => {
    fresh();
    const files = new Map<string, string>();
    for (const [name, rows] of Object.entries(tables)) {
      writeFileSync(join(dir, `${name}.json`), twin(rows));
      files.set(name, join(dir, `${name}.json`));
    }
    return files;
  };

  it('hands out each article with its rows, tables read in step', () => {
    const files = write({
      articles: [{ article_id: 'a1' }, { article_id: 'a2' }, { article_id: 'a3' }],
      mentions: [
        { mention_id: 'a1#m-x.1', article_id: 'a1' },
        { mention_id: 'a3#m-y.1', article_id: 'a3' },
        { mention_id: 'a3#m-y.2', article_id: 'a3' },
      ],
      quotes: [{ quote_id: 'a2#q-z.1', article_id: 'a2' }],
    });
    const groups = [...articleGroups(dir, files)].map((g) => [
      g.article.article_id,
      g.mentions.length,
      g.quotes.length,
      g.events.length,
    ]);
    expect(groups).toEqual([
      ['a1', 1, 0, 0],
      ['a2', 0, 1, 0],
      ['a3', 2, 0, 0],
    ]);
  });

  it('reports a table whose rows are out of the articles order', () => {
    const files = write({
      articles: [{ article_id: 'a1' }, { article_id: 'a2' }],
      mentions: [
        { mention_id: 'a2#m-x.1', article_id: 'a2' },
        { mention_id: 'a1#m-y.1', article_id: 'a1' },
      ],
    });
    expect(() => [...articleGroups(dir, files)]).toThrow(
      /mentions: row for article "a1" is out of the articles' order/,
    );
  });
});

describe('RecordSpill', () => {
  it('gives back every key once with its lines in the order they were added', () => {
    const spill = new RecordSpill(join(fresh(), 'spill'));
    const keys = Array.from({ length: 600 }, (_, i) => `person:someone-${i}`);
    for (let round = 0; round < 3; round++) for (const key of keys) spill.add(key, `${key} ${round}`);
    const groups = new Map(spill.groups());
    expect(groups.size).toBe(keys.length);
    expect(groups.get('person:someone-7')).toEqual(['person:someone-7 0', 'person:someone-7 1', 'person:someone-7 2']);
  });

  it('gives every bucket, empty ones too, each holding only keys that hash to it', () => {
    const spill = new RecordSpill(join(fresh(), 'spill'));
    spill.add('place:somewhere', 'a');
    spill.add('place:elsewhere', 'b');
    const buckets = [...spill.buckets()];
    expect(buckets.map(([b]) => b)).toEqual(Array.from({ length: MIN_ENTITY_BUCKETS }, (_, i) => i));
    const nonEmpty = buckets.filter(([, groups]) => groups.length > 0);
    for (const [bucket, groups] of nonEmpty) for (const [key] of groups) expect(spillBucketOf(key)).toBe(bucket);
    expect(nonEmpty.flatMap(([, groups]) => groups).sort()).toEqual([
      ['place:elsewhere', ['b']],
      ['place:somewhere', ['a']],
    ]);
  });

  it('refuses a line that would break the file into two', () => {
    const spill = new RecordSpill(join(fresh(), 'spill'));
    expect(() => spill.add('k', 'one\ntwo')).toThrow(/line break/);
  });
});
