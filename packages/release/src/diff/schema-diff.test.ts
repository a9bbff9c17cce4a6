import { describe, expect, it } from 'vitest';
import { diffTableSchema } from './schema-diff.js';
import { field, table } from './fixtures.test-helpers.js';

const base = table(
  [field('quote_id'), field('speaker'), field('start', 'integer'), field('hedged', 'boolean')],
  ['quote_id'],
  [
    { quote_id: 'a#q1-9', speaker: 'Mara Ellison', start: 1, hedged: false },
    { quote_id: 'a#q20-40', speaker: 'Tomas Reyna', start: 20, hedged: true },
  ],
);

function kinds(after: typeof base) {
  return diffTableSchema('quotes', base, after).changes.map((c) => `${c.kind}:${c.bump}`);
}

describe('diffTableSchema', () => {
  it('finds nothing when the schema is the same', () => {
    expect(diffTableSchema('quotes', base, base).changes).toEqual([]);
  });

  it('an added column is minor, a removed column major', () => {
    expect(kinds({ ...base, fields: [...base.fields, field('cue')] })).toEqual(['column-added:minor']);
    expect(kinds({ ...base, fields: base.fields.filter((f) => f.name !== 'hedged') })).toEqual([
      'column-removed:major',
    ]);
  });

  it('recognizes a rename by the values on shared rows, and maps the column for row comparison', () => {
    const renamed = table(
      [field('quote_id'), field('speaker_text'), field('start', 'integer'), field('hedged', 'boolean')],
      ['quote_id'],
      base.rows.map((r) => ({ quote_id: r.quote_id, speaker_text: r.speaker, start: r.start, hedged: r.hedged })),
    );
    const d = diffTableSchema('quotes', base, renamed);
    expect(d.changes).toMatchObject([
      {
        kind: 'column-renamed',
        bump: 'major',
        from: 'speaker',
        to: 'speaker_text',
        evidence: 'same values in 2 of 2 shared rows',
      },
    ]);
    expect(d.columns.get('speaker')).toBe('speaker_text');
  });

  it('does not call it a rename when the values disagree', () => {
    const other = table(
      [field('quote_id'), field('cue'), field('start', 'integer'), field('hedged', 'boolean')],
      ['quote_id'],
      base.rows.map((r) => ({ quote_id: r.quote_id, cue: 'said', start: r.start, hedged: r.hedged })),
    );
    expect(kinds(other).sort()).toEqual(['column-added:minor', 'column-removed:major']);
  });

  it('a retyped column and reordered columns are major', () => {
    expect(
      kinds({ ...base, fields: base.fields.map((f) => (f.name === 'start' ? field('start', 'number') : f)) }),
    ).toEqual(['column-retyped:major']);
    const [a, b, c, d] = base.fields;
    expect(kinds({ ...base, fields: [a!, c!, b!, d!] })).toEqual(['columns-reordered:major']);
  });

  it('a changed primary key is major', () => {
    expect(kinds({ ...base, primaryKey: ['quote_id', 'start'] })).toEqual(['primary-key-changed:major']);
  });

  it('tightened constraints are major, loosened ones minor, descriptions patch', () => {
    const withEnum = (values: string[]) => ({
      ...base,
      fields: base.fields.map((f) =>
        f.name === 'speaker' ? field('speaker', 'string', { constraints: { enum: values } }) : f,
      ),
    });
    const narrow = withEnum(['Mara Ellison', 'Tomas Reyna']);
    expect(
      diffTableSchema('quotes', narrow, withEnum(['Mara Ellison', 'Tomas Reyna', 'Ines Corva'])).changes.map(
        (c) => c.bump,
      ),
    ).toEqual(['minor']);
    expect(diffTableSchema('quotes', narrow, withEnum(['Mara Ellison'])).changes.map((c) => c.bump)).toEqual(['major']);
    expect(
      kinds({
        ...base,
        fields: base.fields.map((f) =>
          f.name === 'speaker' ? field('speaker', 'string', { constraints: { required: true } }) : f,
        ),
      }),
    ).toEqual(['constraint-changed:major']);
    expect(
      kinds({
        ...base,
        fields: base.fields.map((f) =>
          f.name === 'speaker' ? field('speaker', 'string', { description: 'Who spoke.' }) : f,
        ),
      }),
    ).toEqual(['metadata-changed:patch']);
  });

  it('a different CSV dialect or missing-value marker is major; changed foreign keys minor', () => {
    expect(kinds({ ...base, dialect: { delimiter: ';' } })).toEqual(['format-changed:major']);
    expect(kinds({ ...base, missingValues: ['', 'NA'] })).toEqual(['format-changed:major']);
    expect(
      kinds({ ...base, foreignKeys: [{ fields: ['speaker'], reference: { resource: 'entities', fields: ['name'] } }] }),
    ).toEqual(['foreign-keys-changed:minor']);
  });
});
