import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { KeyRegister, StreamedValidation, validateTables, type TableSet } from './validate.js';

const body = 'Ana 😀 met Ben in Doha.';
function dataset(): TableSet {
  return {
    articles: [
      {
        article_id: 'a1',
        source_file: 'a1.txt',
        outlet: 'Ledger',
        published: '2024-01-02',
        authors: null,
        dateline: null,
        headline: null,
        word_count: 6,
        paragraph_count: 1,
        sentence_count: 1,
        sha256: 'a'.repeat(64),
        body,
      },
    ],
    entities: [
      {
        entity_id: 'person:ben',
        type: 'person',
        name: 'Ben',
        aliases: null,
        country_code: null,
        article_count: 1,
        mention_count: 1,
      },
    ],
    // "Ben" starts at code point 10 (the emoji is one code point, two UTF-16 units).
    mentions: [
      {
        mention_id: 'a1#m-ben.1',
        article_id: 'a1',
        entity_id: 'person:ben',
        text: 'Ben',
        start: 10,
        end: 13,
        kind: 'name',
        paragraph: 0,
        sentence: 0,
      },
    ],
    roles: [],
    temporal_expressions: [],
    quotes: [],
    quantities: [],
    events: [],
    event_participants: [],
    quarantine: [],
  };
}

describe('validateTables', () => {
  it('accepts a consistent dataset, with offsets in code points', () => {
    expect(validateTables(dataset())).toEqual([]);
  });

  it('reports a span that does not round-trip, showing what the body holds', () => {
    const t = dataset();
    t.mentions![0]!.start = 11;
    t.mentions![0]!.end = 14;
    const problems = validateTables(t);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({
      ruleId: 'validate/span-round-trip',
      place: { table: 'mentions', key: 'a1#m-ben.1', column: 'text' },
      expected: '"en "',
      actual: 'Ben',
    });
  });

  it('checks spans in a body without astral characters the same way (code units are code points there)', () => {
    const t = dataset();
    t.articles![0]!.body = 'Ana met Ben in Doha.';
    expect(validateTables(t).map((p) => [p.ruleId, p.expected])).toEqual([['validate/span-round-trip', '"n i"']]);
    t.mentions![0]!.start = 8;
    t.mentions![0]!.end = 11;
    expect(validateTables(t)).toEqual([]);
    t.mentions![0]!.end = 21;
    expect(validateTables(t).map((p) => [p.ruleId, p.expected])).toEqual([['validate/span-bounds', 'end <= 20']]);
  });

  it('reports start >= end, spans past the body, duplicate keys and dangling foreign keys together', () => {
    const t = dataset();
    t.mentions!.push({ ...t.mentions![0]!, start: 5, end: 5, text: 'x' });
    t.mentions!.push({ ...t.mentions![0]!, mention_id: 'a1#m-ben.2', start: 90, end: 93 });
    t.mentions!.push({ ...t.mentions![0]!, mention_id: 'a1#m-ben.3', entity_id: 'person:nobody' });
    const rules = validateTables(t)
      .map((p) => p.ruleId)
      .sort();
    expect(rules).toEqual([
      'validate/foreign-key',
      'validate/primary-key-unique',
      'validate/span-bounds',
      'validate/span-order',
    ]);
  });

  it('checks every row against its JSON Schema, naming the column', () => {
    const t = dataset();
    t.articles![0]!.published = '2024-02-30';
    t.entities![0]!.type = 'animal';
    const problems = validateTables(t);
    expect(problems.map((p) => [p.ruleId, (p.place as { column?: string }).column])).toEqual([
      ['schema/format', 'published'],
      ['schema/enum', 'type'],
    ]);
  });

  it('reports unknown and missing columns', () => {
    const t = dataset();
    delete t.entities![0]!.aliases;
    t.entities![0]!.nickname = 'B';
    const rules = validateTables(t).map((p) => `${p.ruleId}:${(p.place as { column?: string }).column}`);
    expect(rules).toEqual(expect.arrayContaining(['schema/required:aliases', 'schema/additionalProperties:nickname']));
  });

  it('reports a missing table', () => {
    const t = dataset();
    delete t.quotes;
    expect(validateTables(t)[0]).toMatchObject({ ruleId: 'validate/missing-table', place: { table: 'quotes' } });
  });
});

describe('KeyRegister', () => {
  it('answers add and has as a plain set would, in any order and with any prefixes', () => {
    const key = fc
      .tuple(fc.constantFrom('a1', 'a2', 'b', ''), fc.boolean(), fc.constantFrom('m1-2', 'm3-4', 'e0-1', 'x#y'))
      .map(([prefix, hash, rest]) => (hash ? `${prefix}#${rest}` : `${prefix}${rest}`));
    fc.assert(
      fc.property(fc.array(key, { maxLength: 60 }), (keys) => {
        const register = new KeyRegister();
        const plain = new Set<string>();
        for (const k of keys) {
          expect(register.has(k)).toBe(plain.has(k));
          expect(register.add(k)).toBe(!plain.has(k));
          plain.add(k);
        }
        for (const k of ['a1#m1-2', 'b#e0-1', 'm3-4', '#x#y']) expect(register.has(k)).toBe(plain.has(k));
      }),
    );
  });
});

describe('StreamedValidation', () => {
  /** Fed the way the streamed corpus step feeds it: entity and article keys first, then the article, then entities. */
  function streamed(t: TableSet): boolean {
    const v = new StreamedValidation();
    v.rememberKeys('entities', t.entities!);
    v.rememberKeys('articles', t.articles!);
    const article = t.articles![0]!;
    const own: TableSet = {};
    for (const [name, rows] of Object.entries(t)) if (name !== 'entities' && name !== 'quarantine') own[name] = rows;
    v.checkArticleSpans(article, own);
    v.checkArticle(article.article_id as string, own);
    v.checkTable('entities', t.entities!);
    v.checkTable('quarantine', t.quarantine!);
    return v.valid;
  }

  it('accepts what validateTables accepts', () => {
    expect(streamed(dataset())).toBe(true);
  });

  it('refuses a span that does not round-trip, a bad value, a dangling entity and a duplicate key', () => {
    const breakers: Array<(t: TableSet) => void> = [
      (t) => {
        t.mentions![0]!.start = 11;
        t.mentions![0]!.end = 14;
      },
      (t) => {
        t.mentions![0]!.paragraph = -1;
      },
      (t) => {
        t.mentions![0]!.entity_id = 'person:nobody';
      },
      (t) => {
        t.mentions!.push({ ...t.mentions![0]! });
      },
    ];
    for (const breakIt of breakers) {
      const t = dataset();
      breakIt(t);
      expect(validateTables(t)).not.toEqual([]);
      expect(streamed(t)).toBe(false);
    }
  });

  it('refuses a row key without its article prefix, which validateTables has no rule against', () => {
    const t = dataset();
    t.mentions![0]!.mention_id = 'other#m-ben.1';
    expect(validateTables(t)).toEqual([]);
    expect(streamed(t)).toBe(false);
  });
});
