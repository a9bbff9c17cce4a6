/**
 * The schemas are the single source of truth. These tests fail when anything derived from them drifts:
 * the generated TypeScript row types, the data dictionary, the Table Schemas and the CSV columns.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { renderRowTypes } from './row-types.js';
import { renderDataDictionary } from './dictionary.js';
import { loadSchemas, columnsOf, SCHEMAS_DIR } from './load.js';
import { toFrictionlessTableSchema } from './table-schema.js';

const regenerate = 'run `pnpm gen:types` and commit the result';

describe('derived files stay in step with schemas/', () => {
  it('generated/rows.ts equals what the schemas generate', async () => {
    const committed = readFileSync(new URL('./generated/rows.ts', import.meta.url), 'utf8');
    expect(committed, regenerate).toBe(await renderRowTypes());
  });

  it('schemas/DATA_DICTIONARY.md equals what the schemas render', () => {
    const committed = readFileSync(`${SCHEMAS_DIR}DATA_DICTIONARY.md`, 'utf8');
    expect(committed, regenerate).toBe(`${renderDataDictionary()}\n`);
  });

  it('events.type allows exactly the ids of the event code list', () => {
    const codelist = JSON.parse(readFileSync(`${SCHEMAS_DIR}codelists/event-types.json`, 'utf8')) as {
      types: Array<{ id: string }>;
    };
    const events = loadSchemas().tables.find((t) => t['x-table'] === 'events')!;
    expect(events.properties.type!.enum, 'copy the code list ids into schemas/events.schema.json').toEqual(
      codelist.types.map((t) => t.id),
    );
  });

  it('every table schema file is listed in datapackage.base.json, and every listed table has a file', () => {
    const files = readdirSync(SCHEMAS_DIR).filter(
      (f) =>
        f.endsWith('.schema.json') &&
        f !== 'ingested-article.schema.json' &&
        f !== 'tombstones.schema.json' &&
        f !== 'crosswalk.schema.json',
    );
    expect(files.map((f) => f.replace('.schema.json', '')).sort()).toEqual([...loadSchemas().base.tables].sort());
  });
});

describe('table schemas', () => {
  for (const schema of loadSchemas().tables) {
    const name = schema['x-table'];
    it(`${name}: every column is required, described and exemplified`, () => {
      expect(schema.required).toEqual(Object.keys(schema.properties));
      for (const [column, def] of Object.entries(schema.properties)) {
        expect(def.description, `${name}.${column} has no description`).toBeTruthy();
        expect(def.examples, `${name}.${column} has no example`).toBeDefined();
      }
    });

    it(`${name}: keys name real columns, and foreign keys point at real tables and columns`, () => {
      const columns = columnsOf(name);
      for (const k of [...schema['x-primaryKey'], ...schema['x-sortBy']]) expect(columns).toContain(k);
      for (const fk of schema['x-foreignKeys']) {
        for (const f of fk.fields) expect(columns).toContain(f);
        const target = columnsOf(fk.reference.resource);
        for (const f of fk.reference.fields) expect(target).toContain(f);
      }
    });

    it(`${name}: the Table Schema lists the same columns in the same order`, () => {
      expect(toFrictionlessTableSchema(schema).fields.map((f) => f.name)).toEqual(columnsOf(name));
    });
  }

  it('maps JSON types to Table Schema types, with dates and nullability', () => {
    const fields = toFrictionlessTableSchema(loadSchemas().tables.find((t) => t['x-table'] === 'articles')!).fields;
    expect(fields.find((f) => f.name === 'published')).toMatchObject({ type: 'date', constraints: { required: true } });
    expect(fields.find((f) => f.name === 'word_count')?.type).toBe('integer');
    expect(fields.find((f) => f.name === 'dateline')?.constraints?.required).toBeUndefined();
  });
});
