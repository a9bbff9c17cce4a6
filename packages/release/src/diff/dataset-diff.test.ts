import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { diffDatasets } from './dataset-diff.js';
import { renderDiffMarkdown, renderDiffSummary } from './render.js';
import { EMPTY_DATASET } from './snapshot.js';
import { dataset, mentions } from './fixtures.test-helpers.js';

const v1 = dataset('1.0.0', {
  mentions: mentions([
    ['a#m0-12', 'a', 0, 12, 'person:mara-ellison'],
    ['a#m40-51', 'a', 40, 51, 'person:tomas-reyna'],
    ['a#m60-66', 'a', 60, 66, 'country:chile'],
  ]),
});

describe('diffDatasets', () => {
  it('is empty and "none" for identical datasets, whatever their versions', () => {
    const d = diffDatasets(v1, { ...v1, version: '9.9.9' });
    expect(d.bump).toBe('none');
    expect(d.reasons).toEqual([]);
    expect(d.summary).toEqual([{ table: 'mentions', before: 3, after: 3, added: 0, removed: 0, changed: 0, moved: 0 }]);
    expect(renderDiffSummary(d)).toMatch(/no change that a consumer can see/);
    expect(renderDiffSummary(d)).not.toMatch(/none\*\* change/);
  });

  it('reports rows whose only change is their offsets as moved, a patch; a moved row with another change is changed', () => {
    const v2 = dataset('1.0.1', {
      mentions: mentions([
        ['a#m0-12', 'a', 0, 12, 'person:mara-ellison'],
        ['a#m40-51', 'a', 30, 41, 'person:tomas-reyna'],
        ['a#m60-66', 'a', 50, 56, 'country:peru'],
      ]),
    });
    const d = diffDatasets(v1, v2);
    expect(d.tables.mentions!.moved).toEqual([
      {
        id: 'a#m40-51',
        deltas: [
          { field: 'start', before: 40, after: 30 },
          { field: 'end', before: 51, after: 41 },
        ],
      },
    ]);
    expect(d.tables.mentions!.changed.map((c) => c.id)).toEqual(['a#m60-66']);
    expect(d.summary[0]).toMatchObject({ changed: 1, moved: 1 });
    expect(d.bump).toBe('patch');
    expect(d.reasons.map((r) => r.text)).toEqual([
      'mentions: 1 row with corrected values',
      'mentions: 1 row moved (same ID and values, new offsets)',
    ]);
    expect(renderDiffMarkdown(d)).toContain('| `a#m40-51` | start 40, end 51 | start 30, end 41 |');
  });

  it('reports added, removed and changed rows with field deltas; additions make it minor', () => {
    const v2 = dataset('1.1.0', {
      mentions: mentions([
        ['a#m0-12', 'a', 0, 12, 'person:mara-ellison'],
        ['a#m40-51', 'a', 40, 51, 'person:tomas-reyna-vidal'],
        ['b#m3-9', 'b', 3, 9, 'country:chile'],
      ]),
    });
    const d = diffDatasets(v1, v2);
    expect(d.tables.mentions).toEqual({
      added: ['b#m3-9'],
      removed: ['a#m60-66'],
      changed: [
        {
          id: 'a#m40-51',
          deltas: [{ field: 'entity_id', before: 'person:tomas-reyna', after: 'person:tomas-reyna-vidal' }],
        },
      ],
      moved: [],
    });
    expect(d.bump).toBe('minor');
    expect(d.reasons.map((r) => r.text)).toEqual([
      'mentions: 1 row added',
      'mentions: 1 row with corrected values',
      'mentions: 1 row removed (tombstoned)',
    ]);
  });

  it('corrections alone are a patch', () => {
    const fixed = dataset('1.0.1', {
      mentions: mentions([
        ['a#m0-12', 'a', 0, 12, 'person:mara-ellison'],
        ['a#m40-51', 'a', 40, 51, 'person:tomas-reyna'],
        ['a#m60-66', 'a', 60, 66, 'country:peru'],
      ]),
    });
    expect(diffDatasets(v1, fixed).bump).toBe('patch');
  });

  it('a removed table is major, a new one minor', () => {
    expect(diffDatasets(v1, dataset('2.0.0', {})).bump).toBe('major');
    const more = dataset('1.1.0', { ...v1.tables, quotes: mentions([]) });
    expect(diffDatasets(v1, more).schemaChanges.map((c) => c.description)).toEqual(['table quotes added (5 columns)']);
  });

  it('package metadata changes (other than version) are a patch', () => {
    const d = diffDatasets(v1, { ...v1, metadata: { name: 'dossier', sources: [{ title: 'Example Wire' }] } });
    expect(d.bump).toBe('patch');
    expect(d.metadataChanges).toEqual(['sources']);
  });

  it('a new file (a resource that was not there, such as a Parquet twin) is minor', () => {
    const d = diffDatasets(v1, {
      ...v1,
      metadata: { name: 'dossier', 'resource mentions-parquet': 'parquet twin of mentions' },
    });
    expect(d.bump).toBe('minor');
    expect(d.reasons.map((r) => r.text)).toEqual(['new files: mentions-parquet']);
    // Present on both sides: nothing to report.
    const both = { ...v1, metadata: { name: 'dossier', 'resource mentions-parquet': 'parquet twin of mentions' } };
    expect(diffDatasets(both, both).bump).toBe('none');
  });

  it('compared with nothing, the first release is major and lists every row as added', () => {
    const d = diffDatasets(EMPTY_DATASET, v1, { from: null, to: '1.0.0' });
    expect(d.bump).toBe('major');
    expect(d.tables.mentions!.added).toHaveLength(3);
    expect(d.schemaChanges).toEqual([]);
    expect(renderDiffSummary(d)).toContain('Comparing nothing (first release) → 1.0.0: **major** change.');
  });

  it('what one direction adds the other removes (property)', () => {
    const row = fc.tuple(
      fc.constantFrom('a', 'b'),
      fc.nat(50),
      fc.nat(5),
      fc.constantFrom('person:x', 'person:y', 'org:z'),
    );
    const rows = fc.uniqueArray(row, { selector: ([a, s, l]) => `${a}#m${s}-${s + l + 1}`, maxLength: 12 });
    const snap = (rs: Array<[string, number, number, string]>) =>
      dataset('1.0.0', {
        mentions: mentions(rs.map(([a, s, l, e]) => [`${a}#m${s}-${s + l + 1}`, a, s, s + l + 1, e])),
      });
    fc.assert(
      fc.property(rows, rows, (x, y) => {
        const forward = diffDatasets(snap(x), snap(y));
        const backward = diffDatasets(snap(y), snap(x));
        expect([...forward.tables.mentions!.added].sort()).toEqual([...backward.tables.mentions!.removed].sort());
        expect(forward.tables.mentions!.changed.map((c) => c.id).sort()).toEqual(
          backward.tables.mentions!.changed.map((c) => c.id).sort(),
        );
        expect(diffDatasets(snap(x), snap(x)).bump).toBe('none');
      }),
    );
  });

  it('the Markdown report lists rows and escapes table-breaking characters', () => {
    const v2 = dataset('1.0.1', {
      mentions: mentions([
        ['a#m0-12', 'a', 0, 12, 'person:a|b'],
        ['a#m40-51', 'a', 40, 51, 'person:tomas-reyna'],
        ['a#m60-66', 'a', 60, 66, 'country:chile'],
      ]),
    });
    const md = renderDiffMarkdown(diffDatasets(v1, v2));
    expect(md).toContain('| `a#m0-12` | entity_id | "person:mara-ellison" | "person:a\\|b" |');
  });

  it('removing rows that other tables reference is major (Frictionless: deleting referenced data)', () => {
    const fk = [{ fields: ['entity_id'], reference: { resource: 'entities', fields: ['entity_id'] } }];
    const ents = (ids: string[]) => ({
      fields: [{ name: 'entity_id', type: 'string' }],
      primaryKey: ['entity_id'],
      rows: ids.map((entity_id) => ({ entity_id })),
      meta: {},
    });
    const withRefs = dataset('1.0.0', {
      entities: ents(['person:mara-ellison', 'person:ellison']),
      mentions: { ...mentions([['a#m0-7', 'a', 0, 7, 'person:ellison']]), foreignKeys: fk },
    });
    const merged = dataset('1.1.0', {
      entities: ents(['person:mara-ellison']),
      mentions: { ...mentions([['a#m0-7', 'a', 0, 7, 'person:mara-ellison']]), foreignKeys: fk },
    });
    const d = diffDatasets(withRefs, merged);
    expect(d.bump).toBe('major');
    expect(d.reasons[0]!.text).toBe(
      'entities: 1 row removed or merged that other tables reference (person:ellison; tombstoned: a release lists them in tombstones.csv, `dossier diff --tombstones FILE` writes them)',
    );
    // The referencing side losing a row is only a correction.
    const fewer = dataset('1.0.1', {
      entities: withRefs.tables.entities!,
      mentions: { ...mentions([]), foreignKeys: fk },
    });
    expect(diffDatasets(withRefs, fewer).bump).toBe('patch');
  });
});
