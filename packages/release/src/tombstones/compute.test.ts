import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffDatasets } from '../diff/dataset-diff.js';
import { dataset, field, mentions, table } from '../diff/fixtures.test-helpers.js';
import type { DatasetSnapshot } from '../diff/snapshot.js';
import { computeTombstones, type Tombstone } from './compute.js';
import { checkTombstones, parseTombstonesCsv, renderTombstonesCsv } from './csv.js';
import { fileURLToPath } from 'node:url';

const SCHEMA = fileURLToPath(new URL('../../../../schemas/tombstones.schema.json', import.meta.url));

function articles(shas: Record<string, string>) {
  return table(
    [field('article_id'), field('sha256')],
    ['article_id'],
    Object.entries(shas).map(([article_id, sha256]) => ({ article_id, sha256 })),
  );
}
function entities(ids: string[]) {
  return table(
    [field('entity_id'), field('name')],
    ['entity_id'],
    ids.map((entity_id) => ({ entity_id, name: entity_id.split(':')[1] })),
  );
}

function tombstones(before: DatasetSnapshot, after: DatasetSnapshot, previous: Tombstone[] = [], release = '1.1.0') {
  return computeTombstones(previous, before, after, diffDatasets(before, after), release);
}

const v1 = dataset('1.0.0', {
  articles: articles({ a: 'sha-a', b: 'sha-b', c: 'sha-c' }),
  entities: entities(['person:ellison', 'person:mara-ellison', 'country:chile']),
  mentions: mentions([
    ['a#m0-7', 'a', 0, 7, 'person:ellison'],
    ['a#m20-32', 'a', 20, 32, 'person:mara-ellison'],
    ['a#m40-46', 'a', 40, 46, 'country:chile'],
    ['b#m5-11', 'b', 5, 11, 'country:chile'],
    ['c#m1-4', 'c', 1, 4, 'country:chile'],
  ]),
});

describe('computeTombstones', () => {
  const v2 = dataset('1.1.0', {
    articles: articles({ a: 'sha-a', c: 'sha-c2' }),
    entities: entities(['person:mara-ellison', 'country:chile']),
    mentions: mentions([
      ['a#m0-7', 'a', 0, 7, 'person:mara-ellison'],
      ['a#m20-32', 'a', 20, 32, 'person:mara-ellison'],
      ['a#m38-46', 'a', 38, 46, 'country:chile'],
      ['c#m2-5', 'c', 2, 5, 'country:chile'],
    ]),
  });
  const rows = tombstones(v1, v2);
  const byId = new Map(rows.map((t) => [t.id, t]));

  it('an entity whose references now point elsewhere was merged into that entity', () => {
    expect(byId.get('person:ellison')).toEqual({
      table: 'entities',
      id: 'person:ellison',
      reason: 'merged',
      replaced_by: 'person:mara-ellison',
      release: '1.1.0',
    });
  });

  it('a span replaced by an overlapping new span of the same article was corrected', () => {
    expect(byId.get('a#m40-46')).toMatchObject({ reason: 'span-corrected', replaced_by: 'a#m38-46' });
  });

  it('rows of a removed article, and the article itself, say so', () => {
    expect(byId.get('b#m5-11')).toMatchObject({ reason: 'article-removed', replaced_by: null });
    expect(byId.get('b')).toMatchObject({ table: 'articles', reason: 'article-removed' });
  });

  it('rows of an article whose text changed say so, with the overlapping successor', () => {
    expect(byId.get('c#m1-4')).toMatchObject({ reason: 'article-text-changed', replaced_by: 'c#m2-5' });
  });

  it('lists exactly the removed IDs, sorted by table then id', () => {
    expect(rows.map((t) => `${t.table} ${t.id}`)).toEqual([
      'articles b',
      'entities person:ellison',
      'mentions a#m40-46',
      'mentions b#m5-11',
      'mentions c#m1-4',
    ]);
  });

  it('is cumulative: earlier tombstones stay, resurrected IDs leave the list', () => {
    const v3 = dataset('1.2.0', {
      ...v2.tables,
      entities: entities(['person:ellison', 'person:mara-ellison', 'country:chile']),
    });
    const next = tombstones(v2, v3, rows, '1.2.0');
    expect(next.find((t) => t.id === 'person:ellison')).toBeUndefined();
    expect(next.find((t) => t.id === 'a#m40-46')).toMatchObject({ release: '1.1.0' });
  });

  it('a row the pipeline stops producing in an unchanged article is no-longer-extracted', () => {
    const v2b = dataset('1.0.1', {
      ...v1.tables,
      mentions: mentions([
        ['a#m0-7', 'a', 0, 7, 'person:ellison'],
        ['a#m20-32', 'a', 20, 32, 'person:mara-ellison'],
        ['b#m5-11', 'b', 5, 11, 'country:chile'],
        ['c#m1-4', 'c', 1, 4, 'country:chile'],
      ]),
    });
    expect(tombstones(v1, v2b)).toEqual([
      { table: 'mentions', id: 'a#m40-46', reason: 'no-longer-extracted', replaced_by: null, release: '1.1.0' },
    ]);
  });
});

describe('tombstones over a series of releases (property)', () => {
  it('always list exactly the IDs some earlier release had and the current one lacks, each once', () => {
    const ids = fc.uniqueArray(fc.constantFrom('a#m0-5', 'a#m7-9', 'a#m12-20', 'b#m1-4', 'b#m6-8', 'b#m9-15'), {
      maxLength: 6,
    });
    fc.assert(
      fc.property(fc.array(ids, { minLength: 1, maxLength: 6 }), (series) => {
        const snap = (version: string, live: string[]) =>
          dataset(version, {
            articles: articles({ a: 'sha-a', b: 'sha-b' }),
            mentions: mentions(
              [...live]
                .sort()
                .map((id) => [id, id[0]!, Number(id.split(/[m-]/)[1]), Number(id.split('-')[1]), 'country:chile']),
            ),
          });
        let previous = snap('0.0.0', []);
        let list: Tombstone[] = [];
        const ever = new Set<string>();
        series.forEach((live, n) => {
          const next = snap(`1.${n}.0`, live);
          list = computeTombstones(list, previous, next, diffDatasets(previous, next), `1.${n}.0`);
          for (const id of previous.tables.mentions!.rows.map((r) => String(r.mention_id))) ever.add(id);
          const expected = [...ever].filter((id) => !(live as readonly string[]).includes(id)).sort();
          expect(list.filter((t) => t.table === 'mentions').map((t) => t.id)).toEqual(expected);
          previous = next;
        });
      }),
    );
  });
});

describe('tombstones.csv', () => {
  const rows = tombstones(
    v1,
    dataset('1.1.0', { articles: articles({ a: 'sha-a' }), entities: entities([]), mentions: mentions([]) }),
  );

  it('round-trips through CSV and satisfies schemas/tombstones.schema.json', () => {
    const csv = renderTombstonesCsv(rows);
    expect(csv.split('\n')[0]).toBe('table,id,reason,replaced_by,release');
    expect(parseTombstonesCsv(csv, 'tombstones.csv')).toEqual(rows);
    expect(checkTombstones(rows, SCHEMA)).toEqual([]);
  });

  it('the schema check rejects an unknown reason and names the row', () => {
    const bad = [{ ...rows[0]!, reason: 'lost' as Tombstone['reason'] }];
    expect(checkTombstones(bad, SCHEMA)[0]).toMatch(
      /^tombstones row 1 \(articles b\): \/reason must be equal to one of the allowed values \(found "lost"\)/,
    );
  });

  it('a file with the wrong columns is an error naming file and line', () => {
    expect(() => parseTombstonesCsv('table,id,why\nmentions,a#m1-2,x\n', 'r/tombstones.csv')).toThrow(
      'r/tombstones.csv:2: expected columns table,id,reason,replaced_by,release, found table,id,why',
    );
  });
});
